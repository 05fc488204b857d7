// Output sizes (W*H) per resolution tier, as listed in the text-to-video API reference.
import type { Ratio, Tier } from "@/lib/rules/models/types";

export interface SizeOption {
  size: string;
  ratio: Ratio;
}

export const TIERS = ["480P", "720P", "1080P"] as const satisfies readonly Tier[];
export const RATIOS = ["16:9", "9:16", "1:1", "4:3", "3:4"] as const satisfies readonly Ratio[];

/** Each tier's sizes in RATIOS order (480P stops at 1:1). */
const SIZES_IN_RATIO_ORDER: Readonly<Record<Tier, readonly string[]>> = {
  "480P": ["832*480", "480*832", "624*624"],
  "720P": ["1280*720", "720*1280", "960*960", "1088*832", "832*1088"],
  "1080P": ["1920*1080", "1080*1920", "1440*1440", "1632*1248", "1248*1632"],
};

export const SIZES_BY_TIER: Readonly<Record<Tier, readonly SizeOption[]>> = {
  "480P": withRatios(SIZES_IN_RATIO_ORDER["480P"]),
  "720P": withRatios(SIZES_IN_RATIO_ORDER["720P"]),
  "1080P": withRatios(SIZES_IN_RATIO_ORDER["1080P"]),
};

function withRatios(sizes: readonly string[]): SizeOption[] {
  return sizes.map((size, index) => ({ size, ratio: RATIOS[index] }));
}

/** The tier a W*H size belongs to, or undefined when it is not one of the documented sizes. */
export function tierOfSize(size: string): Tier | undefined {
  for (const tier of TIERS) {
    if (SIZES_BY_TIER[tier].some((option) => option.size === size)) return tier;
  }
  return undefined;
}

/** The number the provider's usage reports as SR for a tier (720 for "720P"). */
export function srOfTier(tier: Tier): number {
  return Number.parseInt(tier, 10);
}

/** Every size of the given tiers, in tier order. */
export function sizesOfTiers(tiers: readonly Tier[]): string[] {
  return tiers.flatMap((tier) => SIZES_BY_TIER[tier].map((option) => option.size));
}
