"use client";

import { useState, type FormEvent } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Switch } from "@/components/ui/switch";
import { api } from "@/components/app/api-client";
import { useApiAction } from "@/components/budgets/use-api-action";
import { currencySymbol } from "@/lib/rules/billing/money";
import type { ApprovalPolicyJson as Policy } from "@/lib/contracts/approval";

const CURRENCIES = ["USD", "CNY"] as const;

/** The team's spend-approval policy (GET/PUT /api/v1/approvals/policy); read-only for those who cannot manage budgets. */
export function ApprovalPolicyForm({ policy, canManage }: { policy: Policy; canManage: boolean }) {
  const [over, setOver] = useState({ USD: policy.estimateOver.USD ?? "", CNY: policy.estimateOver.CNY ?? "" });
  const [overQuota, setOverQuota] = useState(policy.overQuota);
  const [allowSelfApproval, setAllowSelfApproval] = useState(policy.allowSelfApproval);
  const { busy, error, issues, run } = useApiAction();

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const estimateOver = { USD: over.USD.trim() || null, CNY: over.CNY.trim() || null };
    const ok = await run(() => api("/api/v1/approvals/policy", { method: "PUT", body: { estimateOver, overQuota, allowSelfApproval } }));
    if (ok) toast.success("Approval policy saved");
  }

  return (
    <form onSubmit={onSubmit} className="space-y-5">
      <div className="grid gap-4 sm:grid-cols-2">
        {CURRENCIES.map((c) => (
          <Field
            key={c}
            label={`Approve estimates over (${c})`}
            optional
            hint="Empty: no threshold. An estimate without a known price also waits."
            error={issues[`estimateOver.${c}`]}
          >
            <Input
              inputMode="decimal"
              autoComplete="off"
              placeholder="none"
              disabled={!canManage}
              leading={<span className="text-sm">{currencySymbol(c) ?? ""}</span>}
              value={over[c]}
              onChange={(e) => setOver((o) => ({ ...o, [c]: e.target.value }))}
            />
          </Field>
        ))}
      </div>
      <Switch
        label="Over quota waits for approval"
        description="A member over their monthly quota waits for an admin instead of being refused."
        checked={overQuota}
        disabled={!canManage}
        onCheckedChange={setOverQuota}
      />
      <Switch
        label="Admins may approve their own requests"
        description="Off: another admin or owner must decide."
        checked={allowSelfApproval}
        disabled={!canManage}
        onCheckedChange={setAllowSelfApproval}
      />
      {error && !Object.keys(issues).length ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
      {canManage ? (
        <Button type="submit" loading={busy}>
          Save policy
        </Button>
      ) : null}
    </form>
  );
}
