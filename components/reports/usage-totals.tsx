import { Stat, StatGrid } from "@/components/ui/stat";
import { count, duration, money } from "@/components/reports/format";
import type { UsageTotal } from "@/lib/contracts/usage";

/** Headline figures, one row of cards per currency (amounts are never added across currencies). */
export function UsageTotals({ totals }: { totals: UsageTotal[] }) {
  return (
    <div className="space-y-3">
      {totals.map((t) => (
        <section key={t.currency} aria-label={`Totals in ${t.currency}`}>
          {totals.length > 1 ? <h2 className="mb-2 text-xs font-medium tracking-wide text-muted uppercase">{t.currency}</h2> : null}
          <StatGrid>
            <Stat
              label={`Billed (${t.currency})`}
              value={money(t.actualAmount, t.currency)}
              hint={[
                t.inFlight > 0 ? `+ ${money(t.inFlightAmount, t.currency)} in flight` : `Estimated ${money(t.estimatedAmount, t.currency)}`,
                t.videoLost > 0 ? `incl. ${money(t.videoLostAmount, t.currency)} billed, video lost (${count(t.videoLost)})` : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            />
            <Stat
              label="Generations"
              value={count(t.generations)}
              hint={`${count(t.succeeded)} succeeded · ${count(t.failed)} failed${t.inFlight ? ` · ${count(t.inFlight)} in flight` : ""}`}
            />
            <Stat
              label="Billed seconds"
              value={duration(t.billedSeconds)}
              hint={
                t.unpricedBilledSeconds > 0
                  ? `${duration(t.unpricedBilledSeconds)} without a price, in no amount`
                  : t.succeeded
                    ? `${(t.billedSeconds / t.succeeded).toLocaleString("en", { maximumFractionDigits: 1 })} s per video`
                    : "No finished videos yet"
              }
            />
            <Stat
              label="Cost mismatches"
              value={count(t.mismatches)}
              tone={t.mismatches > 0 ? "warning" : "neutral"}
              hint={
                t.mismatches > 0
                  ? "Billed seconds differ from the estimate"
                  : t.priceUnknown > 0
                    ? `${count(t.priceUnknown)} without a known price`
                    : "Every bill matched its estimate"
              }
            />
          </StatGrid>
        </section>
      ))}
    </div>
  );
}
