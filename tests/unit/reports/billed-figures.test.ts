// The report's figures for what the provider billed: videos lost after billing count in the billed
// amount and are shown apart; billed seconds without a price are a figure of their own, in no amount.
import { describe, expect, it } from "vitest";
import { usageCsvRow, USAGE_CSV_COLUMNS } from "@/lib/services/reports/csv";
import { sumsOf, toFigures, totalsByCurrency } from "@/lib/services/reports/figures";
import type { RawUsageRow } from "@/lib/services/reports/sql";
import { usageSql } from "@/lib/services/reports/sql";

const raw = (over: Partial<RawUsageRow>): RawUsageRow => ({
  k: "wan2.5-t2v-preview",
  currency: "USD",
  generations: "3",
  succeeded: "2",
  failed: "0",
  canceled: "0",
  expired: "1",
  in_flight: "0",
  billed_ms: "15000",
  estimated_micros: "1000000",
  actual_micros: "1000000",
  in_flight_micros: "0",
  mismatches: "0",
  price_unknown: "1",
  video_lost: "1",
  video_lost_micros: "500000",
  unpriced_billed_ms: "5000",
  ...over,
});

describe("billed figures", () => {
  it.each([
    [{}, { videoLost: 1, videoLostAmount: "0.5", unpricedBilledSeconds: 5, billedSeconds: 15, actualAmount: "1", committedAmount: "1" }],
    [
      { video_lost: "0", video_lost_micros: "0", unpriced_billed_ms: "0" },
      { videoLost: 0, videoLostAmount: "0", unpricedBilledSeconds: 0 },
    ],
    [
      { video_lost: undefined, video_lost_micros: undefined, unpriced_billed_ms: undefined },
      { videoLost: 0, videoLostAmount: "0", unpricedBilledSeconds: 0 },
    ],
    [{ unpriced_billed_ms: "1650" }, { unpricedBilledSeconds: 1.65, actualAmount: "1" }],
  ] as const)("%o → %o", (over, figures) => {
    expect(toFigures(sumsOf(raw(over)))).toMatchObject(figures);
  });

  it("adds them up per currency, never across", () => {
    const totals = totalsByCurrency([
      { currency: "USD", sums: sumsOf(raw({})) },
      { currency: "USD", sums: sumsOf(raw({ video_lost: "2", video_lost_micros: "250000", unpriced_billed_ms: "2500" })) },
      { currency: "CNY", sums: sumsOf(raw({ video_lost_micros: "600000" })) },
    ]);
    expect(totals.map((t) => [t.currency, t.videoLost, t.videoLostAmount, t.unpricedBilledSeconds])).toEqual([
      ["CNY", 1, "0.6", 5],
      ["USD", 3, "0.75", 7.5],
    ]);
  });

  it("writes them as the CSV's last columns", () => {
    expect(USAGE_CSV_COLUMNS.slice(-3)).toEqual(["video_lost", "video_lost_amount", "unpriced_billed_seconds"]);
    const row = { key: "k", label: "L", currency: "USD", ...toFigures(sumsOf(raw({}))) };
    expect(usageCsvRow({ from: "2026-01-01", to: "2026-01-31", groupBy: "model" }, row).slice(-3)).toEqual(["1", "0.5", "5"]);
  });

  it.each(["sqlite", "postgres"] as const)("bills finished tasks whose video was lost on %s, and keeps unpriced seconds apart", (dialect) => {
    const { sql } = usageSql("model", dialect, { teamId: "t1", start: new Date(0), end: new Date(1) });
    expect(sql).toContain(`"status" IN ('failed', 'canceled', 'expired', 'rejected') AND "actualBilledMs" > 0`);
    expect(sql).toMatch(/AND "actualAmountMicros" IS NULL THEN COALESCE\("actualBilledMs", 0\)/);
  });
});
