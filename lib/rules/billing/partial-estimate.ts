// The cost breakdown of a request that is not valid yet: every figure that its valid parts decide
// (the per-second price, each reference's length and billed seconds), null where a field in
// question decides it. The estimates endpoint answers a 422 with it, so the form keeps showing
// what is known while one field is wrong. Pure.
import { breakdown, type PartialEstimate, type UnitPrice } from "@/lib/rules/billing/estimate";
import { billInputReferences, MAX_REFERENCES, secondsToMs } from "@/lib/rules/billing/truncation";
import type { ReferenceType } from "@/lib/rules/models/types";

export type { PartialEstimate, PartialReferenceCost } from "@/lib/rules/billing/estimate";

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

/** `price` is undefined when it could not be looked up, null when none is set. */
export function estimatePartially(input: PartialEstimateInput, price: UnitPrice | null | undefined, currency: string): PartialEstimate {
  const outputMs = input.outputSeconds === null ? null : secondsToMs(input.outputSeconds);
  return breakdown({ outputMs, perReferenceMs: billedReferenceMs(input), references: input.references }, price, currency);
}
