// The simulator's own compact copy of the provider's rules (seeds 000-003), kept separate from
// lib/rules/models on purpose: it must catch mistakes in our request builder independently.
import type { Region } from "@/lib/rules/models/types";

export type SimForm = "t2v" | "r2v-reference-urls" | "r2v-media";
/** A Wan release line: limits and usage shapes differ by release. */
export type WanVersion = "wan2.1" | "wan2.2" | "wan2.5" | "wan2.6" | "wan2.7";

export const SIZES_BY_TIER = {
  "480P": ["832*480", "480*832", "624*624"],
  "720P": ["1280*720", "720*1280", "960*960", "1088*832", "832*1088"],
  "1080P": ["1920*1080", "1080*1920", "1440*1440", "1632*1248", "1248*1632"],
} as const;
export type SimTier = keyof typeof SIZES_BY_TIER;

export const RATIOS = ["16:9", "9:16", "1:1", "4:3", "3:4"] as const;
/** wan2.7 resolution + ratio → output size (same order as SIZES_BY_TIER). */
export function sizeForRatio(tier: SimTier, ratio: string): string {
  const index = Math.max(0, (RATIOS as readonly string[]).indexOf(ratio));
  const tierSizes = SIZES_BY_TIER[tier];
  return tierSizes[Math.min(index, tierSizes.length - 1)];
}

export function tierOfSize(size: string): SimTier | undefined {
  for (const tier of Object.keys(SIZES_BY_TIER) as SimTier[]) {
    if ((SIZES_BY_TIER[tier] as readonly string[]).includes(size)) return tier;
  }
  return undefined;
}

export interface DurationRule {
  /** Allowed integer values (inclusive range or explicit list). */
  min?: number;
  max?: number;
  values?: number[];
  default: number;
}

export interface SimModelRule {
  name: string;
  version: WanVersion;
  form: SimForm;
  regions: Region[];
  promptMax: number;
  tiers: SimTier[];
  defaultSize: string;
  duration: DurationRule;
  inputFields: string[];
  parameterFields: string[];
  /** wan2.6-r2v-flash only: `audio: false` produces a silent video. */
  silentAllowed?: boolean;
  /** Region-specific variant: which reference kinds are accepted and which durations. */
  videosOnly?: boolean;
}

const T2V_BASE_PARAMS = ["size", "duration", "prompt_extend", "watermark", "seed"];

const t2v = (
  name: string,
  version: WanVersion,
  regions: Region[],
  extra: Partial<SimModelRule> & Pick<SimModelRule, "tiers" | "defaultSize" | "duration" | "promptMax">,
): SimModelRule => ({
  name,
  version,
  form: "t2v",
  regions,
  inputFields: ["prompt", "negative_prompt"],
  parameterFields: T2V_BASE_PARAMS,
  ...extra,
});

const FIXED_5: DurationRule = { values: [5], default: 5 };

/** The silent wan2.1 / wan2.2 text-to-video models: 800-character prompts, a fixed 5 s. */
const silentT2v = (name: string, version: WanVersion, regions: Region[], tiers: SimTier[], defaultSize: string): SimModelRule =>
  t2v(name, version, regions, { promptMax: 800, tiers, defaultSize, duration: FIXED_5 });

/** wan2.6 reference-to-video: input.reference_urls + parameters.size, 720P/1080P. */
const r2v26 = (name: string, regions: Region[], extra: Pick<SimModelRule, "duration"> & Partial<SimModelRule>): SimModelRule => ({
  name,
  version: "wan2.6",
  form: "r2v-reference-urls",
  regions,
  promptMax: 1500,
  tiers: ["720P", "1080P"],
  defaultSize: "1920*1080",
  inputFields: ["prompt", "reference_urls"],
  parameterFields: ["size", "duration", "audio", "shot_type", "watermark"],
  ...extra,
});

