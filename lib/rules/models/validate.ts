// validateGeneration: every issue in one pass (structure and catalog rules), each with the API
// field path and a message that names the rule and the fix; plus the normalized request.
import type { z } from "zod";
import type { CatalogInput } from "@/lib/rules/models/rule-context";
import { fieldLabel, sentenceCase } from "@/lib/rules/models/messages";
import { runCatalogRules } from "@/lib/rules/models/rules";
import { generationRequestShape, type ParsedGenerationRequest } from "@/lib/rules/models/schema";
import type { GenerationRequest, Issue, ProbedMedia, ValidationResult } from "@/lib/rules/models/types";

export { generationRequestSchema } from "@/lib/rules/models/schema";

export interface ValidationContext {
  probes?: Record<string, ProbedMedia>;
  allowPrivateUrls?: boolean;
}

const KNOWN_FIELDS = Object.keys(generationRequestShape.shape);
const REFERENCE_FIELDS = ["url", "type", "voiceUrl"];

function pathOf(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}

/** The schema's messages start with the field's key ("url is empty"); say it the way people do. */
function speak(path: string, segments: readonly PropertyKey[], message: string): string {
  const field = String(segments[segments.length - 1] ?? "");
  const named = field && message.startsWith(field) ? `${fieldLabel(path)}${message.slice(field.length)}` : message;
  return sentenceCase(named);
}

function toIssues(issue: z.core.$ZodIssue): Issue[] {
  const path = pathOf(issue.path);
  if (issue.code === "unrecognized_keys") {
    const inReference = path.startsWith("references.");
    const accepted = inReference ? REFERENCE_FIELDS : KNOWN_FIELDS;
    return issue.keys.map((key) => ({
      path: path ? `${path}.${key}` : key,
      message: inReference
        ? `${fieldLabel(path)} has an unknown field ${JSON.stringify(key)}; a reference takes ${accepted.join(", ")}`
        : `Unknown field ${JSON.stringify(key)}; accepted fields are ${accepted.join(", ")}`,
    }));
  }
  if (path === "" && issue.code === "invalid_type") {
    return [{ path: "", message: "The request body must be a JSON object with projectId, model, region and prompt" }];
  }
  if (/^references\.\d+$/.test(path) && issue.code === "invalid_type") {
    return [{ path, message: `${fieldLabel(path)} must be an object such as {"url": "https://…"}` }];
  }
  return [{ path, message: speak(path, issue.path, issue.message) }];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Keeps the well-typed known fields so the catalog rules can still run after a structural failure. */
function sanitize(body: Record<string, unknown>, issues: readonly z.core.$ZodIssue[]) {
  const broken = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== "unrecognized_keys" && issue.path.length > 0) broken.add(String(issue.path[0]));
  }
  const input: Record<string, unknown> = {};
  for (const key of KNOWN_FIELDS) {
    if (!broken.has(key) && body[key] !== undefined) input[key] = body[key];
  }
  return { input: input as CatalogInput, broken };
}

/** Each issue once (same field, same message). */
export function dedupeIssues(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A URL the request names (a reference, a voice sample, the audio track) and the field that names it. */
export interface UrlField {
  url: string;
  path: string;
}

/** The structural pass: what the catalog rules and the prober go on. */
export interface RequestStructure {
  /** The parsed body, when its structure is sound. */
  request?: ParsedGenerationRequest;
  /** Structural issues, in the API's words. */
  issues: Issue[];
  /** What the catalog rules read: the parsed value, else the body's well-typed known fields; null when the body is no object. */
  ruleInput: CatalogInput | null;
  /** Top-level fields that failed the structure (the rules about them are skipped). */
  broken: ReadonlySet<string>;
  /** Every URL the rule input names: the ones to probe. */
  urls: UrlField[];
}

function urlsOf(input: CatalogInput | null): UrlField[] {
  const fields: UrlField[] = [];
  (input?.references ?? []).forEach((ref, i) => {
    fields.push({ url: ref.url, path: `references.${i}.url` });
    if (ref.voiceUrl !== undefined) fields.push({ url: ref.voiceUrl, path: `references.${i}.voiceUrl` });
  });
  if (input?.audioUrl !== undefined) fields.push({ url: input.audioUrl, path: "audioUrl" });
  return fields;
}

// zod runs an object's refinements only when every field issue is one it can continue past (a bound
// such as an empty prompt, an unknown key; not a wrong type), and then hands them the parsed value.
// The catalog rules go on that value exactly then; parsing is synchronous, so one slot is enough.
let refinedValue: ParsedGenerationRequest | undefined;
const structureSchema = generationRequestShape.superRefine((value) => {
  refinedValue = value;
});

function ruleInputOf(body: unknown, value: ParsedGenerationRequest | undefined, zodIssues: readonly z.core.$ZodIssue[]) {
  if (value) return { ruleInput: value, broken: new Set<string>() };
  if (!isRecord(body)) return { ruleInput: null, broken: new Set<string>() };
  const { input, broken } = sanitize(body, zodIssues);
  return { ruleInput: input, broken };
}

/** Parses the body's structure once (no catalog rules, no probes). */
export function parseGenerationStructure(body: unknown): RequestStructure {
  refinedValue = undefined;
  const parsed = structureSchema.safeParse(body);
  const value = refinedValue;
  refinedValue = undefined;
  if (parsed.success) return { request: parsed.data, issues: [], ruleInput: parsed.data, broken: new Set(), urls: urlsOf(parsed.data) };
  const { ruleInput, broken } = ruleInputOf(body, value, parsed.error.issues);
  return { issues: parsed.error.issues.flatMap(toIssues), ruleInput, broken, urls: urlsOf(ruleInput) };
}

/** Runs the catalog rules once over a parsed structure, with whatever the probes found. */
export function checkGenerationRules(structure: RequestStructure, ctx: ValidationContext = {}): ValidationResult & { request?: GenerationRequest } {
  if (!structure.ruleInput) return { ok: false, issues: structure.issues, warnings: [] };
  const outcome = runCatalogRules(structure.ruleInput, { probes: ctx.probes, allowPrivateUrls: ctx.allowPrivateUrls }, structure.broken);
  if (!structure.request || outcome.issues.length > 0) {
    return { ok: false, issues: dedupeIssues([...structure.issues, ...outcome.issues]), warnings: outcome.warnings };
  }
  const request: GenerationRequest = { ...structure.request };
  if (request.references) {
    request.references = request.references.map((ref, i) => {
      const type = ref.type ?? outcome.referenceTypes[i];
      return type ? { ...ref, type } : { ...ref };
    });
  }
  return { ok: true, issues: [], warnings: outcome.warnings, request };
}

/** Structure, then the catalog rules: what the form shows as you type and the API answers. */
export function validateGeneration(body: unknown, ctx: ValidationContext = {}): ValidationResult & { request?: GenerationRequest } {
  return checkGenerationRules(parseGenerationStructure(body), ctx);
}
