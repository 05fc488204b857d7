import { authed } from "@/lib/http/handler";
import { updateWebhookBody } from "@/lib/webhooks/schemas";
import { deleteWebhook, updateWebhook } from "@/lib/webhooks/webhooks";

export const PATCH = authed({ action: "webhook.manage", body: updateWebhookBody, write: true, outbound: true }, async ({ actor, params, body }) =>
  updateWebhook(actor, params.id, body),
);

export const DELETE = authed({ action: "webhook.manage", write: true }, async ({ actor, params }) => {
  await deleteWebhook(actor, params.id);
  return { ok: true };
});
