// Claiming work with leases and guarded updates: a row moves only if it is still in the status
// we saw and nobody else holds a live lease on it, so any number of workers can share the table.
import { db, type Prisma } from "@/lib/adapters/db/client";
import type { Generation } from "@/lib/adapters/db/generated/sqlite/client";

export async function claimDue(status: string[], workerId: string, leaseMs: number, limit: number): Promise<Generation[]> {
  const now = new Date();
  const free = { OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] };
  const candidates = await db().generation.findMany({
    where: { status: { in: status }, nextAttemptAt: { lte: now }, ...free },
    orderBy: { nextAttemptAt: "asc" },
    take: limit,
    select: { id: true, status: true },
  });
  const claimed: Generation[] = [];
  for (const c of candidates) {
    const { count } = await db().generation.updateMany({
      where: { id: c.id, status: c.status, ...free },
      data: { leaseOwner: workerId, leaseUntil: new Date(Date.now() + leaseMs) },
    });
    if (count === 1) {
      const row = await db().generation.findUnique({ where: { id: c.id } });
      if (row) claimed.push(row);
    }
  }
  return claimed;
}

/** Moves a claimed row from `from` to new data, only while we still own it. Returns whether it moved. */
export async function transition(
  g: { id: string },
  workerId: string,
  from: string,
  data: Prisma.GenerationUpdateManyMutationInput,
  tx: Pick<ReturnType<typeof db>, "generation"> = db(),
): Promise<boolean> {
  const { count } = await tx.generation.updateMany({ where: { id: g.id, status: from, leaseOwner: workerId }, data });
  return count === 1;
}

/** Gives the row back without changing its status, to be looked at again at `nextAttemptAt`. */
export async function release(g: { id: string; status: string }, workerId: string, nextAttemptAt: Date, extra: Prisma.GenerationUpdateManyMutationInput = {}) {
  await transition(g, workerId, g.status, { leaseOwner: null, leaseUntil: null, nextAttemptAt, ...extra });
}

export async function extendLease(g: { id: string }, workerId: string, leaseMs: number): Promise<void> {
  await db().generation.updateMany({ where: { id: g.id, leaseOwner: workerId }, data: { leaseUntil: new Date(Date.now() + leaseMs) } });
}
