import "server-only";
import { z } from "zod";
import { pageLimit } from "@/lib/contracts/page-query";
import { WEBHOOK_EVENTS } from "@/lib/rules/webhook-events";

const url = z.string({ message: "url is required." }).trim().min(1, "url is required.").max(2000, "url must be at most 2000 characters.");
const events = z
  .array(z.enum(WEBHOOK_EVENTS, { message: `events may contain only ${WEBHOOK_EVENTS.join(", ")}.` }), {
    message: `events must be a list of: ${WEBHOOK_EVENTS.join(", ")}.`,
  })
  .min(1, "events must name at least one event.")
  .transform((list) => [...new Set(list)]);

export const createWebhookBody = z
  .object({
    url,
    events: events.default([...WEBHOOK_EVENTS]),
    includeCost: z.boolean({ message: "includeCost must be true or false." }).default(true),
  })
  .strict();

export const updateWebhookBody = z
  .object({
    url: url.optional(),
    events: events.optional(),
    includeCost: z.boolean({ message: "includeCost must be true or false." }).optional(),
    active: z.boolean({ message: "active must be true or false." }).optional(),
    rotateSecret: z.literal(true, { message: "rotateSecret can only be true." }).optional(),
  })
  .strict()
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: "Send at least one of url, events, includeCost, active, rotateSecret." });

export const deliveriesQuery = z
  .object({
    status: z.enum(["pending", "delivered", "failed"], { message: "status must be pending, delivered or failed." }).optional(),
    cursor: z.string().max(100).optional(),
    limit: pageLimit(100),
  })
  .strict();

export type CreateWebhookInput = z.infer<typeof createWebhookBody>;
export type UpdateWebhookInput = z.infer<typeof updateWebhookBody>;
export type DeliveriesQuery = z.infer<typeof deliveriesQuery>;
