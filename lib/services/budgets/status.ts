// Every budget of a team with this month's committed spend (actual cost of succeeded generations
// plus estimates of those in flight, as the submit check counts it).
import "server-only";
import { monthStart } from "@/lib/rules/billing/budget";
import { committedSpend } from "@/lib/services/budgets/spend";
import { microsToDecimal } from "@/lib/rules/billing/money";
import { db } from "@/lib/adapters/db/client";
import type { Budget } from "@/lib/contracts/budget";
import type { Data } from "@/lib/contracts/common";

export type BudgetView = Data<typeof Budget>;

export function percentOf(committed: bigint, limit: bigint): number {
  if (limit <= 0n) return committed > 0n ? 100 : 0;
  return Number((committed * 1000n) / limit) / 10;
}

export async function teamBudgets(teamId: string, at = new Date()): Promise<BudgetView[]> {
  const budgets = await db().budget.findMany({
    where: { teamId },
    include: { project: { select: { name: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const month = monthStart(at).toISOString().slice(0, 7);
  const views = await Promise.all(
    budgets.map(async (b): Promise<BudgetView> => {
      const committed = await committedSpend(db(), { teamId, projectId: b.projectId ?? undefined }, b.currency, at);
      return {
        id: b.id,
        scope: b.projectId ? "project" : "team",
        projectId: b.projectId,
        projectName: b.project?.name ?? null,
        currency: b.currency,
        amount: microsToDecimal(b.amountMicros),
        committed: microsToDecimal(committed),
        remaining: microsToDecimal(b.amountMicros - committed),
        percentUsed: percentOf(committed, b.amountMicros),
        month,
        updatedAt: b.updatedAt.toISOString(),
      };
    }),
  );
  // The team's budgets first, then projects by name.
  return views.sort((a, b) =>
    a.scope === b.scope ? (a.projectName ?? "").localeCompare(b.projectName ?? "") || a.currency.localeCompare(b.currency) : a.scope === "team" ? -1 : 1,
  );
}
