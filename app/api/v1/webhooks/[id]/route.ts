import { authed } from "@/lib/platform/http/handler";
import { updateWebhookBody } from "@/lib/services/webhooks/schemas";
import { deleteWebhook, updateWebhook } from "@/lib/services/webhooks/webhooks";

export const PATCH = authed({ action: "webhook.manage", body: updateWebhookBody, write: true, outbound: true }, async ({ actor, params, body }) =>
  updateWebhook(actor, params.id, body),
);

export const DELETE = authed({ action: "webhook.manage", write: true }, async ({ actor, params }) => {
  await deleteWebhook(actor, params.id);
  return { ok: true };
});
