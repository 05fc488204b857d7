// The delivery log of a webhook, and manual resends.
import "server-only";
import { randomUUID } from "node:crypto";
import { assertCan, type Actor } from "@/lib/platform/auth/actor";
import { recordAudit } from "@/lib/services/audit/record";
import { db } from "@/lib/adapters/db/client";
import { AppError, notFound } from "@/lib/contracts/errors";
import type { DeliveriesQuery } from "@/lib/services/webhooks/schemas";
import { findTeamWebhook } from "@/lib/services/webhooks/webhooks";
import type { Data } from "@/lib/contracts/common";
import type { WebhookDelivery } from "@/lib/contracts/delivery";
import type { DeliveryStatus, WebhookEvent } from "@/lib/rules/webhook-events";

export type PublicDelivery = Data<typeof WebhookDelivery>;

const SELECT = {
  id: true,
  webhookId: true,
  event: true,
  generationId: true,
  status: true,
  attempts: true,
  lastStatusCode: true,
  lastError: true,
  nextAttemptAt: true,
  deliveredAt: true,
  createdAt: true,
  updatedAt: true,
} as const;

type Row = Omit<PublicDelivery, "nextAttemptAt" | "event" | "status"> & { nextAttemptAt: Date; event: string; status: string };

function toPublic(row: Row): PublicDelivery {
  return { ...row, event: row.event as WebhookEvent, status: row.status as DeliveryStatus, nextAttemptAt: row.status === "pending" ? row.nextAttemptAt : null };
}

export async function listDeliveries(actor: Actor, webhookId: string, query: DeliveriesQuery): Promise<{ items: PublicDelivery[]; nextCursor: string | null }> {
  assertCan(actor, "webhook.manage");
  const webhook = await findTeamWebhook(actor, webhookId);
  if (query.cursor) {
    const anchor = await db().webhookDelivery.findFirst({ where: { id: query.cursor, webhookId: webhook.id }, select: { id: true } });
    if (!anchor)
      throw new AppError("validation_failed", "The cursor is not valid for this webhook; start again without it.", {
        issues: [{ path: "cursor", message: "Unknown cursor." }],
      });
  }
  const rows = await db().webhookDelivery.findMany({
    where: { webhookId: webhook.id, ...(query.status && { status: query.status }) },
    select: SELECT,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    ...(query.cursor && { cursor: { id: query.cursor }, skip: 1 }),
  });
  const items = rows.slice(0, query.limit).map(toPublic);
  return { items, nextCursor: rows.length > query.limit ? items[items.length - 1].id : null };
}

/**
 * Sends a delivery again as a new delivery with the same payload (so the event's `id` stays the
 * same and receivers can deduplicate); its own 24 h retry window starts now.
 */
export async function resendDelivery(actor: Actor, deliveryId: string): Promise<PublicDelivery> {
  assertCan(actor, "webhook.manage");
  const original = await db().webhookDelivery.findFirst({
    where: { id: deliveryId, webhook: { teamId: actor.teamId } },
    select: { id: true, webhookId: true, event: true, payload: true, webhook: { select: { active: true } } },
  });
  if (!original) throw notFound("Delivery");
  if (!original.webhook.active) throw new AppError("conflict", "This webhook is paused; activate it before resending deliveries.");
  const row = await db().webhookDelivery.create({
    data: { id: randomUUID(), webhookId: original.webhookId, event: original.event, payload: original.payload, status: "pending", nextAttemptAt: new Date() },
    select: SELECT,
  });
  await recordAudit({
    teamId: actor.teamId,
    actorId: actor.user.id,
    action: "webhook.delivery_resent",
    targetType: "webhook_delivery",
    targetId: row.id,
    data: { webhookId: original.webhookId, originalDeliveryId: original.id, event: original.event },
  });
  return toPublic(row);
}
