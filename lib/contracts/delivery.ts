import { z } from "zod";
import { pageOf, timestamp, type Json } from "@/lib/contracts/common";
import { DELIVERY_STATUSES, WEBHOOK_EVENTS } from "@/lib/rules/webhook-events";

export const WebhookDelivery = z
  .strictObject({
    id: z.string(),
    webhookId: z.string(),
    event: z.enum(WEBHOOK_EVENTS),
    generationId: z.string().nullable(),
    status: z.enum(DELIVERY_STATUSES),
    attempts: z.number().int(),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
    nextAttemptAt: timestamp.nullable().meta({ description: "Only while pending." }),
    deliveredAt: timestamp.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: "WebhookDelivery" });

export const DeliveryPage = pageOf(WebhookDelivery);

export type WebhookDeliveryJson = Json<typeof WebhookDelivery>;
export type DeliveryPageJson = Json<typeof DeliveryPage>;
