// The shape of one catalog entry: what a model takes, its limits, and where it is offered.
import type { ModelKind, OptionalField, Ratio, Region, ReferenceType, RequestForm, Tier } from "@/lib/rules/models/types";

export type DurationRule =
  | { kind: "range"; min: number; max: number; default: number; maxWithVideo?: number }
  | { kind: "list"; values: readonly number[]; default: number }
  | { kind: "fixed"; value: number };

/** Sizes are exact W*H values from whole tiers (t2v and wan2.6 r2v). */
export interface SizeRule {
  kind: "size";
  tiers: readonly Tier[];
  default: string;
}

/** Resolution tier plus aspect ratio (wan2.7). */
export interface ResolutionRule {
  kind: "resolution";
  resolutions: readonly Tier[];
  default: Tier;
  ratios: readonly Ratio[];
  defaultRatio: Ratio;
}

export interface AudioRule {
  /** always: the output has sound; never: silent; optional: `audio` picks (default on). */
  output: "always" | "never" | "optional";
  /** t2v wan2.6 / wan2.5: a custom track via audioUrl. */
  customTrack: boolean;
  /** wan2.7: a voice sample via a reference's voiceUrl. */
  voiceClone: boolean;
}

export interface ShotTypeRule {
  default: "single" | "multi" | null;
  /** wan2.6-t2v: shot_type only takes effect with prompt_extend true. */
  requiresPromptExtend: boolean;
}

export interface ReferenceLimits {
  /** Who the limits belong to, for messages ("wan2.6 models"). */
  family: string;
  min: number;
  maxTotal: number;
  maxImages: number;
  maxVideos: number;
  /** Reference types this model (in this region) takes. */
  types: readonly ReferenceType[];
  maxFirstFrames: number;
  /** How the prompt names references: character1..N, or Image N / Video N. */
  naming: "character" | "media";
}

export interface MediaLimits {
  minSeconds: number;
  maxSeconds: number;
  maxBytes: number;
  formats: readonly ("wav" | "mp3")[];
}

/** Everything a region may override. */
export interface ModelLimits {
  fields: readonly OptionalField[];
  promptMaxChars: number;
  negativePromptMaxChars: number | null;
  output: SizeRule | ResolutionRule;
  duration: DurationRule;
  audio: AudioRule;
  shotType: ShotTypeRule | null;
  references: ReferenceLimits | null;
}

export interface RegionOffer {
  /** The provider's name for the model in this region, when it differs from the public id. */
  providerModel?: string;
  overrides?: Partial<ModelLimits>;
  /** A short human note on what differs in this region. */
  note?: string;
}

export interface ModelSpec extends ModelLimits {
  id: string;
  kind: ModelKind;
  form: RequestForm;
  label: string;
  strengths: readonly string[];
  regions: Partial<Record<Region, RegionOffer>>;
  rateLimit: { concurrent: number; perSecond: number };
  /** A rough run time for a progress hint, not a promise. */
  typicalSeconds: number;
  /** v26: usage.duration / input_video_duration / output_video_duration; v25: usage.video_duration. */
  usageShape: "v26" | "v25";
  outputHasAudioByDefault: boolean;
  defaults: { promptExtend: boolean | null; watermark: boolean };
}

/** A model's limits with one region's overrides applied. */
export interface RegionalSpec extends ModelSpec {
  region: Region;
  providerModel: string;
}
