// The provider's per-account limits (concurrent tasks and submissions per second, per model),
// counted from the database so they hold across worker processes.
import "server-only";
import { db } from "@/lib/adapters/db/client";
import { env } from "@/lib/platform/config/env";
import { getModel } from "@/lib/rules/models/catalog";
import type { Generation } from "@/lib/adapters/db/generated/sqlite/client";
import { PROVIDER_CAPACITY_STATUSES, STATUS } from "@/lib/rules/generation-status";

export function limitsFor(model: string): { concurrent: number; perSecond: number } {
  const spec = getModel(model);
  const override = env().PROVIDER_CONCURRENCY;
  const base = spec?.rateLimit ?? { concurrent: 2, perSecond: 2 };
  return override ? { concurrent: override, perSecond: Math.min(base.perSecond, override) } : base;
}

/** Milliseconds to wait before this generation may be dispatched, or 0 when it may go now. */
export async function waitForCapacity(g: Generation): Promise<number> {
  const { concurrent, perSecond } = limitsFor(g.model);
  const account = { keySource: g.keySource, credentialId: g.credentialId, model: g.model, region: g.region };
  const inFlight = await db().generation.count({ where: { ...account, status: { in: [...PROVIDER_CAPACITY_STATUSES] } } });
  if (inFlight >= concurrent) return 1_000;
  const recent = await db().generation.count({ where: { ...account, dispatchedAt: { gte: new Date(Date.now() - 1_000) } } });
  return recent >= perSecond ? 1_000 : 0;
}

/**
 * One create call at a time per provider account and model: the row being dispatched holds the
 * account's slot (a unique column) until it leaves `dispatching`. So at most one task of the
 * account can be unlinked at a time, and an interrupted create is easy to tell apart.
 */
export function createSlotOf(g: Pick<Generation, "keySource" | "credentialId" | "model" | "region">): string {
  return `${g.keySource}:${g.credentialId ?? ""}:${g.model}:${g.region}`;
}

/**
 * When a row of this account and model is `dispatching` (it holds the slot, or predates slots):
 * since when, or null when the slot is free.
 */
export async function createSlotHeldSince(g: Generation): Promise<Date | null> {
  const account = { keySource: g.keySource, credentialId: g.credentialId, model: g.model, region: g.region };
  const holder = await db().generation.findFirst({ where: { ...account, status: STATUS.dispatching }, select: { dispatchedAt: true, updatedAt: true } });
  return holder ? (holder.dispatchedAt ?? holder.updatedAt) : null;
}

/** Frees a slot left on a row that is no longer `dispatching`, so nothing can block an account for good. */
export async function freeStaleSlot(slot: string): Promise<void> {
  await db().generation.updateMany({ where: { dispatchSlot: slot, status: { not: STATUS.dispatching } }, data: { dispatchSlot: null } });
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * Holds back the account's queued rows for `ms`: the dispatch claim skips them until then, so a
 * throttled or full account neither spins the worker nor reshuffles its queue (rows keep their place).
 */
export async function backOff(account: string, ms: number): Promise<void> {
  const until = new Date(Date.now() + ms);
  await db().dispatchBackoff.upsert({ where: { account }, create: { account, until }, update: { until } });
}
