// Pre-flight cost estimate for one generation (pure). Shown on the form, in the
// API's `estimate` object and used for budget checks.
import type { EffectiveParams, ReferenceType } from "@/lib/rules/models/types";
import { amountForBilledMs, microsToDecimal } from "@/lib/rules/billing/money";
import { billInputReferences, secondsToMs } from "@/lib/rules/billing/truncation";

export interface EstimateInput {
  kind: "t2v" | "r2v";
  params: EffectiveParams;
  references: { url: string; type: ReferenceType; durationSeconds?: number }[];
}

export interface UnitPrice {
  unitPriceMicros: bigint;
  currency: string;
  source?: string;
}

export interface ReferenceCost {
  url: string;
  type: ReferenceType;
  durationSeconds: number | null;
  billedSeconds: number;
}

/** JSON-safe: micro-unit amounts are decimal strings, never bigint or float. */
export interface CostEstimate {
  inputVideoSeconds: number;
  outputSeconds: number;
  billedSeconds: number;
  billedMs: number;
  unitPrice: string | null;
  unitPriceMicros: string | null;
  currency: string;
  amount: string | null;
  amountMicros: string | null;
  priceKnown: boolean;
  /** Where the unit price came from ("official", "third-party listing", a team override…). */
  priceSource: string | null;
  references: ReferenceCost[];
}

/**
 * t2v: price × output seconds. r2v: price × (output seconds + billed input
 * video seconds, truncated per the provider's table). Without a price the
 * billed seconds are still given and `priceKnown` is false. `currency` is the
 * region's currency, used when no price is known; a known price carries its own.
 */
export function estimateCost(input: EstimateInput, price: UnitPrice | null, currency: string): CostEstimate {
  const outputMs = secondsToMs(input.params.outputSeconds);
  const billing =
    input.kind === "r2v"
      ? billInputReferences(
          input.references.map((r) => ({
            kind: r.type === "video" ? ("video" as const) : ("image" as const),
            durationSeconds: r.durationSeconds,
          })),
        )
      : { totalMs: 0, perReferenceMs: input.references.map(() => 0) };

  const billedMs = outputMs + billing.totalMs;
  const amountMicros = price ? amountForBilledMs(price.unitPriceMicros, billedMs) : null;

  return {
    inputVideoSeconds: billing.totalMs / 1000,
    outputSeconds: outputMs / 1000,
    billedSeconds: billedMs / 1000,
    billedMs,
    unitPrice: price ? microsToDecimal(price.unitPriceMicros) : null,
    unitPriceMicros: price ? price.unitPriceMicros.toString() : null,
    currency: price?.currency ?? currency,
    amount: amountMicros === null ? null : microsToDecimal(amountMicros),
    amountMicros: amountMicros === null ? null : amountMicros.toString(),
    priceKnown: price !== null,
    priceSource: price?.source ?? null,
    references: input.references.map((r, i) => ({
      url: r.url,
      type: r.type,
      durationSeconds: r.durationSeconds ?? null,
      billedSeconds: billing.perReferenceMs[i] / 1000,
    })),
  };
}
