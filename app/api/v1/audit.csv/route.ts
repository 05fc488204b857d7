import { authed } from "@/lib/platform/http/handler";
import { exportAuditCsv } from "@/lib/services/audit/export";
import { auditCsvQuery } from "@/lib/services/audit/schemas";

export const GET = authed({ action: "audit.view", query: auditCsvQuery }, async ({ actor, query }) => {
  const csv = await exportAuditCsv(actor, query);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8; header=present",
      "content-disposition": `attachment; filename="audit-${day}.csv"`,
      "cache-control": "no-store",
    },
  });
});
