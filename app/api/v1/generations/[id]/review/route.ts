import { authed } from "@/lib/platform/http/handler";
import { ReviewBody } from "@/lib/contracts/review";
import { setReview } from "@/lib/services/generations/review";

export const PUT = authed({ action: "generation.review", body: ReviewBody, write: true }, async ({ actor, params, body }) => ({
  generation: await setReview(actor, params.id, body),
}));
