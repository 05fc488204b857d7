// Member quotas: list (admins see every member's, others their own), set, remove. Changes are for
// owners and admins (budget.manage) and audited with the old and new limit.
import "server-only";
import { assertCan, type Actor } from "@/lib/platform/auth/actor";
import { db } from "@/lib/adapters/db/client";
import { can } from "@/lib/rules/permissions";
import { notFound, validationFailed } from "@/lib/contracts/errors";
import { microsToDecimal, toMicros } from "@/lib/rules/billing/money";
import { monthStart } from "@/lib/rules/billing/budget";
import { formatQuotaValue, percentUsed, quotaCurrencyIssue, type QuotaRule } from "@/lib/rules/billing/quota";
import { recordActorAudit } from "@/lib/services/audit/record";
import { quotaUsed, ruleOf } from "@/lib/services/quotas/usage";
import type { PutQuotaBody } from "@/lib/services/quotas/schemas";
import type { MemberQuota } from "@/lib/contracts/quota";
import type { Data } from "@/lib/contracts/common";

export type QuotaView = Data<typeof MemberQuota>;

const asText = (quota: QuotaRule, v: bigint) => (quota.unit === "money" ? microsToDecimal(v) : microsToDecimal(v * 1000n));

async function viewsOf(teamId: string, userId?: string): Promise<QuotaView[]> {
  const rows = await db().memberQuota.findMany({ where: { teamId, ...(userId && { userId }) }, orderBy: { createdAt: "asc" } });
  const memberships = await db().membership.findMany({
    where: { teamId, userId: { in: rows.map((r) => r.userId) } },
    include: { user: { select: { id: true, name: true } } },
  });
  const month = monthStart().toISOString().slice(0, 7);
  const views = await Promise.all(
    rows.map(async (row) => {
      const membership = memberships.find((m) => m.userId === row.userId);
      if (!membership) return null; // the member left; the quota comes back if they rejoin
      const quota = ruleOf(row);
      const used = await quotaUsed(db(), teamId, row.userId, quota);
      return {
        membershipId: membership.id,
        user: membership.user,
        unit: quota.unit,
        currency: quota.currency,
        region: quota.region,
        limit: asText(quota, quota.limit),
        used: asText(quota, used),
        remaining: asText(quota, quota.limit - used),
        percentUsed: percentUsed(used, quota.limit),
        label: `${formatQuotaValue(quota, used)} of ${formatQuotaValue(quota, quota.limit)} used or reserved this month`,
        month,
        updatedAt: row.updatedAt.toISOString(),
      } satisfies QuotaView;
    }),
  );
  return views.filter((v): v is QuotaView => v !== null);
}

export async function listQuotas(actor: Actor): Promise<{ quotas: QuotaView[] }> {
  assertCan(actor, "team.view");
  return { quotas: await viewsOf(actor.teamId, can(actor.role, "budget.manage") ? undefined : actor.user.id) };
}

async function membershipOf(actor: Actor, membershipId: string) {
  const m = await db().membership.findFirst({ where: { id: membershipId, teamId: actor.teamId }, select: { userId: true } });
  if (!m) throw notFound("Member");
  return m;
}

export async function putQuota(actor: Actor, membershipId: string, body: PutQuotaBody): Promise<{ quota: QuotaView; created: boolean }> {
  assertCan(actor, "budget.manage");
  const { userId } = await membershipOf(actor, membershipId);
  const rule: QuotaRule =
    body.unit === "money"
      ? { unit: "money", currency: body.currency, limit: toMicros(body.amount), region: body.region }
      : { unit: "seconds", currency: null, limit: BigInt(body.seconds) * 1000n, region: body.region };
  const issue = quotaCurrencyIssue(rule);
  if (issue) throw validationFailed([{ path: "currency", message: issue }]);
  const data = { unit: rule.unit, currency: rule.currency, limit: rule.limit, region: rule.region };
  const created = await db().$transaction(async (tx) => {
    const existing = await tx.memberQuota.findUnique({ where: { teamId_userId: { teamId: actor.teamId, userId } } });
    await tx.memberQuota.upsert({
      where: { teamId_userId: { teamId: actor.teamId, userId } },
      create: { teamId: actor.teamId, userId, ...data },
      update: data,
    });
    await recordActorAudit(
      actor,
      {
        action: "quota.changed",
        targetType: "member_quota",
        targetId: userId,
        data: { old: existing ? formatQuotaValue(ruleOf(existing), existing.limit) : null, new: formatQuotaValue(rule, rule.limit), region: rule.region },
      },
      tx,
    );
    return !existing;
  });
  const [quota] = await viewsOf(actor.teamId, userId);
  return { quota, created };
}

export async function deleteQuota(actor: Actor, membershipId: string): Promise<{ ok: true }> {
  assertCan(actor, "budget.manage");
  const { userId } = await membershipOf(actor, membershipId);
  const existing = await db().memberQuota.findUnique({ where: { teamId_userId: { teamId: actor.teamId, userId } } });
  if (!existing) throw notFound("Quota");
  await db().$transaction(async (tx) => {
    await tx.memberQuota.delete({ where: { id: existing.id } });
    await recordActorAudit(
      actor,
      { action: "quota.deleted", targetType: "member_quota", targetId: userId, data: { old: formatQuotaValue(ruleOf(existing), existing.limit) } },
      tx,
    );
  });
  return { ok: true };
}
