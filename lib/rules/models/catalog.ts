// The Wan model catalog: plain data plus lookups. Every rule the form, API and worker enforce
// starts here; limits are data so a documentation change is a one-line edit.
import { REGIONS, type Region } from "@/lib/rules/models/types";
import type { MediaLimits, ModelLimits, ModelSpec, ReferenceLimits, RegionalSpec } from "@/lib/rules/models/spec";

export { tierOfSize } from "@/lib/rules/models/sizes";

const MB = 1024 * 1024;

/** audioUrl on wan2.6-t2v / wan2.5-t2v-preview (seed 003). */
export const AUDIO_TRACK_LIMITS: MediaLimits = { minSeconds: 3, maxSeconds: 30, maxBytes: 15 * MB, formats: ["wav", "mp3"] };
/** reference_voice on wan2.7-r2v (seed 002). */
export const VOICE_SAMPLE_LIMITS: MediaLimits = { minSeconds: 1, maxSeconds: 10, maxBytes: 15 * MB, formats: ["wav", "mp3"] };

export const SEED_MAX = 2147483647;
export const NEGATIVE_PROMPT_MAX = 500;

const FAST_RATE = { concurrent: 5, perSecond: 5 };
const SLOW_RATE = { concurrent: 2, perSecond: 2 };

const WAN26_REFERENCES: ReferenceLimits = {
  family: "wan2.6 models",
  min: 1,
  maxTotal: 5,
  maxImages: 5,
  maxVideos: 3,
  types: ["image", "video"],
  maxFirstFrames: 0,
  naming: "character",
};

const WAN27_REFERENCES: ReferenceLimits = {
  family: "wan2.7-r2v",
  min: 1,
  maxTotal: 5,
  maxImages: 5,
  maxVideos: 5,
  types: ["image", "video", "first_frame"],
  maxFirstFrames: 1,
  naming: "media",
};

/** Virginia's wan2.6-r2v takes text + video only, 5 or 10 s (seed 001, "Global"). */
const VIRGINIA_R2V: Partial<ModelLimits> = {
  references: { ...WAN26_REFERENCES, family: "wan2.6-r2v in virginia", maxImages: 0, types: ["video"] },
  duration: { kind: "list", values: [5, 10], default: 5 },
};

const T2V = {
  kind: "t2v",
  form: "t2v",
  negativePromptMaxChars: NEGATIVE_PROMPT_MAX,
  references: null,
  defaults: { promptExtend: true, watermark: false },
} as const satisfies Partial<ModelSpec>;

/** wan2.6-t2v and wan2.5-t2v-preview: sound by default, or the caller's own audio track. */
const SOUND_T2V = {
  ...T2V,
  promptMaxChars: 1500,
  audio: { output: "always", customTrack: true, voiceClone: false },
  rateLimit: FAST_RATE,
  outputHasAudioByDefault: true,
} as const satisfies Partial<ModelSpec>;

const SILENT_T2V = {
  ...T2V,
  fields: ["negativePrompt", "size", "duration", "promptExtend", "watermark", "seed"],
  promptMaxChars: 800,
  duration: { kind: "fixed", value: 5 },
  audio: { output: "never", customTrack: false, voiceClone: false },
  shotType: null,
  rateLimit: SLOW_RATE,
  usageShape: "v25",
  outputHasAudioByDefault: false,
} as const satisfies Partial<ModelSpec>;

/** Beijing offers the 2.1 models under their older wanx2.1-… names. */
const calledInBeijing = (providerModel: string) => ({ providerModel, note: `called ${providerModel} in beijing` });

const WAN26_R2V = {
  kind: "r2v",
  form: "r2v-reference-urls",
  fields: ["references", "size", "duration", "audio", "shotType", "watermark"],
  promptMaxChars: 1500, // not stated by the seeds; kept equal to wan2.6-t2v
  negativePromptMaxChars: null,
  output: { kind: "size", tiers: ["720P", "1080P"], default: "1920*1080" },
  duration: { kind: "range", min: 2, max: 10, default: 5 },
  shotType: { default: null, requiresPromptExtend: false },
  references: WAN26_REFERENCES,
  rateLimit: FAST_RATE,
  usageShape: "v26",
  outputHasAudioByDefault: true,
  defaults: { promptExtend: null, watermark: false },
} as const satisfies Partial<ModelSpec>;

