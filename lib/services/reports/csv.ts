// The usage report as CSV (RFC 4180: a header row, CRLF line ends, quoting where needed). One line
// per row of GET /api/v1/usage, each with its currency; labels that a spreadsheet would run as a
// formula are kept as text. A byte-order mark up front makes spreadsheets read the file as UTF-8.
import "server-only";
import { stringify } from "csv-stringify/sync";
import type { UsageReport, UsageRow } from "@/lib/contracts/usage-vocabulary";

export const USAGE_CSV_COLUMNS = [
  "from",
  "to",
  "group_by",
  "key",
  "label",
  "currency",
  "generations",
  "succeeded",
  "failed",
  "canceled",
  "expired",
  "in_flight",
  "billed_seconds",
  "estimated_amount",
  "actual_amount",
  "in_flight_amount",
  "committed_amount",
  "mismatches",
  "price_unknown",
  "video_lost",
  "video_lost_amount",
  "unpriced_billed_seconds",
] as const;

const UTF8_BOM = "\uFEFF";

/** Spreadsheets run cells starting with = + - @ (or a tab or CR) as formulas; an apostrophe keeps them text. */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function usageCsvRow(report: Pick<UsageReport, "from" | "to" | "groupBy">, row: UsageRow): string[] {
  return [
    report.from,
    report.to,
    report.groupBy,
    neutralizeFormula(row.key),
    neutralizeFormula(row.label),
    row.currency,
    String(row.generations),
    String(row.succeeded),
    String(row.failed),
    String(row.canceled),
    String(row.expired),
    String(row.inFlight),
    String(row.billedSeconds),
    row.estimatedAmount,
    row.actualAmount,
    row.inFlightAmount,
    row.committedAmount,
    String(row.mismatches),
    String(row.priceUnknown),
    String(row.videoLost),
    row.videoLostAmount,
    String(row.unpricedBilledSeconds),
  ];
}

export function usageCsv(report: UsageReport): string {
  return (
    UTF8_BOM +
    stringify(
      report.rows.map((row) => usageCsvRow(report, row)),
      { header: true, columns: [...USAGE_CSV_COLUMNS], record_delimiter: "windows" },
    )
  );
}

export function usageCsvFileName(report: Pick<UsageReport, "from" | "to" | "groupBy">): string {
  return `usage-by-${report.groupBy}-${report.from}-to-${report.to}.csv`;
}
