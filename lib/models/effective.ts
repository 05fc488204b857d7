// The billing-relevant parameters of a request once the provider's defaults are applied.
import { getModel, regionalSpec } from "@/lib/models/catalog";
import { tierOfSize } from "@/lib/models/sizes";
import type { ModelSpec } from "@/lib/models/spec";
import type { EffectiveParams, GenerationRequest, Tier } from "@/lib/models/types";

function specFor(request: GenerationRequest): ModelSpec {
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

export function defaultDuration(spec: ModelSpec): number {
  return spec.duration.kind === "fixed" ? spec.duration.value : spec.duration.default;
}

export function effectiveParams(request: GenerationRequest): EffectiveParams {
  const spec = specFor(request);
  const outputSeconds = spec.duration.kind === "fixed" ? spec.duration.value : (request.duration ?? spec.duration.default);
  const audio =
    spec.audio.output === "never" ? false : spec.audio.output === "always" ? true : (request.audio ?? spec.outputHasAudioByDefault);
  return { tier: tierOf(spec, request), outputSeconds, audio };
}
