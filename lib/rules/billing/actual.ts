// Cost of a finished task from the provider's usage report (pure).
import { amountForBilledMs } from "@/lib/rules/billing/money";
import { secondsToMs } from "@/lib/rules/billing/truncation";

/** Usage numbers may arrive as numbers or numeric strings (e.g. `"SR": "720"`). */
type UsageNumber = number | string | null | undefined;

export interface BilledUsage {
  /** wan2.6+: `usage.duration`; wan2.5 and earlier: `usage.video_duration`. */
  billedSeconds?: UsageNumber;
  /** wan2.6+: `usage.output_video_duration`. */
  outputSeconds?: UsageNumber;
  /** wan2.6+: `usage.input_video_duration`. */
  inputVideoSeconds?: UsageNumber;
}

export interface ActualCost {
  billedSeconds: number;
  billedMs: number;
  amountMicros: bigint | null;
  currency: string | null;
}

function toSeconds(value: UsageNumber): number | null {
  if (value === null || value === undefined || value === "") return null;
  const n = typeof value === "number" ? value : Number(value);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/**
 * The provider's billed total when it reports a positive one; otherwise
 * output + input video seconds. (A zero total beside a non-zero output is a
 * placeholder field of the other usage shape, not a free task.)
 */
export function actualCost(usage: BilledUsage, price: { unitPriceMicros: bigint; currency: string } | null): ActualCost {
  const total = toSeconds(usage.billedSeconds);
  const parts = (toSeconds(usage.outputSeconds) ?? 0) + (toSeconds(usage.inputVideoSeconds) ?? 0);
  const seconds = total !== null && total > 0 ? total : parts;
  const billedMs = secondsToMs(seconds);
  return {
    billedSeconds: billedMs / 1000,
    billedMs,
    amountMicros: price ? amountForBilledMs(price.unitPriceMicros, billedMs) : null,
    currency: price?.currency ?? null,
  };
}

/** Whether the estimate and the provider's bill differ by more than 10 ms. */
export function costDiffers(estimateBilledMs: number, actualBilledMs: number): boolean {
  return Math.abs(estimateBilledMs - actualBilledMs) > 10;
}
