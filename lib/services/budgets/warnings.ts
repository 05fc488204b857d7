// Budgets at or above the warning threshold this month, for the banner in the app shell.
import "server-only";
import { teamBudgets, type BudgetView } from "@/lib/services/budgets/status";

export const WARNING_PERCENT = 80;

export type BudgetWarning = BudgetView & { level: "warning" | "exceeded" };

/** Budgets ≥ 80 % used ("exceeded" from 100 %), most used first. */
export async function budgetWarnings(teamId: string, at = new Date()): Promise<BudgetWarning[]> {
  return (await teamBudgets(teamId, at))
    .filter((b) => b.percentUsed >= WARNING_PERCENT)
    .map((b) => ({ ...b, level: b.percentUsed >= 100 ? ("exceeded" as const) : ("warning" as const) }))
    .sort((a, b) => b.percentUsed - a.percentUsed);
}
