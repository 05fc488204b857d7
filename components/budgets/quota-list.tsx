"use client";

import { useState } from "react";
import { Gauge, Pencil, Plus, Trash2 } from "lucide-react";
import { AlertDialog } from "@/components/ui/alert-dialog";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { api } from "@/components/app/api-client";
import { QuotaDialog, type QuotaDraft } from "@/components/budgets/quota-dialog";
import { UsageMeter } from "@/components/budgets/usage-meter";
import { useApiAction } from "@/components/budgets/use-api-action";
import { percent } from "@/components/reports/format";
import { REGION_LABELS } from "@/lib/rules/billing/price-key";
import type { MemberQuotaJson as QuotaView } from "@/lib/contracts/quota";

type Member = { id: string; name: string };

const scopeOf = (q: QuotaView) => `${q.unit === "money" ? q.currency : "Billed seconds"} · ${q.region ? REGION_LABELS[q.region] : "every region"}`;

const draftOf = (q: QuotaView): QuotaDraft => ({
  membershipId: q.membershipId,
  unit: q.unit,
  currency: q.currency ?? "USD",
  amount: q.limit,
  region: q.region,
});

function DeleteQuota({ quota }: { quota: QuotaView }) {
  const { error, run } = useApiAction();
  const [open, setOpen] = useState(false);
  return (
    <AlertDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button variant="ghost" size="icon" aria-label={`Remove the quota of ${quota.user.name}`}>
          <Trash2 aria-hidden />
        </Button>
      }
      title="Remove this quota?"
      description={`${quota.user.name} will have no monthly limit of their own; team and project budgets still apply.`}
      confirmLabel="Remove quota"
      onConfirm={async () => {
        if (!(await run(() => api(`/api/v1/members/${quota.membershipId}/quota`, { method: "DELETE" })))) throw new Error("not removed");
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

function QuotaRow({ quota, members, canManage }: { quota: QuotaView; members: Member[]; canManage: boolean }) {
  const tone = quota.percentUsed >= 100 ? "danger" : quota.percentUsed >= 80 ? "warning" : "neutral";
  return (
    <li className="flex flex-col gap-3 py-4 sm:flex-row sm:items-center sm:gap-6" data-testid="quota-row">
      <div className="min-w-0 sm:w-56">
        <p className="truncate font-medium">{quota.user.name}</p>
        <p className="text-xs text-muted">{scopeOf(quota)}</p>
      </div>
      <div className="min-w-0 flex-1 space-y-1.5">
        <div className="flex items-baseline justify-between gap-3 text-sm">
          <span className="tabular-nums">{quota.label}</span>
          <Badge tone={tone} size="sm" className="tabular-nums">
            {percent(quota.percentUsed)}
          </Badge>
        </div>
        <UsageMeter percent={quota.percentUsed} label={`${quota.user.name}'s monthly quota used`} />
      </div>
      {canManage ? (
        <div className="flex shrink-0 gap-1 self-end sm:self-auto">
          <QuotaDialog
            title={`Edit quota — ${quota.user.name}`}
            members={members}
            initial={draftOf(quota)}
            trigger={
              <Button variant="ghost" size="icon" aria-label={`Edit the quota of ${quota.user.name}`}>
                <Pencil aria-hidden />
              </Button>
            }
          />
          <DeleteQuota quota={quota} />
        </div>
      ) : null}
    </li>
  );
}

/** Monthly quotas per member with this month's use; admins add, edit and remove them, others see their own. */
export function QuotaList({ quotas, members, canManage }: { quotas: QuotaView[]; members: Member[]; canManage: boolean }) {
  const free = members.filter((m) => !quotas.some((q) => q.membershipId === m.id));
  const add =
    canManage && free.length > 0 ? (
      <QuotaDialog
        title="Set a member quota"
        members={free}
        trigger={
          <Button>
            <Plus aria-hidden />
            Set quota
          </Button>
        }
      />
    ) : null;
  if (quotas.length === 0) {
    return (
      <EmptyState
        icon={<Gauge />}
        title={canManage ? "No member quotas yet" : "You have no quota"}
        text={canManage ? "Give a member a monthly limit in money or billed seconds." : "Only team and project budgets limit what you submit."}
        action={add}
      />
    );
  }
  return (
    <div>
      <ul className="divide-y divide-border">
        {quotas.map((q) => (
          <QuotaRow key={q.membershipId} quota={q} members={members} canManage={canManage} />
        ))}
      </ul>
      {add ? <div className="border-t border-border pt-4">{add}</div> : null}
    </div>
  );
}
