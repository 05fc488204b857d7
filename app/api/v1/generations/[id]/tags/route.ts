import { authed } from "@/lib/platform/http/handler";
import { TagsBody } from "@/lib/contracts/review";
import { setTags } from "@/lib/services/generations/review";

export const PUT = authed({ action: "generation.tag", body: TagsBody, write: true }, async ({ actor, params, body }) => ({
  generation: await setTags(actor, params.id, body),
}));