export const MODELS: readonly ModelSpec[] = [
  {
    ...SOUND_T2V,
    id: "wan2.6-t2v",
    label: "Wan 2.6 text-to-video",
    strengths: ["Multi-shot narrative", "Sound by default or your own audio track", "2-15 s, 720P or 1080P"],
    regions: { singapore: {}, virginia: {}, beijing: {} },
    fields: ["negativePrompt", "audioUrl", "size", "duration", "shotType", "promptExtend", "watermark", "seed"],
    output: { kind: "size", tiers: ["720P", "1080P"], default: "1920*1080" },
    duration: { kind: "range", min: 2, max: 15, default: 5 },
    shotType: { default: "single", requiresPromptExtend: true },
    typicalSeconds: 180,
    usageShape: "v26",
  },
  {
    ...SOUND_T2V,
    id: "wan2.5-t2v-preview",
    label: "Wan 2.5 text-to-video (preview)",
    strengths: ["Sound by default or your own audio track", "The only model with 480P, 720P and 1080P", "5 or 10 s"],
    regions: { singapore: {}, beijing: {} },
    fields: ["negativePrompt", "audioUrl", "size", "duration", "promptExtend", "watermark", "seed"],
    output: { kind: "size", tiers: ["480P", "720P", "1080P"], default: "1920*1080" },
    duration: { kind: "list", values: [5, 10], default: 5 },
    shotType: null,
    typicalSeconds: 150,
    usageShape: "v25",
  },
  {
    ...SILENT_T2V,
    id: "wan2.2-t2v-plus",
    label: "Wan 2.2 text-to-video Plus",
    strengths: ["Silent video", "Cheap at 480P, sharp at 1080P", "Fixed 5 s"],
    regions: { singapore: {}, beijing: {} },
    output: { kind: "size", tiers: ["480P", "1080P"], default: "1920*1080" },
    typicalSeconds: 150,
  },
  {
    ...SILENT_T2V,
    id: "wan2.1-t2v-turbo",
    label: "Wan 2.1 text-to-video Turbo",
    strengths: ["Silent video", "Fast and cheap drafts", "Fixed 5 s, 480P or 720P"],
    regions: { singapore: {}, beijing: calledInBeijing("wanx2.1-t2v-turbo") },
    output: { kind: "size", tiers: ["480P", "720P"], default: "1280*720" },
    typicalSeconds: 90,
  },
  {
    ...SILENT_T2V,
    id: "wan2.1-t2v-plus",
    label: "Wan 2.1 text-to-video Plus",
    strengths: ["Silent video", "Fixed 5 s at 720P"],
    regions: { singapore: {}, beijing: calledInBeijing("wanx2.1-t2v-plus") },
    output: { kind: "size", tiers: ["720P"], default: "1280*720" },
    typicalSeconds: 180,
  },
  {
    ...WAN26_R2V,
    id: "wan2.6-r2v-flash",
    label: "Wan 2.6 reference-to-video Flash",
    strengths: ["Fast and cost-effective", "The only reference model that can make silent video", "Up to 5 characters from images or videos, 2-10 s"],
    regions: { singapore: {}, beijing: {} },
    audio: { output: "optional", customTrack: false, voiceClone: false },
    typicalSeconds: 90,
  },
  {
    ...WAN26_R2V,
    id: "wan2.6-r2v",
    label: "Wan 2.6 reference-to-video",
    strengths: ["Always with synced sound; voice timbre from reference videos", "Up to 5 characters, multi-shot narrative", "2-10 s (5 or 10 s in virginia)"],
    regions: {
      singapore: {},
      virginia: { overrides: VIRGINIA_R2V, note: "reference videos only; 5 or 10 s" },
      beijing: {},
    },
    audio: { output: "always", customTrack: false, voiceClone: false },
    typicalSeconds: 180,
  },
  {
    id: "wan2.7-r2v",
    kind: "r2v",
    form: "r2v-media",
    label: "Wan 2.7 reference-to-video",
    strengths: ["Voice cloning from a voice sample", "First-frame control", "2-15 s with images (2-10 s with videos), prompts up to 5,000 characters"],
    regions: { singapore: {}, beijing: {} },
    fields: ["negativePrompt", "references", "resolution", "ratio", "duration", "promptExtend", "watermark", "seed"],
    promptMaxChars: 5000,
    negativePromptMaxChars: NEGATIVE_PROMPT_MAX,
    output: { kind: "resolution", resolutions: ["720P", "1080P"], default: "1080P", ratios: ["16:9", "9:16", "1:1", "4:3", "3:4"], defaultRatio: "16:9" },
    duration: { kind: "range", min: 2, max: 15, default: 5, maxWithVideo: 10 },
    audio: { output: "always", customTrack: false, voiceClone: true },
    shotType: null,
    references: WAN27_REFERENCES,
    rateLimit: FAST_RATE,
    typicalSeconds: 240,
    usageShape: "v26",
    outputHasAudioByDefault: true,
    defaults: { promptExtend: true, watermark: false },
  },
];

const BY_ID = new Map(MODELS.map((model) => [model.id, model]));

export const MODEL_IDS: readonly string[] = MODELS.map((model) => model.id);

export function getModel(id: string): ModelSpec | undefined {
  return BY_ID.get(id);
}

export function regionsOf(model: ModelSpec): Region[] {
  return REGIONS.filter((region) => model.regions[region] !== undefined);
}

export function modelsForRegion(region: Region): ModelSpec[] {
  return MODELS.filter((model) => model.regions[region] !== undefined);
}

// The catalog never changes while the process runs: each model and region is merged once (the
// list page asks for it for every row). Frozen, so no caller can change the shared copy.
const regionalSpecs = new Map<string, RegionalSpec>();

/** The model's limits with the region's overrides applied, or undefined when it is not offered there. */
export function regionalSpec(modelId: string, region: Region): RegionalSpec | undefined {
  const key = `${modelId}\u0000${region}`;
  const known = regionalSpecs.get(key);
  if (known) return known;
  const model = getModel(modelId);
  const offer = model?.regions[region];
  if (!model || !offer) return undefined; // not remembered: ids and regions come from user input
  const spec = Object.freeze({ ...model, ...offer.overrides, region, providerModel: offer.providerModel ?? model.id });
  regionalSpecs.set(key, spec);
  return spec;
}

export function isRegional(spec: ModelSpec): spec is RegionalSpec {
  return "region" in spec && "providerModel" in spec;
}

/** " in virginia" when the spec's region overrides `key`, else "" (for messages). */
export function overrideNote(spec: ModelSpec, key: keyof ModelLimits): string {
  if (!isRegional(spec)) return "";
  return spec.regions[spec.region]?.overrides?.[key] !== undefined ? ` in ${spec.region}` : "";
}

/** The name the provider expects in `model` (beijing calls the 2.1 models wanx2.1-…). */
export function providerModelName(modelId: string, region: Region): string {
  return getModel(modelId)?.regions[region]?.providerModel ?? modelId;
}
