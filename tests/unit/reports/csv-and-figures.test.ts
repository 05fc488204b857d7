import { describe, expect, it } from "vitest";
import { chartSeries } from "@/components/reports/chart-data";
import { duration, money, seconds } from "@/components/reports/format";
import { neutralizeFormula, usageCsv, usageCsvFileName, usageCsvRow } from "@/lib/services/reports/csv";
import { msToSeconds, sumsOf, toFigures, totalsByCurrency } from "@/lib/services/reports/figures";
import type { RawUsageRow } from "@/lib/services/reports/sql";
import type { UsageReport, UsageRow } from "@/lib/contracts/usage-vocabulary";

const raw = (over: Partial<RawUsageRow>): RawUsageRow => ({
  k: "x",
  currency: "USD",
  generations: "2",
  succeeded: "1",
  failed: "1",
  canceled: "0",
  expired: "0",
  in_flight: "0",
  billed_ms: "7500",
  estimated_micros: "375000",
  actual_micros: "375000",
  in_flight_micros: "0",
  mismatches: "0",
  price_unknown: "0",
  ...over,
});

const row = (over: Partial<UsageRow> = {}): UsageRow => ({
  key: "wan2.6-r2v-flash",
  label: "Wan 2.6 reference-to-video Flash",
  currency: "USD",
  ...toFigures(sumsOf(raw({}))),
  ...over,
});

describe("report figures", () => {
  it("keeps money exact and never adds currencies together", () => {
    const usd1 = sumsOf(raw({ actual_micros: "100000", in_flight_micros: "200000", in_flight: "1" }));
    const usd2 = sumsOf(raw({ actual_micros: "9007199254740993000" }));
    const cny = sumsOf(raw({ currency: "CNY", actual_micros: "600000" }));
    const totals = totalsByCurrency([
      { currency: "USD", sums: usd1 },
      { currency: "CNY", sums: cny },
      { currency: "USD", sums: usd2 },
    ]);
    expect(totals.map((t) => t.currency)).toEqual(["CNY", "USD"]);
    expect(totals[0]).toMatchObject({ actualAmount: "0.6", generations: 2 });
    expect(totals[1]).toMatchObject({
      actualAmount: "9007199254741.093",
      inFlightAmount: "0.2",
      committedAmount: "9007199254741.293",
      generations: 4,
      inFlight: 1,
    });
  });

  it("converts milliseconds without float drift", () => {
    expect(msToSeconds(1650n)).toBe(1.65);
    expect(msToSeconds(12_500n)).toBe(12.5);
    expect(toFigures(sumsOf(raw({ billed_ms: null as unknown as string }))).billedSeconds).toBe(0);
  });
});

describe("usage CSV", () => {
  const report: UsageReport = {
    from: "2026-01-01",
    to: "2026-01-31",
    groupBy: "model",
    scope: "team",
    projectId: null,
    rows: [row()],
    totals: [],
    outsideTasks: null,
  };

  it("writes one line per row with the currency and plain decimals", () => {
    expect(usageCsvRow(report, row())).toEqual([
      "2026-01-01",
      "2026-01-31",
      "model",
      "wan2.6-r2v-flash",
      "Wan 2.6 reference-to-video Flash",
      "USD",
      "2",
      "1",
      "1",
      "0",
      "0",
      "0",
      "7.5",
      "0.375",
      "0.375",
      "0",
      "0.375",
      "0",
      "0",
      "0",
      "0",
      "0",
    ]);
  });

  it("is RFC 4180 with a header, CRLF line ends and quoting, readable as UTF-8 by spreadsheets", () => {
    const csv = usageCsv({
      ...report,
      groupBy: "project",
      rows: [row({ key: "p1", label: 'Spring, "hero" cut' }), row({ key: "p2", label: '=HYPERLINK("x")' }), row({ key: "p3", label: "Café 北京" })],
    });
    expect(csv.startsWith("\uFEFFfrom,to,group_by,key,label,currency,")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe("");
    expect(lines[1]).toContain(',"Spring, ""hero"" cut",USD,');
    expect(lines[2]).toContain(`,"'=HYPERLINK(""x"")",`);
    expect(lines[3]).toContain(",Café 北京,");
  });

  it("neutralizes spreadsheet formulas and names the file after the report", () => {
    expect(neutralizeFormula("+1")).toBe("'+1");
    expect(neutralizeFormula("@SUM")).toBe("'@SUM");
    expect(neutralizeFormula("Launch")).toBe("Launch");
    expect(usageCsvFileName(report)).toBe("usage-by-model-2026-01-01-to-2026-01-31.csv");
  });
});

describe("chart series and display formats", () => {
  it("fills every day of the range, one series per currency", () => {
    const rows = [row({ key: "2026-01-02", actualAmount: "1.5", generations: 3 }), row({ key: "2026-01-03", currency: "CNY", actualAmount: "2" })];
    const series = chartSeries(rows, { from: "2026-01-01", to: "2026-01-03" }, "day");
    expect(Object.keys(series)).toEqual(["CNY", "USD"]);
    expect(series.USD.map((p) => [p.key, p.actual, p.generations])).toEqual([
      ["2026-01-01", 0, 0],
      ["2026-01-02", 1.5, 3],
      ["2026-01-03", 0, 0],
    ]);
    expect(series.USD[1]).toMatchObject({ label: "Jan 2, 2026", shortLabel: "Jan 2", actualAmount: "1.5" });
  });

  it("formats money from decimal strings and durations for people", () => {
    expect(money("0.375", "USD")).toBe("$0.375");
    expect(money("12", "CNY")).toBe("¥12.00");
    expect(seconds(7.5)).toBe("7.5 s");
    expect(duration(95)).toBe("1 min 35 s");
    expect(duration(4230)).toBe("1 h 10 min");
  });
});
