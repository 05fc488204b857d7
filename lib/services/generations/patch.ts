// PATCH /api/v1/generations/{id}: `{projectId}` alone moves the generation (any status); any other
// field of the generation request edits a queued one (edit.ts), with projectId moving it as well.
import "server-only";
import type { Actor } from "@/lib/platform/auth/actor";
import { validationFailed } from "@/lib/contracts/errors";
import { editQueuedGeneration } from "@/lib/services/generations/edit";
import { moveGeneration } from "@/lib/services/generations/manage";

export async function patchGeneration(actor: Actor, id: string, body: Record<string, unknown>) {
  const keys = Object.keys(body);
  if (keys.length === 0)
    throw validationFailed([{ path: "", message: "Send projectId to move the generation, or the request fields to change (a queued generation only)." }]);
  if (keys.length === 1 && keys[0] === "projectId") {
    const projectId = body.projectId;
    if (typeof projectId !== "string" || projectId.length === 0 || projectId.length > 64)
      throw validationFailed([{ path: "projectId", message: "projectId must be a project id (a string of 1 to 64 characters)." }]);
    return moveGeneration(actor, id, projectId);
  }
  return editQueuedGeneration(actor, id, body);
}
