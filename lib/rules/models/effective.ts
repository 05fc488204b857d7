// What the provider works with once its defaults are applied: the billing-relevant figures
// (effectiveParams) and every output parameter of a request (effectiveParameters), so a
// generation made with the form's defaults still says it was 1920*1080 and 5 s.
import { getModel, regionalSpec } from "@/lib/rules/models/catalog";
import { tierOfSize } from "@/lib/rules/models/sizes";
import type { ModelSpec } from "@/lib/rules/models/spec";
import type { EffectiveParams, GenerationRequest, Ratio, Tier } from "@/lib/rules/models/types";

/** The request's output parameters with every default filled in (public field names). */
export interface EffectiveParameters {
  /** Size-based models (text-to-video, wan2.6 reference-to-video). */
  size?: string;
  /** Resolution-based models (wan2.7). */
  resolution?: Tier;
  /** Absent when a first frame sets the shape. */
  ratio?: Ratio;
  duration: number;
  /** Whether the video has sound. */
  audio: boolean;
  shotType?: "single" | "multi";
  promptExtend?: boolean;
  watermark?: boolean;
  /** Only when the request set one (otherwise the provider picks a random seed). */
  seed?: number;
}

function specFor(request: Pick<GenerationRequest, "model" | "region">): ModelSpec {
  const spec = regionalSpec(request.model, request.region) ?? getModel(request.model);
  if (!spec) throw new Error(`effectiveParams: unknown model ${request.model}`);
  return spec;
}

function tierOf(spec: ModelSpec, request: GenerationRequest): Tier {
  if (spec.output.kind === "resolution") return request.resolution ?? spec.output.default;
  const size = request.size ?? spec.output.default;
  const tier = tierOfSize(size);
  if (!tier) throw new Error(`effectiveParams: size ${size} is not a documented size`);
  return tier;
}

function outputSecondsOf(spec: ModelSpec, request: GenerationRequest): number {
  return spec.duration.kind === "fixed" ? spec.duration.value : (request.duration ?? spec.duration.default);
}

function audioOf(spec: ModelSpec, request: GenerationRequest): boolean {
  if (spec.audio.output === "never") return false;
  if (spec.audio.output === "always") return true;
  return request.audio ?? spec.outputHasAudioByDefault;
}

export function effectiveParams(request: GenerationRequest): EffectiveParams {
  const spec = specFor(request);
  return { tier: tierOf(spec, request), outputSeconds: outputSecondsOf(spec, request), audio: audioOf(spec, request) };
}

/** Every output parameter as the provider applies it: what was set, else the model's default. */
export function effectiveParameters(request: GenerationRequest): EffectiveParameters {
  const spec = specFor(request);
  const parameters: EffectiveParameters = { duration: outputSecondsOf(spec, request), audio: audioOf(spec, request) };
  if (spec.output.kind === "size") {
    parameters.size = request.size ?? spec.output.default;
  } else {
    parameters.resolution = request.resolution ?? spec.output.default;
    // The provider ignores ratio when a first frame sets the shape (and the builder does not send it).
    if (!(request.references ?? []).some((ref) => ref.type === "first_frame")) parameters.ratio = request.ratio ?? spec.output.defaultRatio;
  }
  const shotType = spec.shotType ? (request.shotType ?? spec.shotType.default) : null;
  if (shotType) parameters.shotType = shotType;
  const promptExtend = spec.fields.includes("promptExtend") ? (request.promptExtend ?? spec.defaults.promptExtend) : null;
  if (promptExtend !== null) parameters.promptExtend = promptExtend;
  if (spec.fields.includes("watermark")) parameters.watermark = request.watermark ?? spec.defaults.watermark;
  if (request.seed !== undefined && spec.fields.includes("seed")) parameters.seed = request.seed;
  return parameters;
}
