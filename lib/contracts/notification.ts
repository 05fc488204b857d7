import { z } from "zod";
import { NOTIFICATION_EVENTS } from "@/lib/rules/notification-events";

const events = z.array(z.enum(NOTIFICATION_EVENTS));

export const NotificationPreferences = z
  .strictObject({
    emailAvailable: z.boolean().meta({ description: "Whether this instance sends email (SMTP is configured)." }),
    email: z.string().meta({ description: "Where emails go: the account's address." }),
    emailEvents: events.meta({ description: "The events that reach this user by email." }),
  })
  .meta({ id: "NotificationPreferences" });

export const TeamNotifications = z
  .strictObject({
    slack: z.strictObject({
      configured: z.boolean(),
      urlHint: z.string().nullable().meta({ description: "The webhook URL's origin; the full URL is a secret and never shown again." }),
      events: events.meta({ description: "The events posted to the team's Slack channel." }),
    }),
  })
  .meta({ id: "TeamNotifications" });
