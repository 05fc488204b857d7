// One row per figure a benchmark measures: `npm run bench` prints them all as one table
// (benchmark, goal, measured, pass), which the README keeps from the last run.

export interface BenchRow {
  benchmark: string;
  /** The target as people read it ("≤ 2× raw SQL"), or "—" for a figure reported without one. */
  goal: string;
  measured: string;
  /** Null when the row has no goal. */
  pass: boolean | null;
}

/** What every benchmark returns: its rows for the table and its raw figures for the JSON log. */
export interface BenchResult {
  rows: BenchRow[];
  details?: unknown;
}

export const row = (benchmark: string, goal: string, measured: string, pass: boolean | null = null): BenchRow => ({ benchmark, goal, measured, pass });

export function markdownTable(rows: readonly BenchRow[]): string {
  const mark = (pass: boolean | null) => (pass === null ? "—" : pass ? "pass" : "FAIL");
  return [
    "| benchmark | goal | measured | pass |",
    "| --- | --- | --- | --- |",
    ...rows.map((r) => `| ${r.benchmark} | ${r.goal} | ${r.measured} | ${mark(r.pass)} |`),
  ].join("\n");
}
