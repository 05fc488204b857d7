"use client";

import { useId, useState } from "react";
import { api } from "@/components/app/api-client";
import { useApiAction } from "@/components/budgets/use-api-action";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { formatDecimalMoney } from "@/lib/rules/billing/money";
import type { GenerationJson } from "@/lib/contracts/generation";

/** One request in the inbox: who asked, for what, why it waits, and the two decisions. */
export function ApprovalItem({ generation, canApprove }: { generation: GenerationJson; canApprove: boolean }) {
  const { busy, error, issues, run } = useApiAction();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const headingId = useId();
  const estimate = generation.estimate;
  const cost = estimate ? (formatDecimalMoney(estimate.amount, estimate.currency) ?? `${estimate.billedSeconds} s, price unknown`) : "no estimate";

  return (
    <li aria-labelledby={headingId} className="space-y-3 rounded-lg border border-border bg-surface p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={headingId} className="text-sm font-medium text-text">
          {generation.creator.name} · {generation.model} · {cost}
        </h3>
        <time className="text-xs text-muted" dateTime={generation.createdAt}>
          {new Date(generation.createdAt).toLocaleString("en", { dateStyle: "medium", timeStyle: "short" })}
        </time>
      </div>
      <p className="line-clamp-3 text-sm text-text">{generation.prompt}</p>
      <ul className="list-disc space-y-1 pl-5 text-sm text-muted">
        {(generation.approval?.reasons ?? []).map((r) => (
          <li key={r.rule}>{r.message}</li>
        ))}
      </ul>
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
      {rejecting ? (
        <form
          className="space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => api(`/api/v1/generations/${generation.id}/reject`, { method: "POST", body: { reason } }));
          }}
        >
          <Field label="Reason for rejecting" required error={issues.reason}>
            <Textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} maxLength={1000} />
          </Field>
          <div className="flex gap-2">
            <Button type="submit" variant="danger" size="sm" loading={busy}>
              Reject request
            </Button>
            <Button variant="ghost" size="sm" onClick={() => setRejecting(false)}>
              Keep it
            </Button>
          </div>
        </form>
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          <Button
            size="sm"
            loading={busy}
            disabled={!canApprove}
            onClick={() => void run(() => api(`/api/v1/generations/${generation.id}/approve`, { method: "POST" }))}
          >
            Approve
          </Button>
          <Button variant="outline" size="sm" onClick={() => setRejecting(true)}>
            Reject…
          </Button>
          {!canApprove ? <span className="text-xs text-muted">Your own request: the team&apos;s policy asks another admin to approve it.</span> : null}
        </div>
      )}
    </li>
  );
}
