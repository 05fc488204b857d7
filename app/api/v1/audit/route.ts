import { authed } from "@/lib/platform/http/handler";
import { queryAudit } from "@/lib/services/audit/query";
import { auditQuery } from "@/lib/services/audit/schemas";

export const GET = authed({ action: "audit.view", query: auditQuery }, async ({ actor, query }) => queryAudit(actor, query));
