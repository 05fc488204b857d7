// Folding the query's text aggregates into report rows and per-currency totals (pure).
import "server-only";
import { microsToDecimal } from "@/lib/rules/billing/money";
import type { RawUsageRow } from "@/lib/services/reports/sql";
import type { UsageFigures, UsageTotal } from "@/lib/contracts/usage-vocabulary";

/** Integer sums kept exact: counts as numbers, milliseconds and micro-units as bigint. */
export interface FigureSums {
  generations: number;
  succeeded: number;
  failed: number;
  canceled: number;
  expired: number;
  inFlight: number;
  billedMs: bigint;
  estimatedMicros: bigint;
  actualMicros: bigint;
  inFlightMicros: bigint;
  mismatches: number;
  priceUnknown: number;
  videoLost: number;
  videoLostMicros: bigint;
  unpricedBilledMs: bigint;
}

const big = (v: string | null | undefined) => (v ? BigInt(v) : 0n);
const num = (v: string | null | undefined) => (v ? Number(v) : 0);

export function sumsOf(raw: RawUsageRow): FigureSums {
  return {
    generations: num(raw.generations),
    succeeded: num(raw.succeeded),
    failed: num(raw.failed),
    canceled: num(raw.canceled),
    expired: num(raw.expired),
    inFlight: num(raw.in_flight),
    billedMs: big(raw.billed_ms),
    estimatedMicros: big(raw.estimated_micros),
    actualMicros: big(raw.actual_micros),
    inFlightMicros: big(raw.in_flight_micros),
    mismatches: num(raw.mismatches),
    priceUnknown: num(raw.price_unknown),
    videoLost: num(raw.video_lost),
    videoLostMicros: big(raw.video_lost_micros),
    unpricedBilledMs: big(raw.unpriced_billed_ms),
  };
}

export function emptySums(): FigureSums {
  return {
    generations: 0,
    succeeded: 0,
    failed: 0,
    canceled: 0,
    expired: 0,
    inFlight: 0,
    billedMs: 0n,
    estimatedMicros: 0n,
    actualMicros: 0n,
    inFlightMicros: 0n,
    mismatches: 0,
    priceUnknown: 0,
    videoLost: 0,
    videoLostMicros: 0n,
    unpricedBilledMs: 0n,
  };
}

export function addSums(a: FigureSums, b: FigureSums): FigureSums {
  return {
    generations: a.generations + b.generations,
    succeeded: a.succeeded + b.succeeded,
    failed: a.failed + b.failed,
    canceled: a.canceled + b.canceled,
    expired: a.expired + b.expired,
    inFlight: a.inFlight + b.inFlight,
    billedMs: a.billedMs + b.billedMs,
    estimatedMicros: a.estimatedMicros + b.estimatedMicros,
    actualMicros: a.actualMicros + b.actualMicros,
    inFlightMicros: a.inFlightMicros + b.inFlightMicros,
    mismatches: a.mismatches + b.mismatches,
    priceUnknown: a.priceUnknown + b.priceUnknown,
    videoLost: a.videoLost + b.videoLost,
    videoLostMicros: a.videoLostMicros + b.videoLostMicros,
    unpricedBilledMs: a.unpricedBilledMs + b.unpricedBilledMs,
  };
}

/** Milliseconds → seconds without float drift (1650 → 1.65). */
export function msToSeconds(ms: bigint): number {
  return Number(ms / 1000n) + Number(ms % 1000n) / 1000;
}

export function toFigures(s: FigureSums): UsageFigures {
  return {
    generations: s.generations,
    succeeded: s.succeeded,
    failed: s.failed,
    canceled: s.canceled,
    expired: s.expired,
    inFlight: s.inFlight,
    billedSeconds: msToSeconds(s.billedMs),
    estimatedAmount: microsToDecimal(s.estimatedMicros),
    actualAmount: microsToDecimal(s.actualMicros),
    inFlightAmount: microsToDecimal(s.inFlightMicros),
    committedAmount: microsToDecimal(s.actualMicros + s.inFlightMicros),
    mismatches: s.mismatches,
    priceUnknown: s.priceUnknown,
    videoLost: s.videoLost,
    videoLostAmount: microsToDecimal(s.videoLostMicros),
    unpricedBilledSeconds: msToSeconds(s.unpricedBilledMs),
  };
}

/** One total per currency, never added across currencies; currencies in alphabetical order. */
export function totalsByCurrency(rows: readonly { currency: string; sums: FigureSums }[]): UsageTotal[] {
  const byCurrency = new Map<string, FigureSums>();
  for (const row of rows) byCurrency.set(row.currency, addSums(byCurrency.get(row.currency) ?? emptySums(), row.sums));
  return [...byCurrency.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([currency, sums]) => ({ currency, ...toFigures(sums) }));
}
