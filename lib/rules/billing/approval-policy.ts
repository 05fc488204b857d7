// The team's spend-approval policy (pure): which submits wait for an admin's decision, and who may
// decide. A threshold is per currency (an estimate above it needs approval, and so does one whose
// price is unknown: it cannot be compared); "over quota" turns a quota refusal into a request.
import { formatMoney, type Currency } from "@/lib/rules/billing/money";

export interface ApprovalPolicyRule {
  estimateOver: Record<Currency, bigint | null>;
  overQuota: boolean;
  allowSelfApproval: boolean;
}

export const NO_APPROVAL_POLICY: ApprovalPolicyRule = { estimateOver: { USD: null, CNY: null }, overQuota: false, allowSelfApproval: false };

export const APPROVAL_RULES = ["estimate_over_threshold", "price_unknown", "over_quota"] as const;
export type ApprovalRule = (typeof APPROVAL_RULES)[number];

/** What an admin decided (a word shared with the generation status `rejected`, but this is the decision). */
export const APPROVAL_DECISION = { approved: "approved", rejected: "rejected" } as const;
export const APPROVAL_DECISIONS = [APPROVAL_DECISION.approved, APPROVAL_DECISION.rejected] as const;
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

export interface ApprovalReason {
  rule: ApprovalRule;
  message: string;
}

/** Why a generation with this estimate needs approval (none: it is queued at once). `quotaMessage` is set when it would exceed the member's quota. */
export function approvalReasons(
  policy: ApprovalPolicyRule,
  estimate: { currency: string; amountMicros: bigint | null },
  quotaMessage: string | null,
): ApprovalReason[] {
  const reasons: ApprovalReason[] = [];
  const threshold = policy.estimateOver[estimate.currency as Currency] ?? null;
  if (threshold !== null) {
    if (estimate.amountMicros === null) {
      reasons.push({
        rule: "price_unknown",
        message: `The model has no known price, so its estimate cannot be compared with the team's approval threshold of ${formatMoney(threshold, estimate.currency)}.`,
      });
    } else if (estimate.amountMicros > threshold) {
      reasons.push({
        rule: "estimate_over_threshold",
        message: `The estimate ${formatMoney(estimate.amountMicros, estimate.currency)} exceeds the team's approval threshold of ${formatMoney(threshold, estimate.currency)}.`,
      });
    }
  }
  if (quotaMessage !== null && policy.overQuota) reasons.push({ rule: "over_quota", message: quotaMessage });
  return reasons;
}

/** Whether `deciderId` may approve a request created by `creatorId` (rejecting one's own is always allowed). */
export function mayApprove(policy: Pick<ApprovalPolicyRule, "allowSelfApproval">, deciderId: string, creatorId: string): boolean {
  return policy.allowSelfApproval || deciderId !== creatorId;
}
