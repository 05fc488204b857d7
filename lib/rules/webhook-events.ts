// Webhook vocabulary shared by the API, the pipeline hook and the delivery worker.
import { storedEventList } from "@/lib/rules/stored-event-list";

export const WEBHOOK_EVENTS = [
  "generation.succeeded",
  "generation.failed",
  "generation.expired",
  "generation.canceled",
  "generation.awaiting_approval",
  "generation.approved",
  "generation.rejected",
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** For the settings form: what each event means. */
export const WEBHOOK_EVENT_LABELS: Record<WebhookEvent, { label: string; hint: string }> = {
  "generation.succeeded": { label: "Succeeded", hint: "the video is archived and ready" },
  "generation.failed": { label: "Failed", hint: "the provider or the pipeline gave up" },
  "generation.expired": { label: "Expired", hint: "the result expired before it could be archived" },
  "generation.canceled": { label: "Canceled", hint: "someone canceled it; it costs nothing" },
  "generation.awaiting_approval": { label: "Awaiting approval", hint: "the team's policy holds it for an admin" },
  "generation.approved": { label: "Approved", hint: "an admin approved it; it joins the queue" },
  "generation.rejected": { label: "Rejected", hint: "an admin rejected it; it was never sent" },
};

export const DELIVERY_STATUSES = ["pending", "delivered", "failed"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
/** The status of a delivery still to be sent: the one the worker claims. */
export const DELIVERY_DUE = "pending" satisfies DeliveryStatus;

const stored = storedEventList(WEBHOOK_EVENTS);
export const isWebhookEvent = stored.is;
/** The events column is a comma-separated list. */
export const parseEvents = stored.parse;
export const formatEvents = stored.format;

/** Cost fields of the public generation resource, left out when a webhook has includeCost=false. */
export const COST_FIELDS = ["estimate", "actual", "costMismatch"] as const;
