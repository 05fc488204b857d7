// Checks a create-task body against the simulator's copy of the provider rules and works out
// what will be produced (size, seconds, audio) and billed. Errors mimic the provider's 4xx answers.
import type { Region } from "@/lib/models/types";
import {
  findModelRule,
  isKnownModel,
  MAX_REFERENCE_IMAGES,
  MAX_REFERENCE_VIDEOS,
  MAX_REFERENCES,
  NEGATIVE_PROMPT_MAX,
  RATIOS,
  SEED_MAX,
  SIZES_BY_TIER,
  sizeForRatio,
  WAN27_MAX_DURATION_WITH_VIDEO,
  WAN27_MEDIA_TYPES,
  type SimModelRule,
  type SimTier,
} from "@/lib/simulator/model-rules";
import { isHttpUrl, type ReferenceKind } from "@/lib/simulator/reference-media";

export interface RequestRejection {
  ok: false;
  status: number;
  code: string;
  message: string;
}

export interface PlannedReference {
  url: string;
  kind: ReferenceKind;
}

export interface RequestPlan {
  ok: true;
  rule: SimModelRule;
  prompt: string;
  size: string;
  outputSeconds: number;
  /** Whether the output has sound (r2v usage reports it). */
  audio: boolean;
  references: PlannedReference[];
  /** Things the provider accepts silently but our product should not send (e.g. truncated text). */
  warnings: string[];
}

export type ValidationOutcome = RequestPlan | RequestRejection;

type KindOf = (url: string) => Promise<ReferenceKind>;

class Rejection extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

const invalid = (message: string) => new Rejection(400, "InvalidParameter", message);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function checkKnownFields(section: "input" | "parameters", value: Record<string, unknown>, allowed: string[], model: string) {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) throw invalid(`Parameter ${section}.${key} is not supported by model ${model}.`);
  }
}

function optionalBoolean(params: Record<string, unknown>, key: string): boolean | undefined {
  const value = params[key];
  if (value === undefined) return undefined;
  if (typeof value !== "boolean") throw invalid(`parameters.${key} must be a boolean.`);
  return value;
}

function checkDuration(rule: SimModelRule, raw: unknown, maxOverride?: number): number {
  if (raw === undefined) return rule.duration.default;
  if (typeof raw !== "number" || !Number.isInteger(raw)) throw invalid("parameters.duration must be an integer number of seconds.");
  const { values, min, max } = rule.duration;
  if (values && !values.includes(raw)) {
    throw invalid(`parameters.duration ${raw} is not supported by ${rule.name}: allowed ${values.join(" or ")}.`);
  }
  const upper = Math.min(max ?? Infinity, maxOverride ?? Infinity);
  if (min !== undefined && (raw < min || raw > upper)) {
    throw invalid(`parameters.duration ${raw} is out of range for ${rule.name}: ${min}-${upper} seconds.`);
  }
  return raw;
}

function checkSize(rule: SimModelRule, raw: unknown): string {
  if (raw === undefined) return rule.defaultSize;
  if (typeof raw !== "string" || !/^\d+\*\d+$/.test(raw)) {
    throw invalid(`parameters.size must be an exact width*height such as 1280*720, got ${JSON.stringify(raw)}.`);
  }
  const allowed = rule.tiers.flatMap((tier) => [...SIZES_BY_TIER[tier]] as string[]);
  if (!allowed.includes(raw)) throw invalid(`The size is not match: ${raw} is not supported by ${rule.name}.`);
  return raw;
}

