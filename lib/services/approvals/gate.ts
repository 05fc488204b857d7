// The submit path's quota and approval step, run inside the submit's locked transaction right after
// the budget check: a quota refusal is a 402, unless the policy turns it into an approval request;
// the policy's threshold sends a generation to awaiting_approval instead of the queue.
import "server-only";
import type { Db } from "@/lib/adapters/db/client";
import { STATUS } from "@/lib/rules/generation-status";
import { approvalReasons, type ApprovalReason } from "@/lib/rules/billing/approval-policy";
import type { QuotaDemand } from "@/lib/rules/billing/quota";
import { policyRule } from "@/lib/services/approvals/policy";
import { quotaRefusal, refusalError } from "@/lib/services/quotas/usage";

type Tx = Pick<Db, "generation" | "memberQuota" | "approvalPolicy">;

export type GateResult = { status: typeof STATUS.queued; reasons: null } | { status: typeof STATUS.awaiting_approval; reasons: ApprovalReason[] };

export async function spendGate(tx: Tx, teamId: string, member: { id: string; name: string }, demand: QuotaDemand): Promise<GateResult> {
  const [policy, refusal] = await Promise.all([policyRule(tx, teamId), quotaRefusal(tx, teamId, member, demand)]);
  if (refusal && !(refusal.code === "quota_exceeded" && policy.overQuota)) throw refusalError(refusal);
  const reasons = approvalReasons(policy, demand, refusal?.message ?? null);
  return reasons.length ? { status: STATUS.awaiting_approval, reasons } : { status: STATUS.queued, reasons: null };
}
