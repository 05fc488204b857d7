"use client";

// The estimate's rows while the request is refused: what its valid parts decide (the unit price,
// the input video seconds), a dash for what waits on a field marked in the form.
import { cn } from "@/components/ui/cn";
import type { PartialEstimate } from "@/lib/rules/billing/partial-estimate";
import { formatMoney, toMicros } from "@/lib/rules/billing/money";

const seconds = (value: number | null) => (value === null ? "—" : `${Number(value.toFixed(3))} s`);
const money = (decimal: string, currency: string) => formatMoney(toMicros(decimal), currency);

export function PartialEstimateRows({ partial, current }: { partial: PartialEstimate; current: boolean }) {
  return (
    <div className={cn("flex flex-col gap-3 transition-opacity", !current && "opacity-60")} data-testid="estimate-partial">
      <p className="text-3xl font-semibold tracking-tight tabular-nums" data-testid="estimate-amount">
        {partial.amount !== null ? money(partial.amount, partial.currency) : <span className="text-faint">—</span>}
        <span className="ml-1.5 text-sm font-normal text-muted">{partial.currency}</span>
      </p>
      <dl className="grid grid-cols-[1fr_auto] gap-x-3 gap-y-1.5 text-sm">
        <dt className="text-muted">Billed</dt>
        <dd className="text-right font-medium tabular-nums" data-testid="estimate-billed">
          {seconds(partial.billedSeconds)}
        </dd>
        {partial.inputVideoSeconds ? (
          <dd className="col-span-2 -mt-1 text-right text-xs text-muted tabular-nums" data-testid="estimate-parts">
            {seconds(partial.outputSeconds)} output + {seconds(partial.inputVideoSeconds)} input video
          </dd>
        ) : null}
        <dt className="text-muted">Unit price</dt>
        <dd className="text-right tabular-nums" data-testid="estimate-unit-price">
          {partial.unitPrice !== null ? `${money(partial.unitPrice, partial.currency)} / s` : partial.priceKnown === false ? "unknown" : "—"}
        </dd>
      </dl>
      {partial.billedSeconds === null ? <p className="text-xs leading-5 text-muted">The total appears once the fields marked in the form are fixed.</p> : null}
    </div>
  );
}
