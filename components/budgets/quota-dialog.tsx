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
import { REGIONS } from "@/lib/rules/models/types";
import { REGION_LABELS } from "@/lib/rules/billing/price-key";

const EVERY_REGION = "__all__";

export interface QuotaDraft {
  membershipId: string;
  unit: "money" | "seconds";
  currency: string;
  amount: string;
  region: string | null;
}

function bodyOf(d: QuotaDraft) {
  return d.unit === "money"
    ? { unit: "money", currency: d.currency, amount: d.amount.trim(), region: d.region }
    : { unit: "seconds", seconds: Number(d.amount.trim()), region: d.region };
}

/** Set one member's monthly quota (PUT /api/v1/members/{id}/quota). */
export function QuotaDialog({
  trigger,
  members,
  initial,
  title,
}: {
  trigger: ReactNode;
  members: { id: string; name: string }[];
  initial?: QuotaDraft;
  title: string;
}) {
  const blank: QuotaDraft = { membershipId: members[0]?.id ?? "", unit: "money", currency: "USD", amount: "", region: null };
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<QuotaDraft>(initial ?? blank);
  const { busy, error, issues, run, reset } = useApiAction();
  const set = (patch: Partial<QuotaDraft>) => setDraft((d) => ({ ...d, ...patch }));

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (next) {
      setDraft(initial ?? blank);
      reset();
    }
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const ok = await run(() => api(`/api/v1/members/${draft.membershipId}/quota`, { method: "PUT", body: bodyOf(draft) }));
    if (ok) setOpen(false);
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent size="sm">
        <form onSubmit={onSubmit} className="flex min-h-0 flex-col">
          <DialogHeader>
            <DialogTitle>{title}</DialogTitle>
            <DialogDescription>
              A submit that would take the member over their monthly quota is refused, or waits for approval if the policy says so.
            </DialogDescription>
          </DialogHeader>
          <DialogBody className="space-y-4">
            <Field label="Member">
              <Select
                value={draft.membershipId}
                disabled={Boolean(initial)}
                onValueChange={(v) => set({ membershipId: v })}
                options={members.map((m) => ({ value: m.id, label: m.name }))}
              />
            </Field>
            <Field label="Limit in" error={issues.unit}>
              <Select
                value={draft.unit}
                onValueChange={(v) => set({ unit: v as QuotaDraft["unit"] })}
                options={[
                  { value: "money", label: "Money" },
                  { value: "seconds", label: "Billed seconds" },
                ]}
              />
            </Field>
            {draft.unit === "money" ? (
              <Field label="Currency" error={issues.currency} hint="Beijing bills in CNY; Singapore and Virginia in USD.">
                <Select
                  value={draft.currency}
                  onValueChange={(v) => set({ currency: v })}
                  options={[
                    { value: "USD", label: "USD — US dollar" },
                    { value: "CNY", label: "CNY — Chinese yuan" },
                  ]}
                />
              </Field>
            ) : null}
            <Field label="Region" error={issues.region}>
              <Select
                value={draft.region ?? EVERY_REGION}
                onValueChange={(v) => set({ region: v === EVERY_REGION ? null : v })}
                options={[{ value: EVERY_REGION, label: "Every region" }, ...REGIONS.map((r) => ({ value: r, label: REGION_LABELS[r] }))]}
              />
            </Field>
            <Field label={draft.unit === "money" ? "Monthly amount" : "Monthly billed seconds"} error={issues.amount ?? issues.seconds} required>
              <Input
                inputMode={draft.unit === "money" ? "decimal" : "numeric"}
                autoComplete="off"
                placeholder={draft.unit === "money" ? "50.00" : "300"}
                leading={draft.unit === "money" ? <span className="text-sm">{currencySymbol(draft.currency) ?? ""}</span> : undefined}
                value={draft.amount}
                onChange={(e) => set({ amount: e.target.value })}
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
            <Button type="submit" loading={busy} disabled={!draft.amount.trim() || !draft.membershipId}>
              Save quota
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
