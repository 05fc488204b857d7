import { authed } from "@/lib/http/handler";
import { queryAudit } from "@/lib/audit/query";
import { auditQuery } from "@/lib/audit/schemas";

export const GET = authed({ action: "audit.view", query: auditQuery }, async ({ actor, query }) => queryAudit(actor, query));
