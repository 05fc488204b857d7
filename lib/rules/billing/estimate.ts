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

/** `CostEstimate` with null wherever a refused request's problems leave a figure open. */
export interface PartialEstimate {
  inputVideoSeconds: number | null;
  outputSeconds: number | null;
  billedSeconds: number | null;
  billedMs: number | null;
  unitPrice: string | null;
  unitPriceMicros: string | null;
  currency: string;
  amount: string | null;
  amountMicros: string | null;
  /** null when no price could be looked up (the model's size or audio setting is in question). */
  priceKnown: boolean | null;
  priceSource: string | null;
  references: PartialReferenceCost[];
}

export interface PartialReferenceCost {
  url: string;
  /** null when neither declared nor found (the file could not be read), or in question. */
  type: ReferenceType | null;
  durationSeconds: number | null;
  billedSeconds: number | null;
}

/** What an estimate is made of; `Open` (null) marks a figure a refused request leaves open. */
interface BilledParts<Open extends null = never> {
  outputMs: number | Open;
  perReferenceMs: (number | Open)[];
  references: { url: string; type: ReferenceType | Open; durationSeconds?: number }[];
}

/**
 * The estimate's JSON from its billed parts; every figure an open part decides is null. `price` is
 * undefined when it could not be looked up, null when none is set; `currency` is the region's,
 * used when no price is known (a known price carries its own).
 */
export function breakdown(parts: BilledParts, price: UnitPrice | null, currency: string): CostEstimate;
export function breakdown(parts: BilledParts<null>, price: UnitPrice | null | undefined, currency: string): PartialEstimate;
export function breakdown(parts: BilledParts<null>, price: UnitPrice | null | undefined, currency: string): PartialEstimate {
  const { outputMs, perReferenceMs } = parts;
  const inputMs = perReferenceMs.some((ms) => ms === null) ? null : perReferenceMs.reduce<number>((total, ms) => total + (ms ?? 0), 0);
  const billedMs = inputMs === null || outputMs === null ? null : inputMs + outputMs;
  const amountMicros = price && billedMs !== null ? amountForBilledMs(price.unitPriceMicros, billedMs) : null;
  const seconds = (ms: number | null) => (ms === null ? null : ms / 1000);
  return {
    inputVideoSeconds: seconds(inputMs),
    outputSeconds: seconds(outputMs),
    billedSeconds: seconds(billedMs),
    billedMs,
    unitPrice: price ? microsToDecimal(price.unitPriceMicros) : null,
    unitPriceMicros: price ? price.unitPriceMicros.toString() : null,
    currency: price?.currency ?? currency,
    amount: amountMicros === null ? null : microsToDecimal(amountMicros),
    amountMicros: amountMicros === null ? null : amountMicros.toString(),
    priceKnown: price === undefined ? null : price !== null,
    priceSource: price?.source ?? null,
    references: parts.references.map((ref, i) => ({
      url: ref.url,
      type: ref.type,
      durationSeconds: ref.durationSeconds ?? null,
      billedSeconds: seconds(perReferenceMs[i]),
    })),
  };
}

/**
 * t2v: price × output seconds. r2v: price × (output seconds + billed input
 * video seconds, truncated per the provider's table). Without a price the
 * billed seconds are still given and `priceKnown` is false.
 */
export function estimateCost(input: EstimateInput, price: UnitPrice | null, currency: string): CostEstimate {
  const { perReferenceMs } =
    input.kind === "r2v"
      ? billInputReferences(
          input.references.map((r) => ({ kind: r.type === "video" ? ("video" as const) : ("image" as const), durationSeconds: r.durationSeconds })),
        )
      : { perReferenceMs: input.references.map(() => 0) };
  return breakdown({ outputMs: secondsToMs(input.params.outputSeconds), perReferenceMs, references: input.references }, price, currency);
}
