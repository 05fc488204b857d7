import { authed } from "@/lib/http/handler";
import { json } from "@/lib/http/json";
import { createWebhookBody } from "@/lib/webhooks/schemas";
import { createWebhook, listWebhooks } from "@/lib/webhooks/webhooks";

export const GET = authed({ action: "webhook.manage" }, async ({ actor }) => ({ webhooks: await listWebhooks(actor) }));

export const POST = authed({ action: "webhook.manage", body: createWebhookBody, write: true, outbound: true }, async ({ actor, body }) =>
  json(await createWebhook(actor, body), { status: 201 }),
);
