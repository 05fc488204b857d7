import { z } from "zod";
import { authed } from "@/lib/platform/http/handler";
import { getGeneration } from "@/lib/services/generations/queries";
import { getGenerationQuery } from "@/lib/contracts/generation";
import { deleteGeneration, moveGeneration } from "@/lib/services/generations/manage";

// The bare resource, as docs/api.md says; `?envelope=generation` keeps the earlier {"generation": …} form.
export const GET = authed({ action: "generation.view", query: getGenerationQuery }, async ({ actor, params, query }) => {
  const generation = await getGeneration(actor, params.id);
  return query.envelope ? { generation } : generation;
});

const patchBody = z.object({ projectId: z.string().min(1).max(64) }).strict();

export const PATCH = authed({ body: patchBody, write: true }, async ({ actor, params, body }) => ({
  generation: await moveGeneration(actor, params.id, body.projectId),
}));

export const DELETE = authed({ write: true }, async ({ actor, params }) => {
  await deleteGeneration(actor, params.id);
  return { ok: true };
});
