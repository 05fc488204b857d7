import { z } from "zod";
import { authed } from "@/lib/platform/http/handler";
import { getGeneration } from "@/lib/services/generations/queries";
import { deleteGeneration, moveGeneration } from "@/lib/services/generations/manage";

export const GET = authed({ action: "generation.view" }, async ({ actor, params }) => ({ generation: await getGeneration(actor, params.id) }));

const patchBody = z.object({ projectId: z.string().min(1).max(64) }).strict();

export const PATCH = authed({ body: patchBody, write: true }, async ({ actor, params, body }) => ({
  generation: await moveGeneration(actor, params.id, body.projectId),
}));

export const DELETE = authed({ write: true }, async ({ actor, params }) => {
  await deleteGeneration(actor, params.id);
  return { ok: true };
});
