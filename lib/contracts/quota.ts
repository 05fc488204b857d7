// A member's monthly quota with this month's use (GET /api/v1/quotas, PUT /api/v1/members/{id}/quota).
import { z } from "zod";
import { isoString, person, type Json } from "@/lib/contracts/common";
import { QUOTA_UNITS } from "@/lib/rules/billing/quota";
import { REGIONS } from "@/lib/rules/models/types";

export const MemberQuota = z
  .strictObject({
    membershipId: z.string(),
    user: person,
    unit: z.enum(QUOTA_UNITS).meta({ description: "`money`: an amount in `currency`; `seconds`: billed seconds." }),
    currency: z.enum(["USD", "CNY"]).nullable().meta({ description: "Money quotas only." }),
    region: z.enum(REGIONS).nullable().meta({ description: "Null: every region." }),
    limit: z.string().meta({ description: 'The monthly limit: a decimal amount ("10.5") or billed seconds ("300").' }),
    used: z.string().meta({ description: "This month: actual cost (or billed seconds) of finished generations + estimates of those in flight." }),
    remaining: z.string().meta({ description: "May be negative." }),
    percentUsed: z.number(),
    label: z.string().meta({ description: 'For people: "$9.20 of $10.00 used or reserved this month".' }),
    month: z.string(),
    updatedAt: isoString,
  })
  .meta({ id: "MemberQuota" });

export type MemberQuotaJson = Json<typeof MemberQuota>;
