// Notification vocabulary shared by the preferences API, the settings page and the outbox worker.
import { storedEventList } from "@/lib/rules/stored-event-list";

export const NOTIFICATION_EVENTS = [
  "generation.succeeded",
  "generation.failed",
  "approval.requested",
  "approval.decided",
  "budget.warning",
  "budget.exceeded",
  "key.failed",
] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

/** Invitations are not a preference: the invited person is not a user yet. */
export type OutboxEvent = NotificationEvent | "invitation";

export const NOTIFICATION_CHANNELS = ["email", "slack"] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

export const OUTBOX_STATUSES = ["pending", "sent", "failed"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];
/** The status of a message still to be sent: the one the worker claims. */
export const OUTBOX_DUE = "pending" satisfies OutboxStatus;

export const EVENT_LABELS: Record<NotificationEvent, { label: string; description: string }> = {
  "generation.succeeded": { label: "My generation finished", description: "A video you submitted is ready." },
  "generation.failed": { label: "My generation failed", description: "A video you submitted failed or expired at the provider." },
  "approval.requested": { label: "Approval requested", description: "A generation waits for an admin's approval (admins)." },
  "approval.decided": { label: "Approval decided", description: "Your generation was approved or rejected." },
  "budget.warning": { label: "Budget at 80 %", description: "A budget reached 80 % this month (admins)." },
  "budget.exceeded": { label: "Budget at 100 %", description: "A budget is used up this month (admins)." },
  "key.failed": { label: "Provider key stopped working", description: "DashScope refused one of the team's keys (admins)." },
};

/** The same events as a team channel hears them: about anyone's generations, not "mine". */
export const TEAM_EVENT_LABELS: Record<NotificationEvent, { label: string; description: string }> = {
  ...EVENT_LABELS,
  "generation.succeeded": { label: "A generation finished", description: "A video of anyone in the team is ready." },
  "generation.failed": { label: "A generation failed", description: "A video of anyone in the team failed or expired at the provider." },
  "approval.requested": { label: "Approval requested", description: "A generation waits for an admin's approval." },
  "approval.decided": { label: "Approval decided", description: "A request was approved or rejected." },
  "budget.warning": { label: "Budget at 80 %", description: "A budget reached 80 % this month." },
  "budget.exceeded": { label: "Budget at 100 %", description: "A budget is used up this month." },
  "key.failed": { label: "Provider key stopped working", description: "DashScope refused one of the team's keys." },
};

const stored = storedEventList(NOTIFICATION_EVENTS);
/** Event lists are stored comma-separated. */
export const parseNotificationEvents = stored.parse;
export const formatNotificationEvents = stored.format;
