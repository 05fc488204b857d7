// Chart series from day or month rows (pure): every bucket of the range, empty ones as zero, one
// series per currency.
import { bucketKeys, bucketLabel, type DayRange, type TimeUnit } from "@/lib/rules/date-range";
import type { UsageRow } from "@/lib/contracts/usage";

export interface ChartPoint {
  key: string;
  label: string;
  shortLabel: string;
  /** Plot heights only; the tooltip shows the exact decimal strings. */
  actual: number;
  inFlight: number;
  actualAmount: string;
  inFlightAmount: string;
  generations: number;
}

export function chartSeries(rows: readonly UsageRow[], range: DayRange, unit: TimeUnit): Record<string, ChartPoint[]> {
  const currencies = [...new Set(rows.map((r) => r.currency))].sort();
  const series: Record<string, ChartPoint[]> = {};
  for (const currency of currencies) {
    const byKey = new Map(rows.filter((r) => r.currency === currency).map((r) => [r.key, r]));
    series[currency] = bucketKeys(range, unit).map((key) => {
      const row = byKey.get(key);
      return {
        key,
        label: bucketLabel(key),
        shortLabel: bucketLabel(key, { short: true }),
        actual: row ? Number(row.actualAmount) : 0,
        inFlight: row ? Number(row.inFlightAmount) : 0,
        actualAmount: row?.actualAmount ?? "0",
        inFlightAmount: row?.inFlightAmount ?? "0",
        generations: row?.generations ?? 0,
      };
    });
  }
  return series;
}
