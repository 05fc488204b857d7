// Shared vocabulary of the model catalog, validation, request builders and cost estimates.
// Pure types and their value lists: safe to import from server, worker and browser code.

export const REGIONS = ["singapore", "virginia", "beijing"] as const;
export type Region = (typeof REGIONS)[number];

export type ModelKind = "t2v" | "r2v";
export type Tier = "480P" | "720P" | "1080P";
export type Ratio = "16:9" | "9:16" | "1:1" | "4:3" | "3:4";

/** How a model's request is shaped on the wire. */
export type RequestForm =
  | "t2v" //           input.prompt (+negative_prompt, audio_url) + parameters.size
  | "r2v-reference-urls" // wan2.6 r2v: input.reference_urls + parameters.size
  | "r2v-media"; //    wan2.7 r2v: input.media[{type,url}] + parameters.resolution + ratio

/** Public (API and form) reference kinds. `first_frame` is an image used as the opening frame (wan2.7). */
export type ReferenceType = "image" | "video" | "first_frame";
/** What a probe of the URL found. */
export type MediaKind = "image" | "video" | "audio";

export interface ReferenceInput {
  url: string;
  type?: ReferenceType;
  /** wan2.7 only: a WAV/MP3 voice sample, 1-10 s (sent as input.reference_voice). */
  voiceUrl?: string;
}

/** The public request body (camelCase), as in docs/api.md. */
export interface GenerationRequest {
  projectId: string;
  model: string;
  region: Region;
  prompt: string;
  negativePrompt?: string;
  references?: ReferenceInput[];
  audioUrl?: string;
  size?: string;
  resolution?: Tier;
  ratio?: Ratio;
  duration?: number;
  audio?: boolean;
  shotType?: "single" | "multi";
  promptExtend?: boolean;
  watermark?: boolean;
  seed?: number;
}

/** The request's output parameters: what the form holds as chosen values. */
export type OutputParameters = Pick<GenerationRequest, "size" | "resolution" | "ratio" | "duration" | "audio" | "shotType" | "promptExtend" | "watermark">;

/** Every optional request field a model may or may not take, in the order messages list them. */
export const OPTIONAL_FIELDS = [
  "negativePrompt",
  "references",
  "audioUrl",
  "size",
  "resolution",
  "ratio",
  "duration",
  "audio",
  "shotType",
  "promptExtend",
  "watermark",
  "seed",
] as const;
export type OptionalField = (typeof OPTIONAL_FIELDS)[number];

/** What a probe learned about one URL (reference, voice sample or audio track). */
export interface ProbedMedia {
  url: string;
  kind: MediaKind;
  contentType?: string;
  bytes?: number;
  durationSeconds?: number;
}

export interface Issue {
  path: string; // e.g. "duration", "references.2.url"
  message: string; // names the field and the rule, and suggests the fix
}

export interface ValidationResult {
  ok: boolean;
  issues: Issue[];
  warnings: Issue[];
}

/** The JSON body sent to DashScope's video-synthesis endpoint. */
export interface ProviderRequest {
  model: string;
  input: Record<string, unknown>;
  parameters: Record<string, unknown>;
}

/** Billing-relevant parameters after defaults are applied. */
export interface EffectiveParams {
  tier: Tier;
  outputSeconds: number;
  audio: boolean; // whether the output has sound (prices differ on wan2.6-r2v-flash)
}
