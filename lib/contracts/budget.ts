import { z } from "zod";
import { isoString, money, type Json } from "@/lib/contracts/common";

export const Budget = z
  .strictObject({
    id: z.string(),
    scope: z.enum(["team", "project"]),
    projectId: z.string().nullable(),
    projectName: z.string().nullable(),
    currency: z.string(),
    amount: money.meta({ description: "The monthly limit." }),
    committed: money.meta({ description: "Actual cost of this month's succeeded generations + estimates of those in flight." }),
    remaining: money.meta({ description: "May be negative when spend already passed the limit." }),
    percentUsed: z.number().meta({ description: "Committed ÷ limit in percent, one decimal (e.g. 82.5)." }),
    month: z.string().meta({ description: 'The month the figures cover, "2026-01" (UTC).' }),
    updatedAt: isoString,
  })
  .meta({ id: "Budget" });

export type BudgetJson = Json<typeof Budget>;
