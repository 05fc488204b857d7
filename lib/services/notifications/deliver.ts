// Sends due outbox messages: claimed in one statement through the shared lease (lib/services/worker/lease.ts),
// sent once, the outcome written only by the lease owner. A failure retries with the webhooks' backoff
// (30 s, 1 min, 2 min … for 24 h); a slow or dead mail server or Slack only delays this loop.
import "server-only";
import { openSecret } from "@/lib/adapters/crypto/secret-box";
import { db as defaultDb, type Db } from "@/lib/adapters/db/client";
import { smtpMailer, MailError, type Mailer } from "@/lib/adapters/mail/smtp";
import { OutboundFetchError, TooManyRedirectsError } from "@/lib/adapters/net/errors";
import { safeFetch, type SafeFetch } from "@/lib/adapters/net/safe-fetch";
import { env } from "@/lib/platform/config/env";
import { OUTBOX_DUE } from "@/lib/rules/notification-events";
import { afterFailure } from "@/lib/services/webhooks/backoff";
import { claimDue } from "@/lib/services/worker/lease";
import type { Message } from "@/lib/services/notifications/outbox";

export const SLACK_TIMEOUT_MS = 10_000;
const MAX_ERROR_LENGTH = 300;

export interface NotifyOptions {
  workerId: string;
  limit?: number;
  now?: Date;
  db?: Db;
  /** Defaults to the SMTP configuration; null: email is off. */
  mailer?: Mailer | null;
  allowPrivate?: boolean;
  fetchImpl?: SafeFetch;
}

type Claimed = { id: string; teamId: string | null; channel: string; recipient: string | null; messageBox: string; attempts: number; createdAt: Date };

class SendError extends Error {}
/** A send that can never succeed (the channel was removed): given up at once rather than retried for 24 h. */
class ChannelGone extends SendError {}

async function postToSlack(database: Db, teamId: string | null, message: Message, options: NotifyOptions): Promise<void> {
  const channel = teamId ? await database.teamNotificationChannel.findUnique({ where: { teamId }, select: { slackUrlBox: true } }) : null;
  if (!channel) throw new ChannelGone("The team no longer has a Slack webhook.");
  let url: string;
  try {
    url = openSecret(channel.slackUrlBox);
  } catch {
    throw new SendError("The Slack webhook URL could not be decrypted: check SECRET_KEY (see keys:rotate).");
  }
  try {
    const res = await (options.fetchImpl ?? safeFetch)(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: `*${message.subject}*\n${message.text}` }),
      allowPrivate: options.allowPrivate ?? env().ALLOW_PRIVATE_URLS,
      timeoutMs: SLACK_TIMEOUT_MS,
      maxRedirects: 0,
    });
    await res.body?.cancel().catch(() => undefined);
    if (res.status < 200 || res.status >= 300) throw new SendError(`Slack answered HTTP ${res.status}.`);
  } catch (error) {
    if (error instanceof SendError) throw error;
    if (error instanceof TooManyRedirectsError) throw new SendError("The Slack webhook answered with a redirect, which is not followed.");
    if (error instanceof OutboundFetchError) throw new SendError(error.message);
    throw new SendError("Posting to Slack failed before an answer was received.");
  }
}

async function sendOne(database: Db, row: Claimed, options: NotifyOptions, mailer: Mailer | null): Promise<void> {
  const message = JSON.parse(openSecret(row.messageBox)) as Message;
  if (row.channel === "slack") return postToSlack(database, row.teamId, message, options);
  if (!mailer) throw new SendError("Email is not configured (SMTP_HOST).");
  if (!row.recipient) throw new SendError("The message has no recipient.");
  await mailer.send({ to: row.recipient, subject: message.subject, text: message.text });
}

const short = (text: string) => (text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text);

async function deliver(database: Db, row: Claimed, options: NotifyOptions, mailer: Mailer | null, now: Date): Promise<"sent" | "retrying" | "failed"> {
  let error: string | null = null;
  let gone = false;
  try {
    await sendOne(database, row, options, mailer);
  } catch (e) {
    error = e instanceof SendError || e instanceof MailError ? e.message : "The message could not be sent.";
    gone = e instanceof ChannelGone;
  }
  const attempts = row.attempts + 1;
  const mine = { id: row.id, status: OUTBOX_DUE, leaseOwner: options.workerId };
  const release = { leaseOwner: null, leaseUntil: null, attempts };
  if (error === null) {
    await database.notificationOutbox.updateMany({ where: mine, data: { ...release, status: "sent", sentAt: new Date(), lastError: null } });
    return "sent";
  }
  const next = gone ? ({ status: "failed" } as const) : afterFailure(row.createdAt, attempts, now);
  await database.notificationOutbox.updateMany({
    where: mine,
    data: { ...release, lastError: short(error), ...(next.status === "pending" ? { nextAttemptAt: next.nextAttemptAt } : { status: "failed" }) },
  });
  return next.status === "pending" ? "retrying" : "failed";
}

/** Claims and sends up to `limit` due messages, waiting for them; returns how many it attempted. Never throws. */
export async function deliverDueNotifications(options: NotifyOptions): Promise<number> {
  try {
    const database = options.db ?? defaultDb();
    const now = options.now ?? new Date();
    const ids = await claimDue("NotificationOutbox", {
      owner: options.workerId,
      statuses: [OUTBOX_DUE],
      limit: options.limit ?? 10,
      now,
      minLeaseMs: 4 * SLACK_TIMEOUT_MS,
      database,
    });
    if (ids.length === 0) return 0;
    const rows = await database.notificationOutbox.findMany({
      where: { id: { in: ids }, leaseOwner: options.workerId },
      select: { id: true, teamId: true, channel: true, recipient: true, messageBox: true, attempts: true, createdAt: true },
      orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    });
    const mailer = options.mailer === undefined ? smtpMailer() : options.mailer;
    const outcomes = await Promise.allSettled(rows.map((row) => deliver(database, row, options, mailer, now)));
    for (const o of outcomes)
      if (o.status === "rejected") console.error("[reelroom] notification bookkeeping failed:", (o.reason as Error)?.message ?? "unknown error");
    return rows.length;
  } catch (error) {
    console.error("[reelroom] notification pass failed:", (error as Error)?.message ?? "unknown error");
    return 0;
  }
}
