import Link from "next/link";
import { Banner } from "@/components/ui/banner";
import { buttonClassName } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { money, percent } from "@/components/reports/format";
import { budgetWarnings, type BudgetWarning } from "@/lib/services/budgets/warnings";

function scopeName(w: BudgetWarning): string {
  return w.scope === "team" ? "The team's" : `Project “${w.projectName ?? "unknown"}”`;
}

/**
 * Warns when a monthly budget is at 80 % or more (server component). Mount it once in the
 * signed-in shell: `<BudgetBanner teamId={actor.teamId} canManage={can(actor.role, "budget.manage")} />`.
 */
export async function BudgetBanner({ teamId, canManage, className }: { teamId: string; canManage: boolean; className?: string }) {
  const warnings = await budgetWarnings(teamId);
  if (warnings.length === 0) return null;
  return (
    <div className={cn("space-y-2", className)} data-testid="budget-banner">
      {warnings.map((w) => (
        <Banner
          key={w.id}
          tone={w.level === "exceeded" ? "danger" : "warning"}
          title={`${scopeName(w)} ${w.currency} budget is ${w.level === "exceeded" ? "used up" : `${percent(Math.floor(w.percentUsed))} used`}`}
          action={
            canManage ? (
              <Link href="/settings/budgets" className={buttonClassName({ variant: "outline", size: "sm" })}>
                Manage budgets
              </Link>
            ) : undefined
          }
        >
          {money(w.committed, w.currency)} of {money(w.amount, w.currency)} committed this month.{" "}
          {w.level === "exceeded"
            ? "New generations are refused until an admin raises it or the month ends."
            : "Generations that would go over it are refused."}
        </Banner>
      ))}
    </div>
  );
}
