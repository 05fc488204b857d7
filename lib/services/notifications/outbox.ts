// Adds messages to the notification outbox; the worker sends them (deliver.ts). Each row has a
// dedupe key, so an event reaches a recipient once however often it is emitted. Never throws:
// a notification problem must not fail the work that caused it.
import "server-only";
import { randomUUID } from "node:crypto";
import { encryptSecret } from "@/lib/adapters/crypto/secret-box";
import { db } from "@/lib/adapters/db/client";
import { smtpConfigured } from "@/lib/adapters/mail/smtp";
import { OUTBOX_DUE, parseNotificationEvents, type NotificationChannel, type NotificationEvent, type OutboxEvent } from "@/lib/rules/notification-events";
import { emailEventsOf } from "@/lib/services/notifications/settings";

export interface Message {
  subject: string;
  text: string;
}

export interface OutboxRow {
  teamId: string | null;
  channel: NotificationChannel;
  event: OutboxEvent;
  dedupeKey: string;
  recipient: string | null;
  message: Message;
}

const isUniqueViolation = (error: unknown) => (error as { code?: unknown })?.code === "P2002";

/** Inserts the rows whose dedupe key is new; returns how many were added. */
export async function addToOutbox(rows: OutboxRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const existing = await db().notificationOutbox.findMany({ where: { dedupeKey: { in: rows.map((r) => r.dedupeKey) } }, select: { dedupeKey: true } });
  const seen = new Set(existing.map((r) => r.dedupeKey));
  let added = 0;
  const now = new Date();
  for (const row of rows) {
    if (seen.has(row.dedupeKey)) continue;
    seen.add(row.dedupeKey);
    try {
      await db().notificationOutbox.create({
        data: {
          id: randomUUID(),
          teamId: row.teamId,
          channel: row.channel,
          event: row.event,
          dedupeKey: row.dedupeKey,
          recipient: row.recipient,
          messageBox: encryptSecret(JSON.stringify(row.message)),
          status: OUTBOX_DUE,
          nextAttemptAt: now,
        },
      });
      added++;
    } catch (error) {
      // Another process emitted the same event at the same moment: it is queued once, as wanted.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return added;
}

/** The outbox rows for `event`: an email to each opted-in user, and the team's Slack channel if it takes the event. */
export async function rowsFor(input: {
  teamId: string;
  event: NotificationEvent;
  /** Identifies this occurrence of the event (a generation id, a budget and month…). */
  key: string;
  userIds: string[];
  message: Message;
}): Promise<OutboxRow[]> {
  const rows: OutboxRow[] = [];
  if (smtpConfigured() && input.userIds.length > 0) {
    const [chosen, users] = await Promise.all([
      emailEventsOf(input.userIds),
      db().user.findMany({ where: { id: { in: input.userIds } }, select: { id: true, email: true } }),
    ]);
    for (const user of users) {
      if (!chosen.get(user.id)?.includes(input.event)) continue;
      rows.push({
        teamId: input.teamId,
        channel: "email",
        event: input.event,
        dedupeKey: `${input.event}:${input.key}:email:${user.id}`,
        recipient: user.email,
        message: input.message,
      });
    }
  }
  const slack = await db().teamNotificationChannel.findUnique({ where: { teamId: input.teamId }, select: { slackEvents: true } });
  if (slack && parseNotificationEvents(slack.slackEvents).includes(input.event)) {
    rows.push({
      teamId: input.teamId,
      channel: "slack",
      event: input.event,
      dedupeKey: `${input.event}:${input.key}:slack:${input.teamId}`,
      recipient: null,
      message: input.message,
    });
  }
  return rows;
}

/** Runs an emitter, logging (never throwing) its failure. */
export async function safely(label: string, emit: () => Promise<unknown>): Promise<void> {
  try {
    await emit();
  } catch (error) {
    console.error(`[reelroom] notification (${label}) could not be queued:`, (error as Error)?.message ?? "unknown error");
  }
}
