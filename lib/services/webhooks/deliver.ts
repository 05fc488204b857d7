// Sends due webhook deliveries. Safe with many worker processes: each delivery is claimed with a
// lease through a guarded update, so no two workers send the same one at the same time.
import { openSecret } from "@/lib/adapters/crypto/secret-box";
import { db as defaultDb, type Db } from "@/lib/adapters/db/client";
import { env } from "@/lib/platform/env";
import { OutboundFetchError, TooManyRedirectsError } from "@/lib/adapters/net/errors";
import { safeFetch, type SafeFetch } from "@/lib/adapters/net/safe-fetch";
import { afterFailure } from "@/lib/services/webhooks/backoff";
import { deliveryHeaders } from "@/lib/services/webhooks/signature";

export const DELIVERY_TIMEOUT_MS = 10_000;
/** Longer than one attempt can take, so a live worker never loses its lease mid-request. */
export const LEASE_MS = 60_000;
const MAX_ERROR_LENGTH = 300;

export interface DeliverOptions {
  workerId: string;
  limit?: number;
  now?: Date;
  /** Defaults to the app database; tests pass their own client. */
  db?: Db;
  /** Defaults to ALLOW_PRIVATE_URLS. */
  allowPrivate?: boolean;
  fetchImpl?: SafeFetch;
  timeoutMs?: number;
}

type Outcome = "delivered" | "retrying" | "failed" | "skipped";

type Attempt = { ok: true; statusCode: number } | { ok: false; statusCode: number | null; error: string };

export interface Context {
  database: Db;
  workerId: string;
  now: Date;
  allowPrivate: boolean;
  fetchImpl: SafeFetch;
  timeoutMs: number;
}

const short = (text: string) => (text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text);

async function send(
  ctx: Context,
  delivery: { id: string; event: string; payload: string; webhook: { url: string; secretCiphertext: string } },
): Promise<Attempt> {
  let secret: string;
  try {
    secret = openSecret(delivery.webhook.secretCiphertext);
  } catch {
    return { ok: false, statusCode: null, error: "The signing secret could not be decrypted: check SECRET_KEY (see keys:rotate)." };
  }
  const headers = deliveryHeaders({ secret, event: delivery.event, deliveryId: delivery.id, body: delivery.payload, timestamp: Math.floor(Date.now() / 1000) });
  try {
    const res = await ctx.fetchImpl(delivery.webhook.url, {
      method: "POST",
      headers: { ...headers },
      body: delivery.payload,
      allowPrivate: ctx.allowPrivate,
      timeoutMs: ctx.timeoutMs,
      maxRedirects: 0,
    });
    await res.body?.cancel().catch(() => undefined);
    if (res.status >= 200 && res.status < 300) return { ok: true, statusCode: res.status };
    return { ok: false, statusCode: res.status, error: short(`The endpoint answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}.`) };
  } catch (error) {
    if (error instanceof TooManyRedirectsError) {
      const status = error.status ?? null;
      return {
        ok: false,
        statusCode: status,
        error: `The endpoint answered with a redirect${status ? ` (HTTP ${status})` : ""}; deliveries do not follow redirects, so register the final URL.`,
      };
    }
    if (error instanceof OutboundFetchError) return { ok: false, statusCode: null, error: short(error.message) };
    return { ok: false, statusCode: null, error: "The delivery failed before an answer was received." };
  }
}

/** Claims one delivery (if nobody else holds it), sends it once and records the outcome. */
export async function deliverOne(ctx: Context, id: string): Promise<Outcome> {
  const { database, workerId, now } = ctx;
  const claim = await database.webhookDelivery.updateMany({
    where: { id, status: "pending", OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
    data: { leaseOwner: workerId, leaseUntil: new Date(now.getTime() + LEASE_MS) },
  });
  if (claim.count === 0) return "skipped";
  const delivery = await database.webhookDelivery.findUnique({
    where: { id },
    select: { id: true, event: true, payload: true, attempts: true, createdAt: true, webhook: { select: { url: true, secretCiphertext: true } } },
  });
  if (!delivery) return "skipped";

  const attempt = await send(ctx, delivery);
  const attempts = delivery.attempts + 1;
  const mine = { id, leaseOwner: workerId, status: "pending" };
  const release = { leaseOwner: null, leaseUntil: null, attempts, lastStatusCode: attempt.statusCode };
  if (attempt.ok) {
    await database.webhookDelivery.updateMany({ where: mine, data: { ...release, status: "delivered", deliveredAt: new Date(), lastError: null } });
    return "delivered";
  }
  const next = afterFailure(delivery.createdAt, attempts, now);
  await database.webhookDelivery.updateMany({
    where: mine,
    data: { ...release, lastError: attempt.error, ...(next.status === "pending" ? { nextAttemptAt: next.nextAttemptAt } : { status: "failed" }) },
  });
  return next.status === "pending" ? "retrying" : "failed";
}

export function deliveryContext(options: DeliverOptions): Context {
  return {
    database: options.db ?? defaultDb(),
    workerId: options.workerId,
    now: options.now ?? new Date(),
    allowPrivate: options.allowPrivate ?? env().ALLOW_PRIVATE_URLS,
    fetchImpl: options.fetchImpl ?? safeFetch,
    timeoutMs: options.timeoutMs ?? DELIVERY_TIMEOUT_MS,
  };
}

/** Due, unclaimed deliveries of active webhooks, oldest first, leaving out the webhooks in `skipWebhookIds`. */
export async function findDueDeliveries(ctx: Context, limit: number, skipWebhookIds: string[] = []): Promise<{ id: string; webhookId: string }[]> {
  return ctx.database.webhookDelivery.findMany({
    where: {
      status: "pending",
      nextAttemptAt: { lte: ctx.now },
      OR: [{ leaseUntil: null }, { leaseUntil: { lt: ctx.now } }],
      webhook: { active: true },
      ...(skipWebhookIds.length > 0 && { webhookId: { notIn: skipWebhookIds } }),
    },
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, webhookId: true },
  });
}

/**
 * Claims and sends up to `limit` due deliveries and waits for them; returns how many it attempted.
 * Never throws: problems are logged (without payloads or secrets) and the pass goes on.
 */
export async function deliverDueWebhooks(options: DeliverOptions): Promise<number> {
  let attempted = 0;
  try {
    const ctx = deliveryContext(options);
    const due = await findDueDeliveries(ctx, options.limit ?? 20);
    const outcomes = await Promise.allSettled(due.map((d) => deliverOne(ctx, d.id)));
    for (const outcome of outcomes) {
      if (outcome.status === "rejected") {
        console.error("[reelroom] webhook delivery bookkeeping failed:", (outcome.reason as Error)?.message ?? "unknown error");
      } else if (outcome.value !== "skipped") {
        attempted++;
      }
    }
  } catch (error) {
    console.error("[reelroom] webhook delivery pass failed:", (error as Error)?.message ?? "unknown error");
  }
  return attempted;
}
