import { authed } from "@/lib/platform/http/handler";
import { listReconciliations, reconcileNow } from "@/lib/services/reconciliation/service";

export const GET = authed({ action: "key.manage" }, async ({ actor }) => listReconciliations(actor));

export const POST = authed({ action: "key.manage", write: true, outbound: true }, async ({ actor }) => reconcileNow(actor));
