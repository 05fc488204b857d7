// POST /api/v1/estimates: the cost breakdown without creating anything, the budget left this month
// and, when no price is known, what is missing and who may set it.
import { z } from "zod";
import { money, type Json } from "@/lib/contracts/common";
import { Estimate } from "@/lib/contracts/generation";
import { TIERS } from "@/lib/rules/models/sizes";
import { generationRequestShape } from "@/lib/rules/models/schema";

export const MissingPrice = z.strictObject({
  model: z.string(),
  region: z.string(),
  tier: z.enum(TIERS),
  audio: z.boolean(),
  description: z.string().meta({ examples: ["wan2.5-t2v-preview in Singapore at 720P"] }),
  settingsUrl: z.string().meta({ description: "The price settings with this row focused." }),
  canSet: z.boolean().meta({ description: "Whether the caller may set it (owners and admins)." }),
  setBy: z.array(z.string()).meta({ description: "The team's owners and admins, owners first, at most three (empty when the caller can set it)." }),
});

export const EstimateAnswer = z
  .strictObject({
    estimate: Estimate,
    warnings: z.array(z.strictObject({ path: z.string(), message: z.string() })),
    request: generationRequestShape,
    budgets: z.array(z.strictObject({ scope: z.enum(["team", "project"]), currency: z.string(), limit: money, committed: money, remaining: money })),
    missingPrice: MissingPrice.nullable(),
  })
  .meta({ id: "EstimateAnswer" });

export type EstimateAnswerJson = Json<typeof EstimateAnswer>;
export type MissingPriceJson = Json<typeof MissingPrice>;
