import { z } from "zod";
import { isoString, money, type Json } from "@/lib/contracts/common";
import { TIERS } from "@/lib/rules/models/sizes";

const PriceFigure = z.strictObject({ id: z.string(), currency: z.string(), pricePerSecond: money, source: z.string(), effectiveFrom: isoString });

export const Price = z
  .strictObject({
    model: z.string(),
    modelLabel: z.string(),
    region: z.string(),
    tier: z.enum(TIERS),
    audio: z.enum(["audio", "silent", "any"]),
    origin: z
      .enum(["team", "default", "none"])
      .meta({ description: '"team": the team\'s own price applies; "default": the instance price; "none": no known price.' }),
    currency: z.string().nullable().meta({ description: "The price that applies now (null when unknown), and the same for the next three fields." }),
    pricePerSecond: money.nullable(),
    source: z.string().nullable(),
    effectiveFrom: isoString.nullable(),
    override: z
      .strictObject({ ...PriceFigure.shape, active: z.boolean() })
      .nullable()
      .meta({ description: "The team's own price, in effect or upcoming (DELETE /api/v1/prices/{override.id})." }),
    default: PriceFigure.nullable().meta({ description: "The instance default in effect now, whether or not the team's price hides it." }),
  })
  .meta({ id: "Price" });

export type PriceJson = Json<typeof Price>;