function checkCommon(rule: SimModelRule, input: Record<string, unknown>, params: Record<string, unknown>, warnings: string[]): string {
  const prompt = input.prompt;
  if (typeof prompt !== "string" || prompt.trim() === "") throw invalid("input.prompt is required.");
  if (prompt.length > rule.promptMax) warnings.push(`input.prompt has ${prompt.length} characters; ${rule.name} truncates after ${rule.promptMax}.`);
  if (input.negative_prompt !== undefined) {
    if (typeof input.negative_prompt !== "string") throw invalid("input.negative_prompt must be a string.");
    if (input.negative_prompt.length > NEGATIVE_PROMPT_MAX) warnings.push(`input.negative_prompt is truncated after ${NEGATIVE_PROMPT_MAX} characters.`);
  }
  for (const key of ["audio_url", "reference_voice"]) {
    if (input[key] !== undefined && !isHttpUrl(input[key])) throw invalid(`input.${key} must be a public HTTP(S) URL.`);
  }
  optionalBoolean(params, "prompt_extend");
  optionalBoolean(params, "watermark");
  if (params.seed !== undefined) {
    const seed = params.seed;
    if (typeof seed !== "number" || !Number.isInteger(seed) || seed < 0 || seed > SEED_MAX) {
      throw invalid(`parameters.seed must be an integer between 0 and ${SEED_MAX}.`);
    }
  }
  if (params.shot_type !== undefined && params.shot_type !== "single" && params.shot_type !== "multi") {
    throw invalid('parameters.shot_type must be "single" or "multi".');
  }
  return prompt;
}

async function checkReferenceUrls(rule: SimModelRule, raw: unknown, kindOf: KindOf): Promise<PlannedReference[]> {
  if (!Array.isArray(raw) || raw.length === 0) throw invalid("input.reference_urls must hold 1 to 5 URLs.");
  if (raw.length > MAX_REFERENCES) throw invalid(`input.reference_urls holds ${raw.length} URLs; at most ${MAX_REFERENCES} are allowed.`);
  const references: PlannedReference[] = [];
  for (const [index, url] of raw.entries()) {
    if (!isHttpUrl(url)) throw invalid(`input.reference_urls[${index}] must be a public HTTP(S) URL.`);
    references.push({ url, kind: await kindOf(url) });
  }
  const videos = references.filter((r) => r.kind === "video").length;
  const images = references.filter((r) => r.kind === "image").length;
  if (references.some((r) => r.kind === "audio")) throw invalid("input.reference_urls accepts images and videos only, not audio.");
  if (videos > MAX_REFERENCE_VIDEOS) throw invalid(`At most ${MAX_REFERENCE_VIDEOS} reference videos are allowed, got ${videos}.`);
  if (images > MAX_REFERENCE_IMAGES) throw invalid(`At most ${MAX_REFERENCE_IMAGES} reference images are allowed, got ${images}.`);
  if (rule.videosOnly && videos !== references.length) {
    throw invalid(`${rule.name} in this region accepts reference videos only (text + video input).`);
  }
  return references;
}

const KIND_OF_MEDIA_TYPE: Readonly<Record<string, ReferenceKind>> = {
  reference_image: "image",
  reference_video: "video",
  first_frame: "image",
};

async function checkMedia(raw: unknown, kindOf: KindOf): Promise<PlannedReference[]> {
  if (!Array.isArray(raw) || raw.length === 0) throw invalid("input.media must hold 1 to 5 items.");
  if (raw.length > MAX_REFERENCES) throw invalid(`input.media holds ${raw.length} items; at most ${MAX_REFERENCES} are allowed.`);
  const references: PlannedReference[] = [];
  let firstFrames = 0;
  for (const [index, item] of raw.entries()) {
    if (!isRecord(item)) throw invalid(`input.media[${index}] must be an object {type, url}.`);
    for (const key of Object.keys(item)) {
      if (!["type", "url", "reference_voice"].includes(key)) throw invalid(`input.media[${index}].${key} is not supported.`);
    }
    const type = item.type;
    if (typeof type !== "string" || !(WAN27_MEDIA_TYPES as readonly string[]).includes(type)) {
      throw invalid(`input.media[${index}].type must be one of ${WAN27_MEDIA_TYPES.join(", ")}.`);
    }
    if (!isHttpUrl(item.url)) throw invalid(`input.media[${index}].url must be a public HTTP(S) URL.`);
    if (item.reference_voice !== undefined && !isHttpUrl(item.reference_voice)) {
      throw invalid(`input.media[${index}].reference_voice must be a public HTTP(S) URL.`);
    }
    if (type === "first_frame") firstFrames += 1;
    const expected = KIND_OF_MEDIA_TYPE[type];
    const actual = await kindOf(item.url);
    if (actual !== "unknown" && actual !== expected) {
      const described = actual === "audio" ? "an audio file" : actual === "image" ? "an image" : "a video";
      throw invalid(`input.media[${index}] is declared ${type} but the URL is ${described}.`);
    }
    references.push({ url: item.url, kind: expected });
  }
  if (firstFrames > 1) throw invalid("input.media may contain at most one first_frame.");
  return references;
}

