// The team's spend-approval policy: read (every member: the form tells them why a submit waits) and
// set (owners and admins), audited with old and new values.
import "server-only";
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/platform/auth/actor";
import { db, type Db } from "@/lib/adapters/db/client";
import { microsToDecimal, toMicros } from "@/lib/rules/billing/money";
import { NO_APPROVAL_POLICY, type ApprovalPolicyRule } from "@/lib/rules/billing/approval-policy";
import { positiveDecimal } from "@/lib/services/budgets/schemas";
import { recordActorAudit } from "@/lib/services/audit/record";
import type { ApprovalPolicy } from "@/lib/contracts/approval";
import type { Data } from "@/lib/contracts/common";

export const putPolicyBody = z
  .object({
    estimateOver: z
      .object({ USD: positiveDecimal("estimateOver.USD").nullable().default(null), CNY: positiveDecimal("estimateOver.CNY").nullable().default(null) })
      .strict()
      .default({ USD: null, CNY: null }),
    overQuota: z.boolean({ message: "overQuota must be true or false." }).default(false),
    allowSelfApproval: z.boolean({ message: "allowSelfApproval must be true or false." }).default(false),
  })
  .strict();
export type PutPolicyBody = z.output<typeof putPolicyBody>;

export type PolicyView = Data<typeof ApprovalPolicy>;

export async function policyRule(tx: Pick<Db, "approvalPolicy">, teamId: string): Promise<ApprovalPolicyRule> {
  const row = await tx.approvalPolicy.findUnique({ where: { teamId } });
  if (!row) return NO_APPROVAL_POLICY;
  return { estimateOver: { USD: row.overUsdMicros, CNY: row.overCnyMicros }, overQuota: row.overQuota, allowSelfApproval: row.allowSelfApproval };
}

async function view(teamId: string): Promise<PolicyView> {
  const row = await db().approvalPolicy.findUnique({ where: { teamId } });
  const rule = await policyRule(db(), teamId);
  const dec = (v: bigint | null) => (v === null ? null : microsToDecimal(v));
  return {
    estimateOver: { USD: dec(rule.estimateOver.USD), CNY: dec(rule.estimateOver.CNY) },
    overQuota: rule.overQuota,
    allowSelfApproval: rule.allowSelfApproval,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

export async function getPolicy(actor: Actor): Promise<{ policy: PolicyView }> {
  assertCan(actor, "team.view");
  return { policy: await view(actor.teamId) };
}

export async function putPolicy(actor: Actor, body: PutPolicyBody): Promise<{ policy: PolicyView }> {
  assertCan(actor, "budget.manage");
  const old = await view(actor.teamId);
  const data = {
    overUsdMicros: body.estimateOver.USD === null ? null : toMicros(body.estimateOver.USD),
    overCnyMicros: body.estimateOver.CNY === null ? null : toMicros(body.estimateOver.CNY),
    overQuota: body.overQuota,
    allowSelfApproval: body.allowSelfApproval,
  };
  await db().$transaction(async (tx) => {
    await tx.approvalPolicy.upsert({ where: { teamId: actor.teamId }, create: { teamId: actor.teamId, ...data }, update: data });
    await recordActorAudit(
      actor,
      { action: "approval.policy_changed", targetType: "approval_policy", targetId: actor.teamId, data: { old: { ...old, updatedAt: undefined }, new: body } },
      tx,
    );
  });
  return { policy: await view(actor.teamId) };
}
