// Retry schedule of webhook deliveries: 30 s, 1 min, 2 min, 4 min … capped at 1 h, for 24 h after creation.
import "server-only";
export const FIRST_RETRY_MS = 30_000;
export const MAX_RETRY_MS = 3_600_000;
export const RETRY_WINDOW_MS = 24 * 3_600_000;

/** Delay before the next try after `attempts` failed attempts (1 → 30 s, 2 → 1 min, …). */
export function retryDelayMs(attempts: number): number {
  const exponent = Math.max(0, attempts - 1);
  return exponent >= 20 ? MAX_RETRY_MS : Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** exponent);
}

export type AfterFailure = { status: "pending"; nextAttemptAt: Date } | { status: "failed" };

/** What happens after a failed attempt: another try (never later than the window's end), or give up. */
export function afterFailure(createdAt: Date, attempts: number, now: Date): AfterFailure {
  const deadline = createdAt.getTime() + RETRY_WINDOW_MS;
  if (now.getTime() >= deadline) return { status: "failed" };
  return { status: "pending", nextAttemptAt: new Date(Math.min(now.getTime() + retryDelayMs(attempts), deadline)) };
}
