import { authed } from "@/lib/platform/http/handler";
import { usageQuery } from "@/lib/services/reports/schemas";
import { usageReport } from "@/lib/services/reports/usage";

export const GET = authed({ action: "usage.viewOwn", query: usageQuery }, async ({ actor, query }) => usageReport(actor, query));
