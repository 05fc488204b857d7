// The catalog as served by GET /api/v1/models: JSON-safe, camelCase, stable field names.
import { AUDIO_TRACK_LIMITS, MODELS, NEGATIVE_PROMPT_MAX, SEED_MAX, VOICE_SAMPLE_LIMITS, regionsOf } from "@/lib/rules/models/catalog";
import { SIZES_BY_TIER } from "@/lib/rules/models/sizes";
import type { DurationRule, MediaLimits, ModelLimits, ModelSpec, ReferenceLimits } from "@/lib/rules/models/spec";
import type { OptionalField } from "@/lib/rules/models/types";
import type { DurationsJson, MediaLimitsJson, ModelJson, ReferencesJson, RegionOverridesJson } from "@/lib/contracts/model";

// The JSON shape is defined once, by the response contract.
type PublicDurations = DurationsJson;
type PublicReferences = ReferencesJson;
type PublicMediaLimits = MediaLimitsJson;
type PublicRegionOverrides = RegionOverridesJson;
export type PublicModel = ModelJson;

function durations(rule: DurationRule): PublicDurations {
  if (rule.kind === "fixed") return { kind: "fixed", value: rule.value, default: rule.value };
  if (rule.kind === "list") return { kind: "list", values: [...rule.values], default: rule.default };
  return { kind: "range", min: rule.min, max: rule.max, default: rule.default, maxWithVideo: rule.maxWithVideo ?? null };
}

function references(limits: ReferenceLimits): PublicReferences {
  return {
    min: limits.min,
    maxTotal: limits.maxTotal,
    maxImages: limits.maxImages,
    maxVideos: limits.maxVideos,
    maxFirstFrames: limits.maxFirstFrames,
    types: [...limits.types],
    naming: limits.naming,
    namingExample: limits.naming === "character" ? "character1, character2, …" : "Image 1, Video 1, … (numbered per type)",
  };
}

function media(limits: MediaLimits): PublicMediaLimits {
  return { ...limits, formats: limits.formats.map((format) => format.toUpperCase()) };
}

function overrides(changed: Partial<ModelLimits> | undefined): PublicRegionOverrides | null {
  if (!changed) return null;
  const result: PublicRegionOverrides = {};
  if (changed.duration) result.durations = durations(changed.duration);
  if (changed.references) result.references = references(changed.references);
  return Object.keys(result).length > 0 ? result : null;
}

function toPublic(model: ModelSpec): PublicModel {
  const output = model.output;
  const takes = (field: OptionalField) => model.fields.includes(field);
  return {
    id: model.id,
    label: model.label,
    kind: model.kind,
    strengths: [...model.strengths],
    regions: regionsOf(model).map((region) => {
      const offer = model.regions[region] ?? {};
      return { region, providerModel: offer.providerModel ?? model.id, note: offer.note ?? null, overrides: overrides(offer.overrides) };
    }),
    output:
      output.kind === "size"
        ? { kind: "size", tiers: output.tiers.map((tier) => ({ tier, sizes: SIZES_BY_TIER[tier].map((s) => ({ ...s })) })) }
        : { kind: "resolution", resolutions: [...output.resolutions], ratios: [...output.ratios] },
    durations: durations(model.duration),
    audio: {
      output: model.audio.output,
      silentAllowed: model.audio.output !== "always",
      audioUrl: model.audio.customTrack ? media(AUDIO_TRACK_LIMITS) : null,
      voiceSample: model.audio.voiceClone ? media(VOICE_SAMPLE_LIMITS) : null,
    },
    acceptedFields: [...model.fields],
    limits: {
      promptMaxChars: model.promptMaxChars,
      negativePromptMaxChars: takes("negativePrompt") ? (model.negativePromptMaxChars ?? NEGATIVE_PROMPT_MAX) : null,
      seedMin: 0,
      seedMax: takes("seed") ? SEED_MAX : null,
    },
    references: model.references ? references(model.references) : null,
    shotType: model.shotType ? { values: ["single", "multi"], requiresPromptExtend: model.shotType.requiresPromptExtend } : null,
    defaults: {
      size: output.kind === "size" ? output.default : null,
      resolution: output.kind === "resolution" ? output.default : null,
      ratio: output.kind === "resolution" ? output.defaultRatio : null,
      duration: model.duration.kind === "fixed" ? model.duration.value : model.duration.default,
      audio: model.outputHasAudioByDefault,
      shotType: model.shotType?.default ?? null,
      promptExtend: model.defaults.promptExtend,
      watermark: model.defaults.watermark,
    },
    rateLimit: { ...model.rateLimit },
    typicalSeconds: model.typicalSeconds,
  };
}

export function publicCatalog(): { models: PublicModel[] } {
  return { models: MODELS.map(toPublic) };
}
