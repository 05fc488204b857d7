"use client";

// Estimate versus actual: billed seconds and amount, and a flag when they differ.
import { TriangleAlert } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { formatSeconds, money } from "../cost";
import { isInFlight } from "../live";
import type { GenerationItem } from "../types";
import { DetailSection } from "./detail-section";

function Row({ label, seconds, amount, strong }: { label: string; seconds: string; amount: string; strong?: boolean }) {
  return (
    <div className="grid grid-cols-[1fr_auto_auto] items-baseline gap-3 py-2 text-sm">
      <dt className="text-muted">{label}</dt>
      <dd className="text-right tabular-nums text-muted">{seconds}</dd>
      <dd className={strong ? "min-w-16 text-right font-semibold tabular-nums" : "min-w-16 text-right tabular-nums"}>{amount}</dd>
    </div>
  );
}

export function CostPanel({ g }: { g: GenerationItem }) {
  const estimate = g.estimate;
  const currency = estimate?.currency ?? g.actual?.currency ?? "USD";
  const estimatedAmount = money(estimate?.amount, currency, true) ?? "price unknown";
  const actualAmount = g.actual ? (money(g.actual.amount, g.actual.currency ?? currency, true) ?? "price unknown") : null;
  const pending = isInFlight(g.status) && !g.actual;
  return (
    <DetailSection title="Cost" aside={g.costMismatch ? <Badge tone="warning"><TriangleAlert aria-hidden /> Differs from estimate</Badge> : null}>
      <dl className="divide-y divide-border">
        <Row label="Estimate" seconds={formatSeconds(estimate?.billedSeconds)} amount={estimatedAmount} />
        <Row
          label="Actual"
          seconds={g.actual ? formatSeconds(g.actual.billedSeconds) : "—"}
          amount={actualAmount ?? (pending ? "when finished" : "—")}
          strong={Boolean(actualAmount)}
        />
      </dl>
      <p className="mt-2 text-xs leading-5 text-muted">
        {estimate?.unitPrice ? `${money(estimate.unitPrice, currency, true)} per billed second` : "No price is configured for this model and region."}
        {estimate && estimate.inputVideoSeconds > 0 ? ` · includes ${formatSeconds(estimate.inputVideoSeconds)} of reference video` : ""}
        {g.costMismatch ? " · the provider billed a different number of seconds than estimated; the actual amount is what counts." : ""}
        {g.status !== "succeeded" && g.actual?.billedSeconds === 0 ? " · nothing is billed for generations without a video." : ""}
      </p>
    </DetailSection>
  );
}
