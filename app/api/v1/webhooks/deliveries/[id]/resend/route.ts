import { authed } from "@/lib/platform/http/handler";
import { json } from "@/lib/platform/http/json";
import { resendDelivery } from "@/lib/services/webhooks/deliveries";

export const POST = authed({ action: "webhook.manage", write: true, outbound: true }, async ({ actor, params }) =>
  json({ delivery: await resendDelivery(actor, params.id) }, { status: 201 }),
);
