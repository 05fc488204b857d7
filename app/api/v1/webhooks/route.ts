import { authed } from "@/lib/platform/http/handler";
import { json } from "@/lib/platform/http/json";
import { createWebhookBody } from "@/lib/services/webhooks/schemas";
import { createWebhook, listWebhooks } from "@/lib/services/webhooks/webhooks";

export const GET = authed({ action: "webhook.manage" }, async ({ actor }) => ({ webhooks: await listWebhooks(actor) }));

export const POST = authed({ action: "webhook.manage", body: createWebhookBody, write: true, outbound: true }, async ({ actor, body }) =>
  json(await createWebhook(actor, body), { status: 201 }),
);
