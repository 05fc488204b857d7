// The approval record of the Generation resource, from its approval columns: null when the team's
// policy never asked for one.
import "server-only";
import type { Generation } from "@/lib/adapters/db/generated/sqlite/client";
import { APPROVAL_DECISIONS, APPROVAL_RULES, type ApprovalDecision, type ApprovalReason } from "@/lib/rules/billing/approval-policy";
import type { ApprovalRecord } from "@/lib/contracts/approval";
import type { Data } from "@/lib/contracts/common";

type ApprovalColumns = Pick<
  Generation,
  "approvalReasons" | "approvalDecision" | "approvalDecidedById" | "approvalDecidedByName" | "approvalDecidedAt" | "approvalNote"
>;

const isReason = (value: unknown): value is ApprovalReason =>
  typeof value === "object" &&
  value !== null &&
  (APPROVAL_RULES as readonly unknown[]).includes((value as ApprovalReason).rule) &&
  typeof (value as ApprovalReason).message === "string";

export function approvalRecordOf(g: ApprovalColumns): Data<typeof ApprovalRecord> | null {
  if (!Array.isArray(g.approvalReasons)) return null;
  const decision = (APPROVAL_DECISIONS as readonly (string | null)[]).includes(g.approvalDecision) ? (g.approvalDecision as ApprovalDecision) : null;
  return {
    reasons: (g.approvalReasons as unknown[]).filter(isReason).map((r) => ({ rule: r.rule, message: r.message })),
    decision,
    decidedBy: decision && g.approvalDecidedById ? { id: g.approvalDecidedById, name: g.approvalDecidedByName ?? "" } : null,
    decidedAt: decision ? g.approvalDecidedAt : null,
    note: g.approvalNote,
  };
}
