// Terminal transitions (succeeded, failed, canceled, expired): the row, its timeline event and
// the webhook deliveries are written in one transaction, so none happens without the others.
// The provider's bill, once recorded, is never reset here.
import "server-only";
import { db, type Prisma } from "@/lib/adapters/db/client";
import type { Generation } from "@/lib/adapters/db/generated/sqlite/client";
import { addEvent } from "@/lib/services/generations/events";
import { toResource } from "@/lib/services/generations/resource";
import { enqueueGenerationEvent } from "@/lib/services/webhooks/enqueue";
import { transition } from "@/lib/services/worker/lease";
import { notifyGenerationFinished } from "@/lib/services/notifications/emit";
import { STATUS, type GenerationStatus, type MoveTarget, type TerminalStatus } from "@/lib/rules/generation-status";

export async function finish<F extends GenerationStatus>(
  g: Generation & { status: F },
  workerId: string,
  to: MoveTarget<F> & TerminalStatus,
  data: Omit<Prisma.GenerationUpdateManyMutationInput, "status">,
  event: { message: string; data?: Prisma.InputJsonValue },
): Promise<boolean> {
  const now = new Date();
  // A task the provider finished was billed (poll.ts stores its cost the moment it sees SUCCEEDED):
  // that cost stays whatever happens to the video afterwards. Only a task that never finished is free.
  const billed = g.actualBilledMs !== null;
  const noCost = to === STATUS.succeeded || billed ? {} : { actualBilledMs: 0, actualAmountMicros: 0n };
  const finished = await db().$transaction(async (tx) => {
    const moved = await transition(g, workerId, g.status, { ...noCost, ...data, status: to, finishedAt: now, leaseOwner: null, leaseUntil: null }, tx);
    if (!moved) return false;
    await addEvent(tx, g.id, to, event);
    const row = await tx.generation.findUnique({ where: { id: g.id }, include: { creator: { select: { id: true, name: true } } } });
    if (row) await enqueueGenerationEvent(tx, row, `generation.${to}`, toResource(row) as unknown as Record<string, unknown>);
    return true;
  });
  // After the commit, and never throwing: a notification cannot hold up or undo the finish.
  if (finished) await notifyGenerationFinished(g.id);
  return finished;
}
