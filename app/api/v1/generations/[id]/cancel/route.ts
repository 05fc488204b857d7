import { authed } from "@/lib/platform/http/handler";
import { json } from "@/lib/platform/http/json";
import { cancelGeneration } from "@/lib/services/generations/cancel";

// 200 when canceled, 202 when the cancel waits for a create call under way (the worker finishes it).
export const POST = authed({ action: "generation.manageOwn", write: true, outbound: true }, async ({ actor, params }) => {
  const answer = await cancelGeneration(actor, params.id);
  return json(answer, { status: answer.outcome === "canceled" ? 200 : 202 });
});
