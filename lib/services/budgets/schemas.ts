// Request bodies of the budget and price routes: money as decimal strings, never numbers.
import "server-only";
import { z } from "zod";

export const CURRENCIES = ["USD", "CNY"] as const;

const DECIMAL = /^\d{1,9}(\.\d{1,6})?$/;

/** A positive decimal string with at most 6 decimals ("12.5", "0.000001"); numbers are refused. */
export const positiveDecimal = (field: string) =>
  z
    .string({ message: `${field} must be a decimal string such as "25" or "0.10".` })
    .trim()
    .regex(DECIMAL, `${field} must be a decimal string such as "25" or "0.10" (at most 6 decimals).`)
    .refine((v) => /[1-9]/.test(v), `${field} must be greater than 0.`);

export const currency = z.enum(CURRENCIES, { message: `currency must be one of ${CURRENCIES.join(", ")}.` });

export const putBudgetBody = z
  .object({
    projectId: z.string().trim().min(1, "projectId must be a project id, or null for the whole team.").max(64).nullable().default(null),
    currency,
    amount: positiveDecimal("amount"),
  })
  .strict();

export type PutBudgetBody = z.output<typeof putBudgetBody>;
