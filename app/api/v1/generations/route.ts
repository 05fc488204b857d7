import { authed, readJson } from "@/lib/platform/http/handler";
import { json } from "@/lib/platform/http/json";
import { submitGeneration } from "@/lib/services/generations/submit";
import { listGenerations, listQuery } from "@/lib/services/generations/queries";

export const GET = authed({ action: "generation.view", query: listQuery }, async ({ actor, query }) => listGenerations(actor, query));

export const POST = authed({ action: "generation.create", write: true, outbound: true }, async ({ actor, req }) => {
  const result = await submitGeneration(actor, await readJson(req), req.headers.get("idempotency-key"));
  return json({ generation: result.generation }, { status: result.created ? 201 : 200 });
});
