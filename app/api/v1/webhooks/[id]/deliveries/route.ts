import { authed } from "@/lib/platform/http/handler";
import { listDeliveries } from "@/lib/services/webhooks/deliveries";
import { deliveriesQuery } from "@/lib/services/webhooks/schemas";

export const GET = authed({ action: "webhook.manage", query: deliveriesQuery }, async ({ actor, params, query }) => listDeliveries(actor, params.id, query));
