// The cost breakdown of a request that is not valid yet: every figure that its valid parts decide
// (the per-second price, each reference's length and billed seconds), null where a field in
// question decides it. The estimates endpoint answers a 422 with it, so the form keeps showing
// what is known while one field is wrong. Pure.
import { amountForBilledMs, microsToDecimal } from "@/lib/rules/billing/money";
import type { UnitPrice } from "@/lib/rules/billing/estimate";
import { billInputReferences, MAX_REFERENCES, secondsToMs } from "@/lib/rules/billing/truncation";
import type { ReferenceType } from "@/lib/rules/models/types";

export interface PartialReferenceCost {
  url: string;
  /** null when neither declared nor found (the file could not be read), or in question. */
  type: ReferenceType | null;
  durationSeconds: number | null;
  billedSeconds: number | null;
}

/** `CostEstimate` with null wherever the request's problems leave a figure open. */
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

export interface PartialEstimateInput {
  kind: "t2v" | "r2v";
  /** null when the duration is in question. */
  outputSeconds: number | null;
  references: { url: string; type: ReferenceType | null; durationSeconds?: number }[];
}

function billedReferenceMs(input: PartialEstimateInput): (number | null)[] {
  const refs = input.references;
  if (input.kind === "t2v") return refs.map(() => 0);
  // The per-video cap depends on how many references there are; past the maximum there is none.
  if (refs.length > MAX_REFERENCES) return refs.map(() => null);
  const { perReferenceMs } = billInputReferences(refs.map((ref) => ({ kind: ref.type === "video" ? "video" : "image", durationSeconds: ref.durationSeconds })));
  // Open where the kind is unknown, or a video's length is (the full estimate would bill the cap).
  return refs.map((ref, i) => (ref.type === null || (ref.type === "video" && ref.durationSeconds === undefined) ? null : perReferenceMs[i]));
}

const sum = (values: (number | null)[]) => (values.some((v) => v === null) ? null : (values as number[]).reduce((a, b) => a + b, 0));

/**
 * `price` is undefined when it could not be looked up, null when none is set. `currency` is the
 * region's, used when no price is known.
 */
export function estimatePartially(input: PartialEstimateInput, price: UnitPrice | null | undefined, currency: string): PartialEstimate {
  const perReferenceMs = billedReferenceMs(input);
  const inputMs = sum(perReferenceMs);
  const outputMs = input.outputSeconds === null ? null : secondsToMs(input.outputSeconds);
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
    references: input.references.map((ref, i) => ({
      url: ref.url,
      type: ref.type,
      durationSeconds: ref.durationSeconds ?? null,
      billedSeconds: seconds(perReferenceMs[i]),
    })),
  };
}
