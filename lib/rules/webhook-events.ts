// Webhook vocabulary shared by the API, the pipeline hook and the delivery worker.
export const WEBHOOK_EVENTS = ["generation.succeeded", "generation.failed", "generation.expired"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const DELIVERY_STATUSES = ["pending", "delivered", "failed"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
/** The status of a delivery still to be sent: the one the worker claims. */
export const DELIVERY_DUE = "pending" satisfies DeliveryStatus;

export function isWebhookEvent(value: unknown): value is WebhookEvent {
  return typeof value === "string" && (WEBHOOK_EVENTS as readonly string[]).includes(value);
}

/** The events column is a comma-separated list. */
export function parseEvents(column: string): WebhookEvent[] {
  return column
    .split(",")
    .map((e) => e.trim())
    .filter(isWebhookEvent);
}

export function formatEvents(events: readonly WebhookEvent[]): string {
  return WEBHOOK_EVENTS.filter((e) => events.includes(e)).join(",");
}

/** Cost fields of the public generation resource, left out when a webhook has includeCost=false. */
export const COST_FIELDS = ["estimate", "actual", "costMismatch"] as const;
