// A member's quota use this month, counted like budgets (actual cost or billed seconds of finished
// generations + estimates of those in flight; awaiting approval counts nothing), and the submit check.
import "server-only";
import type { Db } from "@/lib/adapters/db/client";
import { AppError } from "@/lib/contracts/errors";
import { FINISHED, IN_FLIGHT, monthStart } from "@/lib/rules/billing/budget";
import type { Currency } from "@/lib/rules/billing/money";
import { quotaExceededMessage, quotaPriceUnknownMessage, quotaVerdict, type QuotaDemand, type QuotaRule } from "@/lib/rules/billing/quota";
import type { Region } from "@/lib/rules/models/types";

type Tx = Pick<Db, "generation" | "memberQuota">;
type QuotaRow = { unit: string; currency: string | null; limit: bigint; region: string | null };

export function ruleOf(row: QuotaRow): QuotaRule {
  return {
    unit: row.unit === "seconds" ? "seconds" : "money",
    currency: row.currency as Currency | null,
    limit: row.limit,
    region: row.region as Region | null,
  };
}

export async function quotaUsed(tx: Tx, teamId: string, userId: string, quota: QuotaRule, at = new Date()): Promise<bigint> {
  const where = {
    teamId,
    creatorId: userId,
    createdAt: { gte: monthStart(at) },
    ...(quota.region && { region: quota.region }),
    ...(quota.unit === "money" && { currency: quota.currency ?? "" }),
  };
  if (quota.unit === "seconds") {
    const [done, flying] = await Promise.all([
      tx.generation.aggregate({ where: { ...where, status: { in: FINISHED } }, _sum: { actualBilledMs: true } }),
      tx.generation.aggregate({ where: { ...where, status: { in: IN_FLIGHT } }, _sum: { estimatedBilledMs: true } }),
    ]);
    return BigInt(done._sum.actualBilledMs ?? 0) + BigInt(flying._sum.estimatedBilledMs ?? 0);
  }
  const [done, flying] = await Promise.all([
    tx.generation.aggregate({ where: { ...where, status: { in: FINISHED } }, _sum: { actualAmountMicros: true } }),
    tx.generation.aggregate({ where: { ...where, status: { in: IN_FLIGHT } }, _sum: { estimatedAmountMicros: true } }),
  ]);
  return (done._sum.actualAmountMicros ?? 0n) + (flying._sum.estimatedAmountMicros ?? 0n);
}

export type QuotaRefusal = { code: "quota_exceeded" | "price_unknown"; message: string; details: Record<string, unknown> };

/** The refusal a member's quota gives this generation, or null when it fits (or no quota counts it). Call inside the submit's locked transaction. */
export async function quotaRefusal(tx: Tx, teamId: string, member: { id: string; name: string }, demand: QuotaDemand): Promise<QuotaRefusal | null> {
  const row = await tx.memberQuota.findUnique({ where: { teamId_userId: { teamId, userId: member.id } } });
  if (!row) return null;
  const quota = ruleOf(row);
  const used = await quotaUsed(tx, teamId, member.id, quota);
  const verdict = quotaVerdict(quota, used, demand);
  const base = { rule: "quota", unit: quota.unit, currency: quota.currency, region: quota.region, limit: quota.limit.toString(), used: used.toString() };
  if (verdict.kind === "exceeded") {
    return {
      code: "quota_exceeded",
      message: quotaExceededMessage(member.name, quota, used, verdict.need),
      details: { ...base, requested: verdict.need.toString() },
    };
  }
  if (verdict.kind === "price_unknown") return { code: "price_unknown", message: quotaPriceUnknownMessage(member.name, quota), details: base };
  return null;
}

export function refusalError(refusal: QuotaRefusal): AppError {
  return new AppError(refusal.code, refusal.message, { details: refusal.details });
}
