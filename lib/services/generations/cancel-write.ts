// The one write that cancels a generation outside the worker (a person asked): the row (cost 0,
// so its budget is free at once), its timeline event, the webhook deliveries and the audit entry in
// one transaction, guarded by the statuses it was read in, so a worker's move in between wins and
// nothing is half-written.
import "server-only";
import { db, type Prisma } from "@/lib/adapters/db/client";
import type { Actor } from "@/lib/platform/auth/actor";
import { canMove, STATUS, type GenerationStatus } from "@/lib/rules/generation-status";
import { recordActorAudit } from "@/lib/services/audit/record";
import { addEvent } from "@/lib/services/generations/events";
import { toResource } from "@/lib/services/generations/resource";
import { enqueueGenerationEvent } from "@/lib/services/webhooks/enqueue";

export interface CancelWrite {
  id: string;
  /** The statuses the row may be in for this write to apply. */
  from: readonly GenerationStatus[];
  /** What the user reads on the generation (errorMessage) and its timeline. */
  message: string;
  data?: Prisma.InputJsonValue;
}

/** Returns whether the row was canceled (false: it had moved on meanwhile). */
export async function writeCanceled(actor: Actor, write: CancelWrite): Promise<boolean> {
  const from = write.from.filter((s) => canMove(s, STATUS.canceled));
  if (from.length === 0) return false;
  const now = new Date();
  return db().$transaction(async (tx) => {
    const { count } = await tx.generation.updateMany({
      where: { id: write.id, teamId: actor.teamId, status: { in: [...from] } },
      data: {
        status: STATUS.canceled,
        // Never billed: the provider had no task, or canceled it while PENDING (not billed).
        actualBilledMs: 0,
        actualAmountMicros: 0n,
        errorCode: "Canceled",
        errorMessage: write.message,
        finishedAt: now,
        dispatchSlot: null,
        leaseOwner: null,
        leaseUntil: null,
      },
    });
    if (count !== 1) return false;
    await addEvent(tx, write.id, STATUS.canceled, { actorId: actor.user.id, message: write.message, data: write.data });
    const row = await tx.generation.findUniqueOrThrow({ where: { id: write.id }, include: { creator: { select: { id: true, name: true } } } });
    await enqueueGenerationEvent(tx, row, "generation.canceled", toResource(row) as unknown as Record<string, unknown>);
    await recordActorAudit(actor, { action: "generation.canceled", targetType: "generation", targetId: write.id, data: write.data }, tx);
    return true;
  });
}
