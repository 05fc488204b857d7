// Checks a create-task request against the simulator's copy of the provider rules and works out
// what will be produced (size, seconds, audio) and billed. Errors mimic the provider's 4xx answers.
// Pure: no server needed (reference kinds come from the injected `kindOf`).
import type { IncomingHttpHeaders } from "node:http";
import type { Region } from "@/lib/rules/models/types";
import {
  findModelRule,
  isKnownModel,
  NEGATIVE_PROMPT_MAX,
  RATIOS,
  SEED_MAX,
  SIZES_BY_TIER,
  sizeForRatio,
  WAN27_MAX_DURATION_WITH_VIDEO,
  type SimModelRule,
  type SimTier,
} from "@/lib/simulator/model-rules";
import { isHttpUrl } from "@/lib/simulator/reference-media";
import { checkMedia, checkReferenceUrls, invalid, isRecord, Rejection, type KindOf, type PlannedReference } from "@/lib/simulator/validate-references";

export type { PlannedReference } from "@/lib/simulator/validate-references";

export interface RequestRejection {
  ok: false;
  status: number;
  code: string;
  /** The header or body field the rejection is about, e.g. "parameters.size". */
  field: string;
  message: string;
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
  /** Things the provider accepts silently but our product should not send (e.g. truncated text); each starts with the field. */
  warnings: string[];
}

export type ValidationOutcome = RequestPlan | RequestRejection;

/** The provider counts characters (a CJK character or an emoji is one), not UTF-16 units. */
const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
const characterCount = (text: string) => text.length - (text.match(SURROGATE_PAIR)?.length ?? 0);

/** HTTP calls must be asynchronous: without the header the provider refuses the call. */
export function checkCreateHeaders(headers: IncomingHttpHeaders): RequestRejection | undefined {
  if ((headers["x-dashscope-async"] ?? "").toString().toLowerCase() === "enable") return undefined;
  return { ok: false, status: 403, code: "AccessDenied", field: "X-DashScope-Async", message: "current user api does not support synchronous calls" };
}

function checkKnownFields(section: "input" | "parameters", value: Record<string, unknown>, allowed: string[], model: string) {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) throw invalid(`${section}.${key}`, `Parameter ${section}.${key} is not supported by model ${model}.`);
  }
}

function optionalBoolean(params: Record<string, unknown>, key: string): boolean | undefined {
  const value = params[key];
  if (value === undefined) return undefined;
  if (typeof value !== "boolean") throw invalid(`parameters.${key}`, `parameters.${key} must be a boolean.`);
  return value;
}

function checkDuration(rule: SimModelRule, raw: unknown, maxOverride?: number): number {
  const field = "parameters.duration";
  if (raw === undefined) return rule.duration.default;
  if (typeof raw !== "number" || !Number.isInteger(raw)) throw invalid(field, `${field} must be an integer number of seconds.`);
  const { values, min, max } = rule.duration;
  if (values && !values.includes(raw)) {
    throw invalid(field, `${field} ${raw} is not supported by ${rule.name}: allowed ${values.join(" or ")}.`);
  }
  const upper = Math.min(max ?? Infinity, maxOverride ?? Infinity);
  if (min !== undefined && (raw < min || raw > upper)) {
    throw invalid(field, `${field} ${raw} is out of range for ${rule.name}: ${min}-${upper} seconds.`);
  }
  return raw;
}

function checkSize(rule: SimModelRule, raw: unknown): string {
  const field = "parameters.size";
  if (raw === undefined) return rule.defaultSize;
  if (typeof raw !== "string" || !/^\d+\*\d+$/.test(raw)) {
    throw invalid(field, `${field} must be an exact width*height such as 1280*720, got ${JSON.stringify(raw)}.`);
  }
  const allowed = rule.tiers.flatMap((tier) => [...SIZES_BY_TIER[tier]] as string[]);
  if (!allowed.includes(raw)) throw invalid(field, `The size is not match: ${field} ${raw} is not supported by ${rule.name}.`);
  return raw;
}

