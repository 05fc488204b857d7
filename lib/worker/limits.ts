// The provider's per-account limits (concurrent tasks and submissions per second, per model),
// counted from the database so they hold across worker processes.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { getModel } from "@/lib/models/catalog";
import type { Generation } from "@/lib/generated/sqlite/client";

export const PROVIDER_IN_FLIGHT = ["dispatching", "pending", "running"];

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
  const inFlight = await db().generation.count({ where: { ...account, status: { in: PROVIDER_IN_FLIGHT } } });
  if (inFlight >= concurrent) return 1_000;
  const recent = await db().generation.count({ where: { ...account, dispatchedAt: { gte: new Date(Date.now() - 1_000) } } });
  return recent >= perSecond ? 1_000 : 0;
}
