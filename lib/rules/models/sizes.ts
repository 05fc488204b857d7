// Output sizes (W*H) per resolution tier, as listed in the text-to-video API reference.
import type { Ratio, Tier } from "@/lib/rules/models/types";

export interface SizeOption {
  size: string;
  ratio: Ratio;
}

export const SIZES_BY_TIER: Readonly<Record<Tier, readonly SizeOption[]>> = {
  "480P": [
    { size: "832*480", ratio: "16:9" },
    { size: "480*832", ratio: "9:16" },
    { size: "624*624", ratio: "1:1" },
  ],
  "720P": [
    { size: "1280*720", ratio: "16:9" },
    { size: "720*1280", ratio: "9:16" },
    { size: "960*960", ratio: "1:1" },
    { size: "1088*832", ratio: "4:3" },
    { size: "832*1088", ratio: "3:4" },
  ],
  "1080P": [
    { size: "1920*1080", ratio: "16:9" },
    { size: "1080*1920", ratio: "9:16" },
    { size: "1440*1440", ratio: "1:1" },
    { size: "1632*1248", ratio: "4:3" },
    { size: "1248*1632", ratio: "3:4" },
  ],
};

export const TIERS = ["480P", "720P", "1080P"] as const satisfies readonly Tier[];
export const RATIOS = ["16:9", "9:16", "1:1", "4:3", "3:4"] as const satisfies readonly Ratio[];

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