function checkCommon(rule: SimModelRule, input: Record<string, unknown>, params: Record<string, unknown>, warnings: string[]): string {
  const prompt = input.prompt;
  if (typeof prompt !== "string" || prompt.trim() === "") throw invalid("input.prompt", "input.prompt is required.");
  const promptLength = characterCount(prompt);
  if (promptLength > rule.promptMax) warnings.push(`input.prompt has ${promptLength} characters; ${rule.name} truncates after ${rule.promptMax}.`);
  if (input.negative_prompt !== undefined) {
    if (typeof input.negative_prompt !== "string") throw invalid("input.negative_prompt", "input.negative_prompt must be a string.");
    if (characterCount(input.negative_prompt) > NEGATIVE_PROMPT_MAX) {
      warnings.push(`input.negative_prompt is truncated after ${NEGATIVE_PROMPT_MAX} characters.`);
    }
  }
  for (const key of ["audio_url", "reference_voice"]) {
    if (input[key] !== undefined && !isHttpUrl(input[key])) throw invalid(`input.${key}`, `input.${key} must be a public HTTP(S) URL.`);
  }
  optionalBoolean(params, "prompt_extend");
  optionalBoolean(params, "watermark");
  if (params.seed !== undefined) {
    const seed = params.seed;
    if (typeof seed !== "number" || !Number.isInteger(seed) || seed < 0 || seed > SEED_MAX) {
      throw invalid("parameters.seed", `parameters.seed must be an integer between 0 and ${SEED_MAX}.`);
    }
  }
  if (params.shot_type !== undefined && params.shot_type !== "single" && params.shot_type !== "multi") {
    throw invalid("parameters.shot_type", 'parameters.shot_type must be "single" or "multi".');
  }
  return prompt;
}

function findRule(region: Region, model: unknown): SimModelRule {
  if (typeof model !== "string" || model === "") throw invalid("model", "model is required.");
  const rule = findModelRule(model, region);
  if (rule) return rule;
  if (isKnownModel(model)) throw invalid("model", `Model ${model} is not available in this region (${region}).`);
  throw new Rejection(404, "ModelNotFound", "model", "Model not exist.");
}

async function planRequest(region: Region, body: unknown, kindOf: KindOf): Promise<RequestPlan> {
  if (!isRecord(body)) throw invalid("body", "The request body must be a JSON object.");
  const rule = findRule(region, body.model);
  const model = rule.name;
  if (!isRecord(body.input)) throw invalid("input", "input is required and must be an object.");
  if (body.parameters !== undefined && !isRecord(body.parameters)) throw invalid("parameters", "parameters must be an object.");
  const input = body.input;
  const params: Record<string, unknown> = isRecord(body.parameters) ? body.parameters : {};
  checkKnownFields("input", input, rule.inputFields, model);
  checkKnownFields("parameters", params, rule.parameterFields, model);

  const warnings: string[] = [];
  const prompt = checkCommon(rule, input, params, warnings);
  const audioParam = optionalBoolean(params, "audio");
  if (audioParam === false && !rule.silentAllowed) {
    throw invalid("parameters.audio", `parameters.audio=false (silent video) is supported only by wan2.6-r2v-flash, not ${model}.`);
  }

  if (rule.form === "t2v") {
    const size = checkSize(rule, params.size);
    const outputSeconds = checkDuration(rule, params.duration);
    const audio = rule.version === "wan2.5" || rule.version === "wan2.6";
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
  if (resolution !== "720P" && resolution !== "1080P") throw invalid("parameters.resolution", 'parameters.resolution must be "720P" or "1080P".');
  const ratio = params.ratio ?? "16:9";
  if (typeof ratio !== "string" || !(RATIOS as readonly string[]).includes(ratio)) {
    throw invalid("parameters.ratio", `parameters.ratio must be one of ${RATIOS.join(", ")}.`);
  }
  const hasVideo = references.some((r) => r.kind === "video");
  const outputSeconds = checkDuration(rule, params.duration, hasVideo ? WAN27_MAX_DURATION_WITH_VIDEO : undefined);
  const size = sizeForRatio(resolution as SimTier, ratio);
  return { ok: true, rule, prompt, size, outputSeconds, audio: true, references, warnings };
}

/** The body of a create-task call: a plan of what the task produces, or the provider's rejection. */
export async function validateCreateRequest(region: Region, body: unknown, kindOf: KindOf): Promise<ValidationOutcome> {
  try {
    return await planRequest(region, body, kindOf);
  } catch (error) {
    if (error instanceof Rejection) return { ok: false, status: error.status, code: error.code, field: error.field, message: error.message };
    throw error;
  }
}
