import { authed } from "@/lib/http/handler";
import { json } from "@/lib/http/json";
import { resendDelivery } from "@/lib/webhooks/deliveries";

export const POST = authed({ action: "webhook.manage", write: true, outbound: true }, async ({ actor, params }) =>
  json({ delivery: await resendDelivery(actor, params.id) }, { status: 201 }),
);
