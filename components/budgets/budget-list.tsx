"use client";

import { useState } from "react";
import { Pencil, Plus, Trash2, Wallet } from "lucide-react";
import { AlertDialog } from "@/components/ui/alert-dialog";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { api } from "@/components/app/api-client";
import { BudgetDialog } from "@/components/budgets/budget-dialog";
import { UsageMeter } from "@/components/budgets/usage-meter";
import { useApiAction } from "@/components/budgets/use-api-action";
import { money, percent } from "@/components/reports/format";
import type { BudgetJson as BudgetView } from "@/lib/contracts/budget";

const scopeName = (b: BudgetView) => (b.scope === "team" ? "Whole team" : (b.projectName ?? "Project"));

function DeleteBudget({ budget }: { budget: BudgetView }) {
  const { error, run } = useApiAction();
  const [open, setOpen] = useState(false);
  return (
    <AlertDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button variant="ghost" size="icon" aria-label={`Delete the ${budget.currency} budget of ${scopeName(budget)}`}>
          <Trash2 aria-hidden />
        </Button>
      }
      title="Delete this budget?"
      description={`${scopeName(budget)} will have no ${budget.currency} limit: generations are no longer refused for it.`}
      confirmLabel="Delete budget"
      onConfirm={async () => {
        if (!(await run(() => api(`/api/v1/budgets/${budget.id}`, { method: "DELETE" })))) throw new Error("not deleted");
      }}
    >
      {error ? (
        <p role="alert" className="text-danger">
          {error}
        </p>
      ) : null}
    </AlertDialog>
  );
}

function BudgetRow({ budget, projects, canManage }: { budget: BudgetView; projects: { id: string; name: string }[]; canManage: boolean }) {
  const tone = budget.percentUsed >= 100 ? "danger" : budget.percentUsed >= 80 ? "warning" : "neutral";
  return (
    <li className="flex flex-col gap-3 py-4 sm:flex-row sm:items-center sm:gap-6" data-testid="budget-row">
      <div className="min-w-0 sm:w-56">
        <p className="truncate font-medium">{scopeName(budget)}</p>
        <p className="text-xs text-muted">
          {budget.scope === "team" ? "All projects" : "One project"} · {budget.currency}
        </p>
      </div>
      <div className="min-w-0 flex-1 space-y-1.5">
        <div className="flex items-baseline justify-between gap-3 text-sm">
          <span className="tabular-nums">
            <span className="font-medium">{money(budget.committed, budget.currency)}</span>
            <span className="text-muted"> of {money(budget.amount, budget.currency)}</span>
          </span>
          <Badge tone={tone} size="sm" className="tabular-nums">
            {percent(budget.percentUsed)}
          </Badge>
        </div>
        <UsageMeter percent={budget.percentUsed} label={`${scopeName(budget)} ${budget.currency} budget used`} />
      </div>
      {canManage ? (
        <div className="flex shrink-0 gap-1 self-end sm:self-auto">
          <BudgetDialog
            title={`Edit budget — ${scopeName(budget)}`}
            projects={projects}
            initial={{ projectId: budget.projectId, currency: budget.currency, amount: budget.amount }}
            trigger={
              <Button variant="ghost" size="icon" aria-label={`Edit the ${budget.currency} budget of ${scopeName(budget)}`}>
                <Pencil aria-hidden />
              </Button>
            }
          />
          <DeleteBudget budget={budget} />
        </div>
      ) : null}
    </li>
  );
}

/** This month's budgets with how much is committed, and (for admins) add, edit and delete. */
export function BudgetList({ budgets, projects, canManage }: { budgets: BudgetView[]; projects: { id: string; name: string }[]; canManage: boolean }) {
  const add = canManage ? (
    <BudgetDialog
      title="Add a budget"
      projects={projects}
      trigger={
        <Button>
          <Plus aria-hidden />
          Add budget
        </Button>
      }
    />
  ) : null;
  if (budgets.length === 0) {
    return (
      <EmptyState
        icon={<Wallet />}
        title="No budgets yet"
        text="Without a budget nothing is refused. Set a monthly limit for the team or for one project."
        action={add}
      />
    );
  }
  return (
    <div>
      <ul className="divide-y divide-border">
        {budgets.map((b) => (
          <BudgetRow key={b.id} budget={b} projects={projects} canManage={canManage} />
        ))}
      </ul>
      {add ? <div className="border-t border-border pt-4">{add}</div> : null}
    </div>
  );
}
