// Maps a validated public request to the provider's JSON body, per request form. Only fields the
// user set and the model documents are sent; the provider applies its own defaults.
import { regionalSpec } from "@/lib/rules/models/catalog";
import type { RegionalSpec } from "@/lib/rules/models/spec";
import type { GenerationRequest, OptionalField, ProviderRequest, ReferenceType, Region } from "@/lib/rules/models/types";

type Body = Record<string, unknown>;

/** Copies request[field] to target[key] when set and taken by the model. */
function put(target: Body, key: string, spec: RegionalSpec, field: OptionalField, value: unknown): void {
  if (value === undefined || !spec.fields.includes(field)) return;
  target[key] = value;
}

function putText(target: Body, key: string, spec: RegionalSpec, field: OptionalField, value: string | undefined): void {
  if (value !== undefined && value.length > 0) put(target, key, spec, field, value);
}

function sendsDuration(spec: RegionalSpec): boolean {
  return spec.duration.kind !== "fixed";
}

function buildT2v(request: GenerationRequest, spec: RegionalSpec): ProviderRequest {
  const input: Body = { prompt: request.prompt };
  putText(input, "negative_prompt", spec, "negativePrompt", request.negativePrompt);
  put(input, "audio_url", spec, "audioUrl", request.audioUrl);
  const parameters: Body = {};
  put(parameters, "size", spec, "size", request.size);
  if (sendsDuration(spec)) put(parameters, "duration", spec, "duration", request.duration);
  put(parameters, "prompt_extend", spec, "promptExtend", request.promptExtend);
  put(parameters, "shot_type", spec, "shotType", request.shotType);
  put(parameters, "watermark", spec, "watermark", request.watermark);
  put(parameters, "seed", spec, "seed", request.seed);
  return { model: spec.providerModel, input, parameters };
}

function buildReferenceUrls(request: GenerationRequest, spec: RegionalSpec): ProviderRequest {
  const input: Body = {
    prompt: request.prompt,
    reference_urls: (request.references ?? []).map((ref) => ref.url),
  };
  const parameters: Body = {};
  put(parameters, "size", spec, "size", request.size);
  put(parameters, "duration", spec, "duration", request.duration);
  put(parameters, "audio", spec, "audio", request.audio);
  put(parameters, "shot_type", spec, "shotType", request.shotType);
  put(parameters, "watermark", spec, "watermark", request.watermark);
  return { model: spec.providerModel, input, parameters };
}

const MEDIA_TYPES: Record<ReferenceType, string> = {
  image: "reference_image",
  video: "reference_video",
  first_frame: "first_frame",
};

function buildMedia(request: GenerationRequest, spec: RegionalSpec): ProviderRequest {
  const references = request.references ?? [];
  const media = references.map((ref, i) => {
    if (!ref.type) throw new Error(`buildProviderRequest: references.${i} has no resolved type`);
    return { type: MEDIA_TYPES[ref.type], url: ref.url };
  });
  const input: Body = { prompt: request.prompt };
  putText(input, "negative_prompt", spec, "negativePrompt", request.negativePrompt);
  input.media = media;
  const voice = references.find((ref) => ref.voiceUrl !== undefined)?.voiceUrl;
  if (voice !== undefined && spec.audio.voiceClone) input.reference_voice = voice;
  const parameters: Body = {};
  put(parameters, "resolution", spec, "resolution", request.resolution);
  // The provider ignores ratio when a first frame sets the shape.
  if (!references.some((ref) => ref.type === "first_frame")) put(parameters, "ratio", spec, "ratio", request.ratio);
  put(parameters, "duration", spec, "duration", request.duration);
  put(parameters, "prompt_extend", spec, "promptExtend", request.promptExtend);
  put(parameters, "watermark", spec, "watermark", request.watermark);
  put(parameters, "seed", spec, "seed", request.seed);
  return { model: spec.providerModel, input, parameters };
}

/** The provider body for a request that passed validateGeneration (references carry their types). */
export function buildProviderRequest(request: GenerationRequest, region: Region): ProviderRequest {
  const spec = regionalSpec(request.model, region);
  if (!spec) throw new Error(`buildProviderRequest: ${request.model} is not offered in ${region}`);
  switch (spec.form) {
    case "t2v":
      return buildT2v(request, spec);
    case "r2v-reference-urls":
      return buildReferenceUrls(request, spec);
    case "r2v-media":
      return buildMedia(request, spec);
  }
}
