"use client";

// The estimate's figures: the amount, the billed seconds and how they add up, the unit price.
// One set of rows for a full estimate and for the partial one of a refused request (a dash for
// each figure that waits on a field marked in the form).
import type { PartialEstimate } from "@/lib/rules/billing/partial-estimate";
import { formatMoney, toMicros } from "@/lib/rules/billing/money";

const seconds = (value: number | null) => (value === null ? "—" : `${Number(value.toFixed(3))} s`);

export const money = (decimal: string, currency: string) => formatMoney(toMicros(decimal), currency);

/** `complete`: a full estimate, whose only missing amount is an unknown price. */
export function EstimateFigures({ estimate, complete }: { estimate: PartialEstimate; complete: boolean }) {
  return (
    <>
      <p className="text-3xl font-semibold tracking-tight tabular-nums" data-testid="estimate-amount">
        {estimate.amount !== null ? money(estimate.amount, estimate.currency) : complete ? "Price unknown" : <span className="text-faint">—</span>}
        <span className="ml-1.5 text-sm font-normal text-muted">{estimate.currency}</span>
      </p>
      <dl className="grid grid-cols-[1fr_auto] gap-x-3 gap-y-1.5 text-sm">
        <dt className="text-muted">Billed</dt>
        <dd className="text-right font-medium tabular-nums" data-testid="estimate-billed">
          {seconds(estimate.billedSeconds)}
        </dd>
        {estimate.inputVideoSeconds ? (
          <dd className="col-span-2 -mt-1 text-right text-xs text-muted tabular-nums" data-testid="estimate-parts">
            {seconds(estimate.outputSeconds)} output + {seconds(estimate.inputVideoSeconds)} input video
          </dd>
        ) : null}
        <dt className="text-muted">Unit price</dt>
        <dd className="text-right tabular-nums" data-testid="estimate-unit-price">
          {estimate.unitPrice !== null ? `${money(estimate.unitPrice, estimate.currency)} / s` : estimate.priceKnown === false ? "unknown" : "—"}
        </dd>
      </dl>
    </>
  );
}
