// The worker's webhook sender. It runs beside the generation pipeline, never inside its tick: each
// pass tops the attempts in flight up to MAX_IN_FLIGHT without waiting for any of them, at most
// MAX_IN_FLIGHT_PER_WEBHOOK per endpoint. A slow or dead endpoint so holds a couple of slots for
// one timeout each, and delays neither generations nor other endpoints' deliveries.
import { deliverOne, deliveryContext, findDueDeliveries, type DeliverOptions } from "@/lib/services/webhooks/deliver";

export const MAX_IN_FLIGHT = 16;
export const MAX_IN_FLIGHT_PER_WEBHOOK = 2;

export class DeliveryPool {
  private readonly inFlight = new Map<string, { webhookId: string; done: Promise<void> }>();

  constructor(private readonly options: Omit<DeliverOptions, "now" | "limit">) {}

  /** Starts due deliveries in the free slots and returns how many it started, without awaiting them. */
  async fill(): Promise<number> {
    const free = MAX_IN_FLIGHT - this.inFlight.size;
    if (free <= 0) return 0;
    const perWebhook = new Map<string, number>();
    for (const { webhookId } of this.inFlight.values()) perWebhook.set(webhookId, (perWebhook.get(webhookId) ?? 0) + 1);
    const busy = [...perWebhook].filter(([, count]) => count >= MAX_IN_FLIGHT_PER_WEBHOOK).map(([webhookId]) => webhookId);
    const ctx = deliveryContext(this.options);
    const due = await findDueDeliveries(ctx, Math.max(4 * free, 50), busy);
    let started = 0;
    for (const { id, webhookId } of due) {
      if (started === free) break;
      const count = perWebhook.get(webhookId) ?? 0;
      if (count >= MAX_IN_FLIGHT_PER_WEBHOOK || this.inFlight.has(id)) continue;
      perWebhook.set(webhookId, count + 1);
      const done = deliverOne(ctx, id)
        .then(
          () => undefined,
          (error: unknown) => console.error("[reelroom] webhook delivery bookkeeping failed:", (error as Error)?.message ?? "unknown error"),
        )
        .finally(() => this.inFlight.delete(id));
      this.inFlight.set(id, { webhookId, done });
      started++;
    }
    return started;
  }

  /** Waits for the attempts in flight (each ends within its timeout). */
  async drain(): Promise<void> {
    await Promise.all([...this.inFlight.values()].map((attempt) => attempt.done));
  }
}
