// Called by the generation pipeline inside its own transaction when a generation finishes: one
// pending delivery per active webhook of the team subscribed to the event. Repeating the call for
// the same generation and event adds nothing (unique on webhookId + generationId + event).
import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/adapters/db/client";
import { COST_FIELDS, isWebhookEvent, parseEvents, type WebhookEvent } from "@/lib/rules/webhook-events";

export type WebhookTx = Pick<Db, "webhook" | "webhookDelivery">;

export interface FinishedGeneration {
  id: string;
  teamId: string;
  status?: string;
  [key: string]: unknown;
}

export interface WebhookPayload {
  id: string;
  type: WebhookEvent;
  createdAt: string;
  data: { generation: Record<string, unknown> };
}

/** The JSON body of one delivery; cost fields are dropped when the webhook does not include costs. */
export function buildPayload(input: {
  deliveryId: string;
  event: WebhookEvent;
  createdAt: Date;
  resource: Record<string, unknown>;
  includeCost: boolean;
}): string {
  const generation = { ...input.resource };
  if (!input.includeCost) for (const field of COST_FIELDS) delete generation[field];
  const payload: WebhookPayload = { id: input.deliveryId, type: input.event, createdAt: input.createdAt.toISOString(), data: { generation } };
  return JSON.stringify(payload, (_key, value) => (typeof value === "bigint" ? value.toString() : value));
}

/**
 * @param resource the public generation resource (as GET /api/v1/generations/{id} returns it)
 * @returns how many deliveries were added
 */
export async function enqueueGenerationEvent(
  tx: WebhookTx,
  generation: FinishedGeneration,
  event: WebhookEvent,
  resource: Record<string, unknown>,
): Promise<number> {
  if (!isWebhookEvent(event)) throw new Error(`Unknown webhook event "${String(event)}".`);
  const hooks = await tx.webhook.findMany({
    where: { teamId: generation.teamId, active: true },
    select: { id: true, events: true, includeCost: true },
  });
  const subscribed = hooks.filter((h) => parseEvents(h.events).includes(event));
  if (subscribed.length === 0) return 0;

  // Check first rather than catching the unique violation: on PostgreSQL a failed insert would
  // abort the caller's whole transaction.
  const existing = await tx.webhookDelivery.findMany({
    where: { generationId: generation.id, event, webhookId: { in: subscribed.map((h) => h.id) } },
    select: { webhookId: true },
  });
  const done = new Set(existing.map((d) => d.webhookId));
  let added = 0;
  const now = new Date();
  for (const hook of subscribed) {
    if (done.has(hook.id)) continue;
    const id = randomUUID();
    await tx.webhookDelivery.create({
      data: {
        id,
        webhookId: hook.id,
        generationId: generation.id,
        event,
        payload: buildPayload({ deliveryId: id, event, createdAt: now, resource, includeCost: hook.includeCost }),
        status: "pending",
        nextAttemptAt: now,
        createdAt: now,
      },
    });
    added++;
  }
  return added;
}
