"use client";

// The estimate while the request is refused: what its valid parts decide (the unit price, the
// input video seconds), a dash for what waits on a field marked in the form.
import { cn } from "@/components/ui/cn";
import type { PartialEstimate } from "@/lib/rules/billing/partial-estimate";
import { EstimateFigures } from "./estimate-figures";

export function PartialEstimateRows({ partial, current }: { partial: PartialEstimate; current: boolean }) {
  return (
    <div className={cn("flex flex-col gap-3 transition-opacity", !current && "opacity-60")} data-testid="estimate-partial">
      <EstimateFigures estimate={partial} complete={false} />
      {partial.billedSeconds === null ? <p className="text-xs leading-5 text-muted">The total appears once the fields marked in the form are fixed.</p> : null}
    </div>
  );
}
