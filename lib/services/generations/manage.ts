// Changing generations: move to another project, delete (row and stored video). Admins may act on
// any generation; members only on their own.
import "server-only";
import { can } from "@/lib/rules/permissions";
import { assertCan, type Actor } from "@/lib/platform/auth/actor";
import { db } from "@/lib/adapters/db/client";
import { appStorage } from "@/lib/platform/app-storage";
import { forbidden } from "@/lib/contracts/errors";
import { recordAudit } from "@/lib/services/audit/record";
import { addEvent } from "@/lib/services/generations/events";
import { mayManageGeneration } from "@/lib/services/generations/ownership";
import { getGenerationRow, getGeneration } from "@/lib/services/generations/queries";
import { activeProject } from "@/lib/services/projects/projects";

async function manageable(actor: Actor, id: string) {
  const g = await getGenerationRow(actor, id);
  if (!mayManageGeneration(actor, g)) {
    throw forbidden(can(actor.role, "generation.manageOwn") ? "Only admins can change other people's generations." : "Your role cannot change generations.");
  }
  return g;
}

export async function moveGeneration(actor: Actor, id: string, projectId: string) {
  const g = await manageable(actor, id);
  const project = await activeProject(actor.teamId, projectId, "restore it first");
  if (g.projectId !== project.id) {
    await db().generation.update({ where: { id: g.id }, data: { projectId: project.id } });
    await addEvent(db(), g.id, "moved", {
      actorId: actor.user.id,
      message: `Moved to ${project.name} by ${actor.user.name}`,
      data: { from: g.projectId, to: project.id },
    });
  }
  return getGeneration(actor, g.id);
}

export async function deleteGeneration(actor: Actor, id: string) {
  assertCan(actor, "generation.manageOwn");
  const g = await manageable(actor, id);
  await db().generation.delete({ where: { id: g.id } });
  await recordAudit({
    teamId: actor.teamId,
    actorId: actor.user.id,
    action: "generation.deleted",
    targetType: "generation",
    targetId: g.id,
    data: { model: g.model, status: g.status, videoKey: g.videoKey },
  });
  for (const key of [g.videoKey, g.posterKey]) {
    if (!key) continue;
    await appStorage()
      .delete(key)
      .catch((error) => console.error(`[reelroom] could not delete ${key}:`, error));
  }
}
