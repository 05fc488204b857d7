// Sends due webhook deliveries. Safe with many worker processes: a batch of deliveries is claimed
// with leases in one statement (lib/services/worker/lease.ts), so no two workers send the same one
// at the same time, and its outcome is written only by the lease owner.
import "server-only";
import { openSecret } from "@/lib/adapters/crypto/secret-box";
import { db as defaultDb, type Db } from "@/lib/adapters/db/client";
import { Prisma } from "@/lib/adapters/db/generated/sqlite/client";
import { env } from "@/lib/platform/config/env";
import { OutboundFetchError, TooManyRedirectsError } from "@/lib/adapters/net/errors";
import { safeFetch, type SafeFetch } from "@/lib/adapters/net/safe-fetch";
import { afterFailure } from "@/lib/services/webhooks/backoff";
import { DELIVERY_DUE } from "@/lib/rules/webhook-events";
import { claimDue } from "@/lib/services/worker/lease";
import { deliveryHeaders } from "@/lib/services/webhooks/signature";

export const DELIVERY_TIMEOUT_MS = 10_000;
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

type Outcome = "delivered" | "retrying" | "failed";

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

/** A claimed delivery with what sending it takes. */
interface ClaimedDelivery {
  id: string;
  webhookId: string;
  event: string;
  payload: string;
  attempts: number;
  createdAt: Date;
  webhook: { url: string; secretCiphertext: string };
}

/** Sends a delivery this worker has claimed, once, and records the outcome. */
export async function deliverOne(ctx: Context, delivery: ClaimedDelivery): Promise<Outcome> {
  const { database, workerId, now } = ctx;
  const attempt = await send(ctx, delivery);
  const attempts = delivery.attempts + 1;
  const mine = { id: delivery.id, leaseOwner: workerId, status: DELIVERY_DUE };
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

const OF_ACTIVE_WEBHOOKS = Prisma.sql`"webhookId" IN (SELECT "id" FROM "Webhook" WHERE "active" = ${true})`;

/**
 * Claims up to `limit` due deliveries of active webhooks (one statement) and reads them with their
 * webhooks (one more), oldest first. With `perWebhook`, at most `max` per webhook, counting the
 * attempts this worker already has in flight for it.
 */
export async function claimDeliveries(
  ctx: Context,
  limit: number,
  perWebhook?: { max: number; inFlight: ReadonlyMap<string, number> },
): Promise<ClaimedDelivery[]> {
  const ids = await claimDue("WebhookDelivery", {
    owner: ctx.workerId,
    statuses: [DELIVERY_DUE],
    limit,
    now: ctx.now,
    // A live worker must never lose a delivery's lease mid-request.
    minLeaseMs: 2 * ctx.timeoutMs,
    where: OF_ACTIVE_WEBHOOKS,
    perGroup: perWebhook && { column: "webhookId", window: Math.max(4 * limit, 50), ...perWebhook },
    database: ctx.database,
  });
  if (ids.length === 0) return [];
  const rows = await ctx.database.$queryRaw<
    (Omit<ClaimedDelivery, "webhook" | "createdAt"> & { createdAt: Date | string; url: string; secretCiphertext: string })[]
  >`
    SELECT d."id", d."webhookId", d."event", d."payload", d."attempts", d."createdAt", w."url", w."secretCiphertext"
    FROM "WebhookDelivery" d JOIN "Webhook" w ON w."id" = d."webhookId"
    WHERE d."id" IN (${Prisma.join(ids)}) AND d."leaseOwner" = ${ctx.workerId}
    ORDER BY d."nextAttemptAt", d."id"`;
  return rows.map(({ url, secretCiphertext, createdAt, attempts, ...row }) => ({
    ...row,
    attempts: Number(attempts),
    createdAt: new Date(createdAt),
    webhook: { url, secretCiphertext },
  }));
}

/**
 * Claims and sends up to `limit` due deliveries and waits for them; returns how many it attempted.
 * Never throws: problems are logged (without payloads or secrets) and the pass goes on.
 */
export async function deliverDueWebhooks(options: DeliverOptions): Promise<number> {
  let attempted = 0;
  try {
    const ctx = deliveryContext(options);
    const claimed = await claimDeliveries(ctx, options.limit ?? 20);
    const outcomes = await Promise.allSettled(claimed.map((d) => deliverOne(ctx, d)));
    for (const outcome of outcomes) {
      if (outcome.status === "rejected") {
        console.error("[reelroom] webhook delivery bookkeeping failed:", (outcome.reason as Error)?.message ?? "unknown error");
      } else {
        attempted++;
      }
    }
  } catch (error) {
    console.error("[reelroom] webhook delivery pass failed:", (error as Error)?.message ?? "unknown error");
  }
  return attempted;
}
