// Query parameters of GET /api/v1/usage and /api/v1/usage.csv. Both dates default to this month
// (UTC); an invalid value is a 422 naming the parameter.
import "server-only";
import { z } from "zod";
import { currentMonthRange, MAX_RANGE_DAYS, parseDay, rangeDays } from "@/lib/rules/date-range";
import { GROUP_BYS, type GroupBy } from "@/lib/contracts/usage-vocabulary";

const day = (field: "from" | "to") =>
  z
    .string()
    .trim()
    .refine((v) => parseDay(v) !== null, { message: `${field} must be a date such as 2026-01-31 (YYYY-MM-DD).` })
    .optional();

export const usageQuery = z
  .object({
    from: day("from"),
    to: day("to"),
    groupBy: z.enum(GROUP_BYS, { message: `groupBy must be one of ${GROUP_BYS.join(", ")}.` }).default("day"),
    projectId: z.string().trim().min(1).max(64, "projectId must be at most 64 characters.").optional(),
  })
  .strict()
  .transform((q, ctx) => {
    const fallback = currentMonthRange();
    const from = q.from ?? (q.to && q.to < fallback.from ? `${q.to.slice(0, 7)}-01` : fallback.from);
    const to = q.to ?? (q.from && q.from > fallback.to ? q.from : fallback.to);
    if (from > to) {
      ctx.addIssue({ code: "custom", path: ["from"], message: "from must be on or before to." });
      return z.NEVER;
    }
    if (rangeDays({ from, to }) > MAX_RANGE_DAYS) {
      ctx.addIssue({ code: "custom", path: ["to"], message: `The range may cover at most ${MAX_RANGE_DAYS} days; narrow from or to.` });
      return z.NEVER;
    }
    return { from, to, groupBy: q.groupBy as GroupBy, projectId: q.projectId ?? null };
  });

export type UsageQuery = z.output<typeof usageQuery>;
