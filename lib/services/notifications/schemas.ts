import "server-only";
import { z } from "zod";
import { NOTIFICATION_EVENTS } from "@/lib/rules/notification-events";

const events = (field: string) =>
  z
    .array(z.enum(NOTIFICATION_EVENTS, { message: `${field} may contain only ${NOTIFICATION_EVENTS.join(", ")}.` }), {
      message: `${field} must be a list of: ${NOTIFICATION_EVENTS.join(", ")}.`,
    })
    .max(NOTIFICATION_EVENTS.length * 2, `${field} lists too many events.`)
    .transform((list) => [...new Set(list)]);

export const preferencesBody = z.object({ emailEvents: events("emailEvents") }).strict();

export const teamNotificationsBody = z
  .object({
    slackWebhookUrl: z
      .string({ message: "slackWebhookUrl must be a URL, or null to remove it." })
      .trim()
      .min(1, "slackWebhookUrl must not be empty; send null to remove it.")
      .max(2000, "slackWebhookUrl must be at most 2000 characters.")
      .nullable()
      .optional(),
    slackEvents: events("slackEvents").optional(),
  })
  .strict()
  .refine((v) => v.slackWebhookUrl !== undefined || v.slackEvents !== undefined, { message: "Send slackWebhookUrl, slackEvents or both." });

export type PreferencesInput = z.infer<typeof preferencesBody>;
export type TeamNotificationsInput = z.infer<typeof teamNotificationsBody>;
