import { authed } from "@/lib/http/handler";
import { listDeliveries } from "@/lib/webhooks/deliveries";
import { deliveriesQuery } from "@/lib/webhooks/schemas";

export const GET = authed({ action: "webhook.manage", query: deliveriesQuery }, async ({ actor, params, query }) =>
  listDeliveries(actor, params.id, query),
);
