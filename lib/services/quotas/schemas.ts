// Request body of PUT /api/v1/members/{id}/quota.
import "server-only";
import { z } from "zod";
import { currency, positiveDecimal } from "@/lib/services/budgets/schemas";
import { REGIONS } from "@/lib/rules/models/types";

const region = z
  .enum(REGIONS, { message: `region must be one of ${REGIONS.join(", ")}, or null for every region.` })
  .nullable()
  .default(null);

export const putQuotaBody = z.discriminatedUnion(
  "unit",
  [
    z.object({ unit: z.literal("money"), currency, amount: positiveDecimal("amount"), region }).strict(),
    z
      .object({
        unit: z.literal("seconds"),
        seconds: z
          .number({ message: "seconds must be a whole number of billed seconds." })
          .int("seconds must be a whole number.")
          .min(1, "seconds must be at least 1.")
          .max(10_000_000),
        region,
      })
      .strict(),
  ],
  { message: 'unit must be "money" (with currency and amount) or "seconds" (with seconds).' },
);

export type PutQuotaBody = z.output<typeof putQuotaBody>;