async function planRequest(region: Region, body: unknown, kindOf: KindOf): Promise<RequestPlan> {
  if (!isRecord(body)) throw invalid("The request body must be a JSON object.");
  const model = body.model;
  if (typeof model !== "string" || model === "") throw invalid("model is required.");
  const rule = findModelRule(model, region);
  if (!rule) {
    if (isKnownModel(model)) throw invalid(`Model ${model} is not available in this region (${region}).`);
    throw new Rejection(404, "ModelNotFound", "Model not exist.");
  }
  if (!isRecord(body.input)) throw invalid("input is required and must be an object.");
  if (body.parameters !== undefined && !isRecord(body.parameters)) throw invalid("parameters must be an object.");
  const input = body.input;
  const params: Record<string, unknown> = isRecord(body.parameters) ? body.parameters : {};
  checkKnownFields("input", input, rule.inputFields, model);
  checkKnownFields("parameters", params, rule.parameterFields, model);

  const warnings: string[] = [];
  const prompt = checkCommon(rule, input, params, warnings);
  const audioParam = optionalBoolean(params, "audio");
  if (audioParam === false && !rule.silentAllowed) throw invalid(`parameters.audio=false (silent video) is supported only by wan2.6-r2v-flash, not ${model}.`);

  if (rule.form === "t2v") {
    const size = checkSize(rule, params.size);
    const outputSeconds = checkDuration(rule, params.duration);
    const audio = rule.generation === "wan2.5" || rule.generation === "wan2.6";
    return { ok: true, rule, prompt, size, outputSeconds, audio, references: [], warnings };
  }
  if (rule.form === "r2v-reference-urls") {
    const references = await checkReferenceUrls(rule, input.reference_urls, kindOf);
    const size = checkSize(rule, params.size);
    const outputSeconds = checkDuration(rule, params.duration);
    return { ok: true, rule, prompt, size, outputSeconds, audio: audioParam ?? true, references, warnings };
  }
  const references = await checkMedia(input.media, kindOf);
  const resolution = params.resolution ?? "1080P";
  if (resolution !== "720P" && resolution !== "1080P") throw invalid('parameters.resolution must be "720P" or "1080P".');
  const ratio = params.ratio ?? "16:9";
  if (typeof ratio !== "string" || !(RATIOS as readonly string[]).includes(ratio)) {
    throw invalid(`parameters.ratio must be one of ${RATIOS.join(", ")}.`);
  }
  const hasVideo = references.some((r) => r.kind === "video");
  const outputSeconds = checkDuration(rule, params.duration, hasVideo ? WAN27_MAX_DURATION_WITH_VIDEO : undefined);
  const size = sizeForRatio(resolution as SimTier, ratio);
  return { ok: true, rule, prompt, size, outputSeconds, audio: true, references, warnings };
}

export async function validateCreateRequest(region: Region, body: unknown, kindOf: KindOf): Promise<ValidationOutcome> {
  try {
    return await planRequest(region, body, kindOf);
  } catch (error) {
    if (error instanceof Rejection) return { ok: false, status: error.status, code: error.code, message: error.message };
    throw error;
  }
}
