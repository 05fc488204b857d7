// PUT /api/v1/prices body: a team's own price for one model, region, tier and audio option.
import "server-only";
import { z } from "zod";
import { currency, positiveDecimal } from "@/lib/services/budgets/schemas";
import { getModel } from "@/lib/rules/models/catalog";
import { REGIONS } from "@/lib/rules/models/types";
import { audioOptionsOf, tiersOf } from "@/lib/services/prices/catalog-options";

export const putPriceBody = z
  .object({
    model: z.string().trim().min(1, "model is required."),
    region: z.enum(REGIONS, { message: `region must be one of ${REGIONS.join(", ")}.` }),
    tier: z.enum(["480P", "720P", "1080P"], { message: "tier must be one of 480P, 720P, 1080P." }),
    audio: z.enum(["any", "audio", "silent"], { message: "audio must be any, audio or silent." }).default("any"),
    /** Defaults to the region's billing currency (CNY in beijing, USD elsewhere). */
    currency: currency.optional(),
    pricePerSecond: positiveDecimal("pricePerSecond"),
    /** When the price starts to apply; default now. Generations already created keep their price. */
    effectiveFrom: z
      .string()
      .trim()
      .refine((v) => /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(v) && !Number.isNaN(Date.parse(v)), {
        message: "effectiveFrom must be an ISO date such as 2026-02-01 or 2026-02-01T00:00:00Z.",
      })
      .optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    const model = getModel(body.model);
    if (!model) return ctx.addIssue({ code: "custom", path: ["model"], message: `Unknown model "${body.model}"; see GET /api/v1/models.` });
    if (!model.regions[body.region]) return ctx.addIssue({ code: "custom", path: ["region"], message: `${body.model} is not offered in ${body.region}.` });
    const tiers = tiersOf(body.model, body.region);
    if (!tiers.includes(body.tier))
      ctx.addIssue({ code: "custom", path: ["tier"], message: `${body.model} in ${body.region} makes ${tiers.join(", ")} only.` });
    if (!audioOptionsOf(body.model, body.region).includes(body.audio)) {
      ctx.addIssue({ code: "custom", path: ["audio"], message: `${body.model} has no audio choice; price it with audio "any".` });
    }
  });

export type PutPriceBody = z.output<typeof putPriceBody>;
