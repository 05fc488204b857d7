// Monthly budgets per team and per project. Committed spend = actual cost of succeeded
// generations + estimates of those still in flight; failed, canceled and expired cost nothing.
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { formatMoney } from "@/lib/billing/money";

export const IN_FLIGHT = ["queued", "dispatching", "pending", "running", "archiving"];

type Tx = Pick<Db, "generation" | "budget">;

export function monthStart(at = new Date()): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
}

export async function committedSpend(tx: Tx, scope: { teamId: string; projectId?: string }, currency: string, at = new Date()): Promise<bigint> {
  const where = { teamId: scope.teamId, ...(scope.projectId && { projectId: scope.projectId }), currency, createdAt: { gte: monthStart(at) } };
  const [actual, pending] = await Promise.all([
    tx.generation.aggregate({ where: { ...where, status: "succeeded" }, _sum: { actualAmountMicros: true } }),
    tx.generation.aggregate({ where: { ...where, status: { in: IN_FLIGHT } }, _sum: { estimatedAmountMicros: true } }),
  ]);
  return (actual._sum.actualAmountMicros ?? 0n) + (pending._sum.estimatedAmountMicros ?? 0n);
}

export interface BudgetStatus {
  scope: "team" | "project";
  currency: string;
  limitMicros: bigint;
  committedMicros: bigint;
}

export async function budgetStatuses(tx: Tx, teamId: string, projectId: string | null, currency?: string): Promise<BudgetStatus[]> {
  const budgets = await tx.budget.findMany({
    where: { teamId, ...(currency && { currency }), OR: [{ projectId: null }, ...(projectId ? [{ projectId }] : [])] },
  });
  return Promise.all(
    budgets.map(async (b) => ({
      scope: b.projectId ? ("project" as const) : ("team" as const),
      currency: b.currency,
      limitMicros: b.amountMicros,
      committedMicros: await committedSpend(tx, { teamId, projectId: b.projectId ?? undefined }, b.currency),
    })),
  );
}

/** Refuses (402) a generation whose estimate would push this month's committed spend over a budget. */
export async function assertWithinBudget(tx: Tx, teamId: string, projectId: string, currency: string, amountMicros: bigint | null) {
  if (amountMicros === null) return; // price unknown: nothing to compare
  for (const b of await budgetStatuses(tx, teamId, projectId, currency)) {
    if (b.committedMicros + amountMicros > b.limitMicros) {
      const left = b.limitMicros - b.committedMicros;
      throw new AppError(
        "budget_exceeded",
        `This generation (${formatMoney(amountMicros, currency, { fullPrecision: true })}) would exceed the ${b.scope}'s monthly budget of ${formatMoney(b.limitMicros, currency)}: ` +
          `${formatMoney(b.committedMicros, currency)} is already committed this month, ${formatMoney(left > 0n ? left : 0n, currency)} is left. An admin can raise the budget.`,
        { details: { scope: b.scope, currency, limit: b.limitMicros.toString(), committed: b.committedMicros.toString(), requested: amountMicros.toString() } },
      );
    }
  }
}
