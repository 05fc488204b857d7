// Input-video truncation for reference-to-video billing. The provider splits a
// 5 s cap across ALL references (images and videos together) and bills each
// video min(duration, limit). The limits come from the provider's table; 3
// references is 1.65 s, not 5/3, so the table is used, never a division.

/** Truncation limit per video, in milliseconds, by total number of references. */
export const TRUNCATION_LIMIT_MS: Readonly<Record<number, number>> = Object.freeze({
  1: 5000,
  2: 2500,
  3: 1650,
  4: 1250,
  5: 1000,
});

export const MAX_REFERENCES = 5;

export interface BillableReference {
  kind: "image" | "video";
  /** Unknown for a video means "bill up to the limit" (the most it can cost). */
  durationSeconds?: number | null;
}

/** The per-video limit in seconds for `referenceCount` references (1-5). */
export function truncationLimitSeconds(referenceCount: number): number {
  return truncationLimitMs(referenceCount) / 1000;
}

export function truncationLimitMs(referenceCount: number): number {
  const limit = TRUNCATION_LIMIT_MS[referenceCount];
  if (limit === undefined) {
    throw new RangeError(`Billing covers 1 to ${MAX_REFERENCES} references, got ${referenceCount}`);
  }
  return limit;
}

/** Seconds → whole milliseconds (so 1.65 stays exactly 1650). */
export function secondsToMs(seconds: number): number {
  return Math.round(seconds * 1000);
}

export interface InputBilling {
  /** 0 when there are no references. */
  limitMs: number;
  /** Billed milliseconds per reference, in input order (0 for images). */
  perReferenceMs: number[];
  totalMs: number;
}

export function billInputReferences(refs: readonly BillableReference[]): InputBilling {
  if (refs.length === 0) return { limitMs: 0, perReferenceMs: [], totalMs: 0 };
  const limitMs = truncationLimitMs(refs.length);
  const perReferenceMs = refs.map((ref) => {
    if (ref.kind !== "video") return 0;
    const d = ref.durationSeconds;
    if (d === undefined || d === null || !Number.isFinite(d)) return limitMs;
    return Math.min(Math.max(secondsToMs(d), 0), limitMs);
  });
  return { limitMs, perReferenceMs, totalMs: perReferenceMs.reduce((a, b) => a + b, 0) };
}

/** Billed input-video seconds for one request's references (images are free). */
export function billedInputVideoSeconds(refs: readonly BillableReference[]): number {
  return billInputReferences(refs).totalMs / 1000;
}
