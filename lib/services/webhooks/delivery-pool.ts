// The worker's webhook sender. It runs beside the generation pipeline, never inside its tick: each
// pass tops the attempts in flight up to MAX_IN_FLIGHT without waiting for any of them, at most
// MAX_IN_FLIGHT_PER_WEBHOOK per endpoint. A slow or dead endpoint so holds a couple of slots for
// one timeout each, and delays neither generations nor other endpoints' deliveries.
import "server-only";
import { claimDeliveries, deliverOne, deliveryContext, type DeliverOptions } from "@/lib/services/webhooks/deliver";

export const MAX_IN_FLIGHT = 16;
export const MAX_IN_FLIGHT_PER_WEBHOOK = 2;

export class DeliveryPool {
  private readonly inFlight = new Map<string, { webhookId: string; done: Promise<void> }>();

  constructor(private readonly options: Omit<DeliverOptions, "now" | "limit">) {}

  /** Claims due deliveries for the free slots and starts them, returning how many, without awaiting them. */
  async fill(): Promise<number> {
    const free = MAX_IN_FLIGHT - this.inFlight.size;
    if (free <= 0) return 0;
    const inFlight = new Map<string, number>();
    for (const { webhookId } of this.inFlight.values()) inFlight.set(webhookId, (inFlight.get(webhookId) ?? 0) + 1);
    const ctx = deliveryContext(this.options);
    const claimed = await claimDeliveries(ctx, free, { max: MAX_IN_FLIGHT_PER_WEBHOOK, inFlight });
    for (const delivery of claimed) {
      const done = deliverOne(ctx, delivery)
        .then(
          () => undefined,
          (error: unknown) => console.error("[reelroom] webhook delivery bookkeeping failed:", (error as Error)?.message ?? "unknown error"),
        )
        .finally(() => this.inFlight.delete(delivery.id));
      this.inFlight.set(delivery.id, { webhookId: delivery.webhookId, done });
    }
    return claimed.length;
  }

  /** Waits for the attempts in flight (each ends within its timeout). */
  async drain(): Promise<void> {
    await Promise.all([...this.inFlight.values()].map((attempt) => attempt.done));
  }
}
