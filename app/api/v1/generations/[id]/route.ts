import { z } from "zod";
import { authed } from "@/lib/platform/http/handler";
import { getGeneration } from "@/lib/services/generations/queries";
import { getGenerationQuery } from "@/lib/contracts/generation";
import { deleteGeneration } from "@/lib/services/generations/manage";
import { patchGeneration } from "@/lib/services/generations/patch";

// The bare resource, as docs/api.md says; `?envelope=generation` keeps the earlier {"generation": …} form.
export const GET = authed({ action: "generation.view", query: getGenerationQuery }, async ({ actor, params, query }) => {
  const generation = await getGeneration(actor, params.id);
  return query.envelope ? { generation } : generation;
});

// {projectId} moves it; request fields edit a queued generation (checked like a submit).
const patchBody = z.record(z.string(), z.unknown(), { error: "The body must be a JSON object." });

export const PATCH = authed({ body: patchBody, write: true, outbound: true }, async ({ actor, params, body }) => ({
  generation: await patchGeneration(actor, params.id, body),
}));

export const DELETE = authed({ write: true }, async ({ actor, params }) => {
  await deleteGeneration(actor, params.id);
  return { ok: true };
});
