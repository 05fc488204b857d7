import { z } from "zod";
import { timestamp, type Json } from "@/lib/contracts/common";
import { DELIVERY_STATUSES, WEBHOOK_EVENTS } from "@/lib/rules/webhook-events";

export const Webhook = z
  .strictObject({
    id: z.string(),
    url: z.string(),
    events: z.array(z.enum(WEBHOOK_EVENTS)),
    includeCost: z.boolean(),
    active: z.boolean(),
    createdAt: timestamp,
    updatedAt: timestamp,
    lastDelivery: z
      .strictObject({ status: z.enum(DELIVERY_STATUSES), lastStatusCode: z.number().int().nullable(), createdAt: timestamp })
      .nullable()
      .meta({ description: "The newest delivery (null in the answers of create and update)." }),
  })
  .meta({ id: "Webhook" });

export const CreatedWebhook = z.strictObject({
  webhook: Webhook,
  secret: z.string().meta({ description: "The signing secret, shown only in this answer; store it now." }),
});
export const UpdatedWebhook = z.strictObject({ webhook: Webhook, secret: z.string().optional().meta({ description: "Only when rotated." }) });

export type WebhookJson = Json<typeof Webhook>;
