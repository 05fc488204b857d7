"use client";

// The live cost: amount, billed seconds and how they add up, unit price, and the budget left.
import { Spinner } from "@/components/ui/spinner";
import { cn } from "@/components/ui/cn";
import { toMicros } from "@/lib/rules/billing/money";
import { EstimateFigures, money } from "./estimate-figures";
import { MissingPriceNote } from "./missing-price-note";
import type { LiveEstimate } from "./use-estimate";
import { PartialEstimateRows } from "./partial-estimate-rows";

export function EstimatePanel({ live, placeholder }: { live: LiveEstimate; placeholder: string }) {
  const answer = live.answer;
  const estimate = answer?.estimate;
  return (
    <section aria-labelledby="estimate-heading" aria-busy={live.updating} className="flex flex-col gap-3">
      <div className="flex items-center justify-between gap-2">
        <h2 id="estimate-heading" className="text-[13px] font-medium text-muted">
          Estimated cost
        </h2>
        <span className={cn("transition-opacity", live.updating ? "opacity-100" : "opacity-0")}>
          <Spinner size="sm" label={live.updating ? "Updating the estimate" : null} />
        </span>
      </div>
      {estimate ? (
        <div className={cn("flex flex-col gap-3 transition-opacity", !live.current && "opacity-60")} data-testid="estimate">
          <EstimateFigures estimate={estimate} complete />
          {!estimate.priceKnown && answer.missingPrice ? (
            <MissingPriceNote missing={answer.missingPrice} budgetApplies={answer.budgets.length > 0} currency={estimate.currency} />
          ) : !estimate.priceKnown ? (
            <p className="text-xs leading-5 text-muted">
              No price is set for this model and size in {estimate.currency}; the billed seconds still count. An admin can add a price.
            </p>
          ) : estimate.priceSource ? (
            <p className="text-xs text-faint">Price source: {estimate.priceSource}</p>
          ) : null}
          {answer.budgets.map((budget) => {
            const over = estimate.amount !== null && toMicros(estimate.amount) > toMicros(budget.remaining);
            return (
              <p
                key={budget.scope}
                className={cn(
                  "rounded-md border px-2.5 py-1.5 text-xs leading-5",
                  over ? "border-danger/30 bg-danger/8 text-danger" : "border-border bg-surface-2/50 text-muted",
                )}
              >
                {budget.scope === "team" ? "Team" : "Project"} budget left this month:{" "}
                <span className="font-medium text-text tabular-nums">{money(budget.remaining, budget.currency)}</span> of {money(budget.limit, budget.currency)}
                {over ? " — this video would go over it." : null}
              </p>
            );
          })}
        </div>
      ) : live.partial ? (
        <PartialEstimateRows partial={live.partial} current={live.current} />
      ) : (
        // Same rows as a real estimate, so nothing moves when it arrives.
        <div className="flex flex-col gap-3" data-testid="estimate-placeholder">
          <p className="text-3xl font-semibold tracking-tight text-faint">—</p>
          <dl className="grid grid-cols-[1fr_auto] gap-x-3 gap-y-1.5 text-sm text-muted">
            <dt>Billed</dt>
            <dd className="text-right">—</dd>
            <dt>Unit price</dt>
            <dd className="text-right">—</dd>
          </dl>
          <p className="text-xs leading-5 text-muted">{live.problem ?? placeholder}</p>
        </div>
      )}
      {estimate && live.problem ? <p className="text-xs leading-5 text-danger">{live.problem}</p> : null}
    </section>
  );
}
