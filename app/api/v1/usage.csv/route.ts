// GET /api/v1/usage.csv — the rows of GET /api/v1/usage as CSV (same query parameters, same
// permissions). RFC 4180 with a header row: from, to, group_by, key, label, currency, generations,
// succeeded, failed, canceled, expired, in_flight, billed_seconds, estimated_amount, actual_amount,
// in_flight_amount, committed_amount, mismatches, price_unknown. UTF-8 with a byte-order mark,
// CRLF line ends; amounts are plain decimals in the row's currency.
import { authed } from "@/lib/platform/http/handler";
import { usageCsv, usageCsvFileName } from "@/lib/services/reports/csv";
import { usageQuery } from "@/lib/services/reports/schemas";
import { usageReport } from "@/lib/services/reports/usage";

export const GET = authed({ action: "usage.viewOwn", query: usageQuery }, async ({ actor, query }) => {
  const report = await usageReport(actor, query);
  return new Response(usageCsv(report), {
    headers: {
      "content-type": "text/csv; charset=utf-8; header=present",
      "content-disposition": `attachment; filename="${usageCsvFileName(report)}"`,
      "cache-control": "no-store",
    },
  });
});
