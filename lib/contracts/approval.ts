// Spend approval: the team's policy and the generation's approval record.
import { z } from "zod";
import { isoString, money, person, timestamp, type Json } from "@/lib/contracts/common";
import { APPROVAL_DECISIONS, APPROVAL_RULES } from "@/lib/rules/billing/approval-policy";

export const ApprovalPolicy = z
  .strictObject({
    estimateOver: z
      .strictObject({ USD: money.nullable(), CNY: money.nullable() })
      .meta({ description: "Per currency: an estimate above it (or with no known price) needs approval; null: no threshold." }),
    overQuota: z.boolean().meta({ description: "A member over quota waits for approval instead of being refused (402 quota_exceeded)." }),
    allowSelfApproval: z.boolean().meta({ description: "Whether admins may approve their own requests." }),
    updatedAt: isoString.nullable(),
  })
  .meta({ id: "ApprovalPolicy" });

export const ApprovalRecord = z
  .strictObject({
    reasons: z.array(z.strictObject({ rule: z.enum(APPROVAL_RULES), message: z.string() })),
    decision: z.enum(APPROVAL_DECISIONS).nullable(),
    decidedBy: person.nullable(),
    decidedAt: timestamp.nullable(),
    note: z.string().nullable().meta({ description: "The reason given for a rejection." }),
  })
  .meta({ id: "ApprovalRecord" });

export type ApprovalPolicyJson = Json<typeof ApprovalPolicy>;
