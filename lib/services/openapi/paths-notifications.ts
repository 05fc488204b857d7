// Notification settings: each person's email events, and the team's Slack-compatible webhook.
import "server-only";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { NotificationPreferences, TeamNotifications } from "@/lib/contracts/notification";
import { NOTIFICATION_EVENTS } from "@/lib/rules/notification-events";
import { ok, operationsOf } from "@/lib/services/openapi/common";
import { preferencesBody, teamNotificationsBody } from "@/lib/services/notifications/schemas";

const notifications = operationsOf("Notifications");
const Preferences = z.strictObject({ preferences: NotificationPreferences });
const Team = z.strictObject({ notifications: TeamNotifications });
const EVENTS = NOTIFICATION_EVENTS.join(", ");

export const notificationPaths: ZodOpenApiPathsObject = {
  "/api/v1/me/notifications": {
    get: notifications.read("The events that reach you by email", ok("Preferences.", Preferences), {
      description: `Every event (${EVENTS}) reaches you until you choose otherwise. \`emailAvailable\` is false when the instance has no SMTP server configured.`,
    }),
    put: notifications.write("Choose the events that reach you by email", ok("Preferences.", Preferences), {
      description: "Replaces the whole list; an empty list turns email off for you. An unknown event is a 422 on `emailEvents`.",
      body: preferencesBody,
    }),
  },
  "/api/v1/teams/current/notifications": {
    get: notifications.read("The team's Slack webhook and its events (owners and admins)", ok("Team notifications.", Team), {
      description: "The webhook URL is a secret: only its origin (`urlHint`) is ever answered.",
    }),
    put: notifications.write("Set, change or remove the team's Slack webhook (owners and admins)", ok("Team notifications.", Team), {
      description:
        "A Slack-compatible incoming webhook URL (public https), stored encrypted; `slackWebhookUrl: null` removes it. " +
        "`slackEvents` alone changes the events of the saved webhook. A bad URL or an unknown event is a 422 naming the field.",
      body: teamNotificationsBody,
    }),
  },
};
