// "Cancel all queued" for a project (POST /api/v1/projects/{id}/cancel-queued): every generation of
// the project not yet at the provider, the caller's own (members) or everyone's (admins). Each goes
// through the one cancel path (cancel.ts), so a row being sent at that moment is resolved first.
import "server-only";
import { db } from "@/lib/adapters/db/client";
import { assertCan, type Actor } from "@/lib/platform/auth/actor";
import { AppError, notFound, type ErrorCode } from "@/lib/contracts/errors";
import { internalStatuses, PUBLIC_STATUS } from "@/lib/rules/generation-status";
import { can } from "@/lib/rules/permissions";
import { cancelGeneration } from "@/lib/services/generations/cancel";

const SKIPPABLE = new Set<ErrorCode>(["conflict", "not_found", "provider_error", "provider_unavailable"]);

export interface CancelQueuedResult {
  canceled: number;
  requested: number;
  skipped: number;
}

export async function cancelQueuedInProject(actor: Actor, projectId: string): Promise<CancelQueuedResult> {
  assertCan(actor, "generation.manageOwn", "Your role cannot cancel generations.");
  const project = await db().project.findFirst({ where: { id: projectId, teamId: actor.teamId }, select: { id: true } });
  if (!project) throw notFound("Project");
  const rows = await db().generation.findMany({
    where: {
      teamId: actor.teamId,
      projectId: project.id,
      status: { in: internalStatuses(PUBLIC_STATUS.queued) },
      ...(!can(actor.role, "generation.manageAny") && { creatorId: actor.user.id }),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  const result: CancelQueuedResult = { canceled: 0, requested: 0, skipped: 0 };
  for (const row of rows) {
    try {
      const { outcome } = await cancelGeneration(actor, row.id);
      result[outcome] += 1;
    } catch (error) {
      // It left the queue meanwhile (at the provider and generating, or finished): not ours to stop.
      // A provider that does not answer leaves it running too; the answer says how many.
      if (!(error instanceof AppError) || !SKIPPABLE.has(error.code)) throw error;
      result.skipped += 1;
    }
  }
  return result;
}