const R2V26_DURATION: DurationRule = { min: 2, max: 10, default: 5 };

export const SIM_MODEL_RULES: SimModelRule[] = [
  t2v("wan2.6-t2v", "wan2.6", ["singapore", "virginia", "beijing"], {
    promptMax: 1500,
    tiers: ["720P", "1080P"],
    defaultSize: "1920*1080",
    duration: { min: 2, max: 15, default: 5 },
    inputFields: ["prompt", "negative_prompt", "audio_url"],
    parameterFields: [...T2V_BASE_PARAMS, "shot_type"],
  }),
  t2v("wan2.5-t2v-preview", "wan2.5", ["singapore", "beijing"], {
    promptMax: 1500,
    tiers: ["480P", "720P", "1080P"],
    defaultSize: "1920*1080",
    duration: { values: [5, 10], default: 5 },
    inputFields: ["prompt", "negative_prompt", "audio_url"],
  }),
  silentT2v("wan2.2-t2v-plus", "wan2.2", ["singapore", "beijing"], ["480P", "1080P"], "1920*1080"),
  silentT2v("wan2.1-t2v-turbo", "wan2.1", ["singapore"], ["480P", "720P"], "1280*720"),
  silentT2v("wan2.1-t2v-plus", "wan2.1", ["singapore"], ["720P"], "1280*720"),
  silentT2v("wanx2.1-t2v-turbo", "wan2.1", ["beijing"], ["480P", "720P"], "1280*720"),
  silentT2v("wanx2.1-t2v-plus", "wan2.1", ["beijing"], ["720P"], "1280*720"),
  r2v26("wan2.6-r2v-flash", ["singapore", "beijing"], { duration: R2V26_DURATION, silentAllowed: true }),
  r2v26("wan2.6-r2v", ["singapore", "beijing"], { duration: R2V26_DURATION }),
  r2v26("wan2.6-r2v", ["virginia"], { duration: { values: [5, 10], default: 5 }, videosOnly: true }),
  {
    name: "wan2.7-r2v",
    version: "wan2.7",
    form: "r2v-media",
    regions: ["singapore", "beijing"],
    promptMax: 5000,
    tiers: ["720P", "1080P"],
    defaultSize: "1920*1080",
    // 2-15 s with images only; 2-10 s when any video is given (checked in validation).
    duration: { min: 2, max: 15, default: 5 },
    inputFields: ["prompt", "negative_prompt", "media", "reference_voice"],
    parameterFields: ["resolution", "ratio", "duration", "prompt_extend", "watermark", "seed"],
  },
];

export const NEGATIVE_PROMPT_MAX = 500;
export const SEED_MAX = 2_147_483_647;
export const MAX_REFERENCES = 5;
export const MAX_REFERENCE_VIDEOS = 3;
export const MAX_REFERENCE_IMAGES = 5;
export const WAN27_MEDIA_TYPES = ["reference_image", "reference_video", "first_frame"] as const;
export const WAN27_MAX_DURATION_WITH_VIDEO = 10;

export function findModelRule(model: string, region: Region): SimModelRule | undefined {
  return SIM_MODEL_RULES.find((rule) => rule.name === model && rule.regions.includes(region));
}

export function isKnownModel(model: string): boolean {
  return SIM_MODEL_RULES.some((rule) => rule.name === model);
}

/** Per-video billing cap: the 5 s cap split across all references (1.65, not 5/3, for three). */
export const TRUNCATION_LIMIT_BY_COUNT: Readonly<Record<number, number>> = { 1: 5, 2: 2.5, 3: 1.65, 4: 1.25, 5: 1 };

/** Built-in account limits per Wan version (public rate-limit page). */
export function builtInLimits(version: WanVersion): { concurrency: number; perSecond: number } {
  return version === "wan2.1" || version === "wan2.2" ? { concurrency: 2, perSecond: 2 } : { concurrency: 5, perSecond: 5 };
}
