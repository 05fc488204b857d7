"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { api } from "@/components/app/api-client";
import { useApiAction } from "@/components/budgets/use-api-action";
import { currencySymbol } from "@/lib/rules/billing/money";

const TEAM = "__team__";

export interface BudgetDraft {
  projectId: string | null;
  currency: string;
  amount: string;
}

/** Create or change one monthly budget (PUT /api/v1/budgets). */
export function BudgetDialog({
  trigger,
  projects,
  initial,
  title,
}: {
  trigger: ReactNode;
  projects: { id: string; name: string }[];
  initial?: BudgetDraft;
  title: string;
}) {
  const editing = Boolean(initial);
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<BudgetDraft>(initial ?? { projectId: null, currency: "USD", amount: "" });
  const { busy, error, issues, run, reset } = useApiAction();

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (next) {
      setDraft(initial ?? { projectId: null, currency: "USD", amount: "" });
      reset();
    }
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const ok = await run(() =>
      api("/api/v1/budgets", { method: "PUT", body: { projectId: draft.projectId, currency: draft.currency, amount: draft.amount.trim() } }),
    );
    if (ok) setOpen(false);
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent size="sm">
        <form onSubmit={onSubmit} className="flex min-h-0 flex-col">
          <DialogHeader>
            <DialogTitle>{title}</DialogTitle>
            <DialogDescription>A generation whose estimate would take this month&apos;s committed spend over the budget is refused.</DialogDescription>
          </DialogHeader>
          <DialogBody className="space-y-4">
            <Field label="Applies to" error={issues.projectId}>
              <Select
                value={draft.projectId ?? TEAM}
                disabled={editing}
                onValueChange={(v) => setDraft((d) => ({ ...d, projectId: v === TEAM ? null : v }))}
                options={[{ value: TEAM, label: "The whole team" }, ...projects.map((p) => ({ value: p.id, label: p.name }))]}
              />
            </Field>
            <Field label="Currency" error={issues.currency} hint="Beijing bills in CNY; Singapore and Virginia in USD.">
              <Select
                value={draft.currency}
                disabled={editing}
                onValueChange={(v) => setDraft((d) => ({ ...d, currency: v }))}
                options={[
                  { value: "USD", label: "USD — US dollar" },
                  { value: "CNY", label: "CNY — Chinese yuan" },
                ]}
              />
            </Field>
            <Field label="Monthly amount" error={issues.amount} required>
              <Input
                inputMode="decimal"
                autoComplete="off"
                placeholder="100.00"
                leading={<span className="text-sm">{currencySymbol(draft.currency) ?? ""}</span>}
                value={draft.amount}
                onChange={(e) => setDraft((d) => ({ ...d, amount: e.target.value }))}
              />
            </Field>
            {error && !Object.keys(issues).length ? (
              <p role="alert" className="text-sm text-danger">
                {error}
              </p>
            ) : null}
          </DialogBody>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" loading={busy} disabled={!draft.amount.trim()}>
              Save budget
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
