// Monthly budgets per team and per project. Committed spend = what the provider billed for finished
// generations (succeeded, or finished at the provider with the video lost afterwards) + estimates of
// those still in flight; a task the provider never finished costs nothing (its actual cost is 0).
import "server-only";
import type { Db } from "@/lib/adapters/db/client";
import { AppError } from "@/lib/contracts/errors";
import { FINISHED, IN_FLIGHT, monthStart } from "@/lib/rules/billing/budget";
import { formatMoney } from "@/lib/rules/billing/money";
import { describePriceKey, priceSettingsHref, type PriceKey } from "@/lib/rules/billing/price-key";

type Tx = Pick<Db, "generation" | "budget">;

export async function committedSpend(tx: Tx, scope: { teamId: string; projectId?: string }, currency: string, at = new Date()): Promise<bigint> {
  const where = { teamId: scope.teamId, ...(scope.projectId && { projectId: scope.projectId }), currency, createdAt: { gte: monthStart(at) } };
  const [actual, pending] = await Promise.all([
    tx.generation.aggregate({ where: { ...where, status: { in: FINISHED } }, _sum: { actualAmountMicros: true } }),
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

/**
 * Refuses (402) a generation whose estimate would push this month's committed spend over a budget,
 * and (402 price_unknown) one a budget applies to whose price is unknown: it could not be counted.
 */
export async function assertWithinBudget(tx: Tx, teamId: string, projectId: string, currency: string, amountMicros: bigint | null, priceKey: PriceKey) {
  const statuses = await budgetStatuses(tx, teamId, projectId, currency);
  if (amountMicros === null) {
    if (statuses.length) throw priceUnknown(statuses[0], priceKey);
    return;
  }
  for (const b of statuses) {
    if (b.committedMicros + amountMicros > b.limitMicros) {
      const left = b.limitMicros - b.committedMicros;
      throw new AppError(
        "budget_exceeded",
        `This generation (${formatMoney(amountMicros, currency)}) would exceed the ${b.scope}'s monthly budget of ${formatMoney(b.limitMicros, currency)}: ` +
          `${formatMoney(b.committedMicros, currency)} is already committed this month, ${formatMoney(left > 0n ? left : 0n, currency)} is left. An admin can raise the budget.`,
        { details: { scope: b.scope, currency, limit: b.limitMicros.toString(), committed: b.committedMicros.toString(), requested: amountMicros.toString() } },
      );
    }
  }
}

function priceUnknown(budget: BudgetStatus, key: PriceKey): AppError {
  return new AppError(
    "price_unknown",
    `No price is set for ${describePriceKey(key)}, so this generation cannot be counted against the ${budget.scope}'s monthly ${budget.currency} budget. ` +
      "Ask an admin or owner to set its price in Settings → Budgets & prices.",
    { details: { ...key, scope: budget.scope, currency: budget.currency, settingsUrl: priceSettingsHref(key) } },
  );
}
