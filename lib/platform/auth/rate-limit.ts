// Fixed-window counters in the database, so limits hold across processes.
import "server-only";
import { db } from "@/lib/adapters/db/client";

export interface RateLimitResult {
  allowed: boolean;
  remaining: number;
  retryAfterSeconds: number;
}

export async function hitRateLimit(key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
  const now = Date.now();
  const windowStart = new Date(now - (now % windowMs));
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now) / 1000));
  const row = await upsertIncrement(key, windowStart);
  return { allowed: row.count <= limit, remaining: Math.max(0, limit - row.count), retryAfterSeconds };
}

/** Whether the key is already over its limit in the current window, without counting a hit. */
export async function isRateLimited(key: string, limit: number, windowMs: number): Promise<boolean> {
  const now = Date.now();
  const row = await db().rateLimitHit.findUnique({ where: { key_windowStart: { key, windowStart: new Date(now - (now % windowMs)) } } });
  return (row?.count ?? 0) >= limit;
}

async function upsertIncrement(key: string, windowStart: Date, attempt = 0): Promise<{ count: number }> {
  try {
    return await db().rateLimitHit.upsert({
      where: { key_windowStart: { key, windowStart } },
      create: { key, windowStart, count: 1 },
      update: { count: { increment: 1 } },
      select: { count: true },
    });
  } catch (error) {
    if (attempt < 3) return upsertIncrement(key, windowStart, attempt + 1); // lost an insert race
    throw error;
  }
}

/** Drops windows older than a day; called by the worker now and then. */
export async function pruneRateLimits(): Promise<void> {
  await db().rateLimitHit.deleteMany({ where: { windowStart: { lt: new Date(Date.now() - 86_400_000) } } });
}
