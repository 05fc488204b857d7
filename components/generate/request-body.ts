// Form state → the POST /api/v1/generations (and /estimates) body. Only fields the chosen model
// takes and the user set are sent: the API refuses any other field with a 422.
import type { OptionalField } from "@/lib/rules/models/types";
import type { FormState } from "./form-state";
import type { PublicModel } from "./catalog-view";

export type RequestBody = Record<string, unknown> & { projectId: string; model: string; region: string; prompt: string };

/** Seed as typed: a whole number becomes a number; anything else is passed on so validation can name the problem. */
function seedValue(text: string): number | string {
  const trimmed = text.trim();
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

function nonEmpty(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed.length > 0 ? trimmed : undefined;
}

export function buildRequestBody(state: FormState, model: PublicModel | undefined): RequestBody {
  const body: RequestBody = { projectId: state.projectId, model: state.model, region: state.region, prompt: state.prompt };
  if (!model) return body;
  const takes = (field: OptionalField) => model.acceptedFields.includes(field);
  const put = (field: OptionalField, value: unknown) => {
    if (value !== undefined && takes(field)) body[field] = value;
  };

  put("negativePrompt", state.negativePrompt.trim() ? state.negativePrompt : undefined);
  put("audioUrl", nonEmpty(state.audioUrl));
  put("size", state.size);
  put("resolution", state.resolution);
  put("ratio", state.ratio);
  put("duration", model.durations.kind === "fixed" ? undefined : state.duration);
  put("audio", model.audio.output === "optional" ? state.audio : undefined);
  put("shotType", state.shotType);
  put("promptExtend", state.promptExtend);
  put("watermark", state.watermark);
  put("seed", state.seed.trim() ? seedValue(state.seed) : undefined);

  if (takes("references") && state.references.length > 0) {
    const voices = model.audio.voiceSample !== null;
    body.references = state.references.map((ref) => {
      const entry: { url: string; type?: string; voiceUrl?: string } = { url: ref.url.trim() };
      if (ref.type) entry.type = ref.type;
      const voiceUrl = voices && ref.voiceUrl ? nonEmpty(ref.voiceUrl) : undefined;
      if (voiceUrl) entry.voiceUrl = voiceUrl;
      return entry;
    });
  }
  return body;
}
