// Who wants which notifications: each user's email events, and the team's Slack channel (admins).
import "server-only";
import { assertCan, type Actor } from "@/lib/platform/auth/actor";
import { encryptSecret } from "@/lib/adapters/crypto/secret-box";
import { db } from "@/lib/adapters/db/client";
import { smtpConfigured } from "@/lib/adapters/mail/smtp";
import { assertPublicEndpoint, endpointProblem } from "@/lib/adapters/net/endpoint";
import { env } from "@/lib/platform/config/env";
import { validationFailed } from "@/lib/contracts/errors";
import { recordAudit } from "@/lib/services/audit/record";
import { webhookUrlProblem } from "@/lib/services/webhooks/url";
import { formatNotificationEvents, NOTIFICATION_EVENTS, parseNotificationEvents, type NotificationEvent } from "@/lib/rules/notification-events";
import type { PreferencesInput, TeamNotificationsInput } from "@/lib/services/notifications/schemas";
import type { Data } from "@/lib/contracts/common";
import type { NotificationPreferences, TeamNotifications } from "@/lib/contracts/notification";

/** Every event reaches a user by email until they choose otherwise. */
export const DEFAULT_EMAIL_EVENTS: readonly NotificationEvent[] = NOTIFICATION_EVENTS;

export async function emailEventsOf(userIds: string[]): Promise<Map<string, NotificationEvent[]>> {
  const rows = await db().notificationPreference.findMany({ where: { userId: { in: userIds } } });
  const chosen = new Map(rows.map((r) => [r.userId, parseNotificationEvents(r.emailEvents)]));
  return new Map(userIds.map((id) => [id, chosen.get(id) ?? [...DEFAULT_EMAIL_EVENTS]]));
}

export async function getPreferences(actor: Actor): Promise<Data<typeof NotificationPreferences>> {
  const events = await emailEventsOf([actor.user.id]);
  return { emailAvailable: smtpConfigured(), email: actor.user.email, emailEvents: events.get(actor.user.id) ?? [] };
}

export async function savePreferences(actor: Actor, input: PreferencesInput): Promise<Data<typeof NotificationPreferences>> {
  const emailEvents = formatNotificationEvents(input.emailEvents);
  await db().notificationPreference.upsert({ where: { userId: actor.user.id }, create: { userId: actor.user.id, emailEvents }, update: { emailEvents } });
  return getPreferences(actor);
}

export async function getTeamNotifications(actor: Actor): Promise<Data<typeof TeamNotifications>> {
  assertCan(actor, "webhook.manage");
  const row = await db().teamNotificationChannel.findUnique({ where: { teamId: actor.teamId } });
  return {
    slack: { configured: Boolean(row), urlHint: row?.slackUrlHint ?? null, events: row ? parseNotificationEvents(row.slackEvents) : [...NOTIFICATION_EVENTS] },
  };
}

/** The same rules as team webhooks (public HTTPS, resolved now), under this field's name. */
async function assertSlackUrl(url: string): Promise<void> {
  const allowPrivate = env().ALLOW_PRIVATE_URLS;
  const problem = webhookUrlProblem(url, allowPrivate);
  if (problem)
    throw validationFailed([{ path: "slackWebhookUrl", message: problem.replace(/^url /, "slackWebhookUrl ").replace("The webhook URL", "slackWebhookUrl") }]);
  try {
    await assertPublicEndpoint(url, allowPrivate);
  } catch (error) {
    const message = endpointProblem("slackWebhookUrl", error);
    if (message) throw validationFailed([{ path: "slackWebhookUrl", message }]);
    throw error;
  }
}

export async function saveTeamNotifications(actor: Actor, input: TeamNotificationsInput): Promise<Data<typeof TeamNotifications>> {
  assertCan(actor, "webhook.manage");
  const current = await db().teamNotificationChannel.findUnique({ where: { teamId: actor.teamId } });
  if (input.slackWebhookUrl === null) {
    await db().teamNotificationChannel.deleteMany({ where: { teamId: actor.teamId } });
    if (current)
      await recordAudit({ teamId: actor.teamId, actorId: actor.user.id, action: "notifications.slack_removed", targetType: "team", targetId: actor.teamId });
    return getTeamNotifications(actor);
  }
  if (input.slackWebhookUrl === undefined && !current) {
    throw validationFailed([{ path: "slackWebhookUrl", message: "slackWebhookUrl is required: the team has no Slack webhook yet." }]);
  }
  if (input.slackWebhookUrl !== undefined) await assertSlackUrl(input.slackWebhookUrl);
  const slackEvents = formatNotificationEvents(input.slackEvents ?? (current ? parseNotificationEvents(current.slackEvents) : NOTIFICATION_EVENTS));
  const url = input.slackWebhookUrl;
  const urlFields = url !== undefined ? { slackUrlBox: encryptSecret(url), slackUrlHint: new URL(url).origin } : null;
  await db().teamNotificationChannel.upsert({
    where: { teamId: actor.teamId },
    create: {
      teamId: actor.teamId,
      slackEvents,
      createdById: actor.user.id,
      slackUrlBox: urlFields?.slackUrlBox ?? "",
      slackUrlHint: urlFields?.slackUrlHint ?? "",
    },
    update: { slackEvents, ...urlFields },
  });
  await recordAudit({
    teamId: actor.teamId,
    actorId: actor.user.id,
    action: "notifications.slack_saved",
    targetType: "team",
    targetId: actor.teamId,
    data: { urlHint: urlFields?.slackUrlHint ?? current?.slackUrlHint ?? null, urlChanged: Boolean(urlFields), events: parseNotificationEvents(slackEvents) },
  });
  return getTeamNotifications(actor);
}
