// GET /api/v1/usage (JSON-safe: counts are numbers, money is decimal strings). The CSV export and
// the reports page read the same shape.
import { z } from "zod";
import { money, type Json } from "@/lib/contracts/common";

export const GROUP_BYS = ["project", "user", "model", "region", "day", "month"] as const;

const figures = {
  generations: z.number().int().meta({ description: "Every generation created in the range, whatever its status." }),
  succeeded: z.number().int(),
  failed: z.number().int(),
  canceled: z.number().int(),
  expired: z.number().int(),
  inFlight: z.number().int().meta({ description: "Queued, submitted or running (including archiving): may still be billed." }),
  billedSeconds: z.number().meta({ description: "Seconds the provider billed: succeeded generations and those billed whose video was lost." }),
  estimatedAmount: money.meta({ description: "Estimates of the billed generations (compare with actualAmount)." }),
  actualAmount: money.meta({ description: "What the provider's usage says the billed generations cost (only those with a known price)." }),
  inFlightAmount: money.meta({ description: "Estimates of the generations still in flight." }),
  committedAmount: money.meta({ description: "actualAmount + inFlightAmount: what budgets count." }),
  mismatches: z.number().int().meta({ description: "Generations whose billed seconds differ from the estimate." }),
  priceUnknown: z.number().int().meta({ description: "Generations created while no price was known (their amounts count as 0)." }),
  videoLost: z.number().int().meta({ description: 'Finished and billed by the provider, but the video could not be stored ("Billed, video lost").' }),
  videoLostAmount: money.meta({ description: "What those cost; already part of actualAmount." }),
  unpricedBilledSeconds: z.number().meta({ description: "Billed seconds without a known price: part of billedSeconds, never of any amount." }),
};

export const UsageFigures = z.strictObject(figures);

export const UsageRow = z
  .strictObject({
    key: z.string().meta({ description: 'Project id, user id, model id, region, "2026-01-31" (day) or "2026-01" (month).' }),
    label: z.string(),
    currency: z.string().meta({ description: "A row is one key in one currency: amounts are never added across currencies." }),
    ...figures,
  })
  .meta({ id: "UsageRow" });

export const UsageTotal = z.strictObject({ currency: z.string(), ...figures });

export const UsageReport = z
  .strictObject({
    from: z.string().meta({ description: "UTC calendar day, YYYY-MM-DD (inclusive)." }),
    to: z.string(),
    groupBy: z.enum(GROUP_BYS),
    scope: z.enum(["team", "own"]).meta({ description: '"team": everyone\'s generations; "own": only the caller\'s (members and viewers).' }),
    projectId: z.string().nullable(),
    rows: z.array(UsageRow),
    totals: z.array(UsageTotal).meta({ description: "One per currency." }),
    outsideTasks: z
      .strictObject({
        count: z.number().int(),
        byModel: z.array(z.strictObject({ model: z.string(), count: z.number().int() })),
      })
      .nullable()
      .meta({
        description:
          "Tasks the provider ran on the team's own keys in the range that no generation here created (found by reconciliation): billed by the provider, " +
          'never counted in `rows` or `totals`. Null in the "own" scope and when a project is chosen.',
      }),
  })
  .meta({ id: "UsageReport" });

export type UsageFigures = Json<typeof UsageFigures>;
export type UsageRow = Json<typeof UsageRow>;
export type UsageTotal = Json<typeof UsageTotal>;
export type UsageReport = Json<typeof UsageReport>;
