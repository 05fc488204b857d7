"use client";

// Estimate versus actual: billed seconds and amount, and a flag when they differ.
import { TriangleAlert } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { PUBLIC_STATUS } from "@/lib/rules/generation-status";
import { billedWithoutVideo, formatSeconds, money, VIDEO_LOST_TEXT } from "../cost";
import { isInFlight } from "../live";
import type { GenerationJson as GenerationItem } from "@/lib/contracts/generation";
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
  const estimatedAmount = money(estimate?.amount, currency) ?? "price unknown";
  const actualAmount = g.actual ? (money(g.actual.amount, g.actual.currency ?? currency) ?? "price unknown") : null;
  const pending = isInFlight(g.status) && !g.actual;
  const lost = billedWithoutVideo(g);
  const badges = (
    <span className="flex flex-wrap justify-end gap-1.5">
      {lost ? (
        <Badge tone="warning" data-testid="video-lost">
          <TriangleAlert aria-hidden /> {VIDEO_LOST_TEXT}
        </Badge>
      ) : null}
      {g.costMismatch ? (
        <Badge tone="warning">
          <TriangleAlert aria-hidden /> Differs from estimate
        </Badge>
      ) : null}
    </span>
  );
  return (
    <DetailSection title="Cost" aside={lost || g.costMismatch ? badges : null}>
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
        {estimate?.unitPrice ? `${money(estimate.unitPrice, currency)} per billed second` : "No price is configured for this model and region."}
        {estimate && estimate.inputVideoSeconds > 0 ? ` · includes ${formatSeconds(estimate.inputVideoSeconds)} of reference video` : ""}
        {g.costMismatch ? " · the provider billed a different number of seconds than estimated; the actual amount is what counts." : ""}
        {g.status !== PUBLIC_STATUS.succeeded && g.actual?.billedSeconds === 0 ? " · nothing is billed for generations without a video." : ""}
        {lost
          ? " · the provider finished and billed this video, but it could not be stored before its link expired; the amount counts towards budgets and reports."
          : ""}
        {g.actual && g.actual.billedSeconds > 0 && g.actual.amount === null ? " · no price was known, so the billed seconds have no amount." : ""}
      </p>
    </DetailSection>
  );
}
