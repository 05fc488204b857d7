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
