"use client";

import Link from "next/link";
import { RefreshCw, ShieldCheck } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { api } from "@/components/app/api-client";
import { useApiAction } from "@/components/budgets/use-api-action";
import { REGION_LABELS } from "@/lib/rules/billing/price-key";
import type { ReconciliationJson as Account } from "@/lib/contracts/reconciliation";

const when = (iso: string | null) =>
  iso ? `${new Date(iso).toLocaleString("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC` : "never";

function Finding({ title, hint, items }: { title: string; hint: string; items: { key: string; content: React.ReactNode }[] }) {
  return (
    <div className="space-y-1.5">
      <h4 className="flex items-center gap-2 text-sm font-medium">
        {title}
        <Badge tone={items.length ? "warning" : "neutral"} size="sm" className="tabular-nums">
          {items.length}
        </Badge>
      </h4>
      <p className="text-xs text-muted">{hint}</p>
      {items.length ? (
        <ul className="space-y-1 text-sm">
          {items.slice(0, 50).map((i) => (
            <li key={i.key} className="break-all font-mono text-xs">
              {i.content}
            </li>
          ))}
          {items.length > 50 ? <li className="text-xs text-muted">and {items.length - 50} more</li> : null}
        </ul>
      ) : null}
    </div>
  );
}

const generationLink = (id: string, text: string) => (
  <Link href={`/generations/${id}`} className="underline underline-offset-2">
    {text}
  </Link>
);

function AccountCard({ account }: { account: Account }) {
  const tone =
    account.status === "check_failed" ? "danger" : account.outside.length + account.unknown.length + account.unarchived.length ? "warning" : "success";
  return (
    <li className="space-y-4 py-5" data-testid="reconciliation-account">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-medium">
          {account.account} · {REGION_LABELS[account.region]}
        </h3>
        <Badge tone={tone} size="sm">
          {account.status === "never"
            ? "Not checked yet"
            : account.status === "check_failed"
              ? "Check failed"
              : tone === "success"
                ? "In agreement"
                : "Needs a look"}
        </Badge>
      </div>
      <p className="text-xs text-muted">
        Last checked {when(account.checkedAt)}; next {when(account.nextCheckAt)}.{" "}
        {account.window
          ? `${account.providerTasks} provider ${account.providerTasks === 1 ? "task" : "tasks"} in the last 24 h${account.window.complete ? "" : " (listing cut short: more exist)"}.`
          : null}
      </p>
      {account.error ? (
        <p role="alert" className="text-sm text-danger">
          {account.error}
        </p>
      ) : null}
      <div className="grid gap-5 md:grid-cols-3">
        <Finding
          title="Made outside Reelroom"
          hint={account.outsideCounted ? "Billed to this key, invisible here: someone used it elsewhere." : "Not listed for a key other teams share."}
          items={account.outside.map((t) => ({ key: t.taskId, content: `${t.taskId} · ${t.model ?? "unknown model"} · ${t.status}` }))}
        />
        <Finding
          title="Unknown to the provider"
          hint="Generations here whose task the provider does not list."
          items={account.unknown.map((t) => ({ key: t.generationId, content: generationLink(t.generationId, `${t.taskId} · ${t.status}`) }))}
        />
        <Finding
          title="Finished but not archived"
          hint="Succeeded at the provider; no video kept here."
          items={account.unarchived.map((t) => ({ key: t.generationId, content: generationLink(t.generationId, `${t.taskId} · here ${t.status}`) }))}
        />
      </div>
    </li>
  );
}

/** Each provider account's last reconciliation, and a button that checks them all now. */
export function ReconciliationView({ accounts }: { accounts: Account[] }) {
  const { busy, error, run } = useApiAction();
  const check = (
    <Button variant="outline" loading={busy} onClick={() => run(() => api("/api/v1/reconciliation", { method: "POST" }))}>
      <RefreshCw aria-hidden />
      Check now
    </Button>
  );
  return (
    <div>
      {error ? (
        <p role="alert" className="mb-3 text-sm text-danger">
          {error}
        </p>
      ) : null}
      {accounts.length === 0 ? (
        <EmptyState
          icon={<ShieldCheck />}
          title="Nothing to reconcile yet"
          text="Accounts appear once the team has a provider key or has sent a generation in the last 24 hours."
          action={check}
        />
      ) : (
        <>
          <ul className="divide-y divide-border">
            {accounts.map((a) => (
              <AccountCard key={a.id} account={a} />
            ))}
          </ul>
          <div className="border-t border-border pt-4">{check}</div>
        </>
      )}
    </div>
  );
}
