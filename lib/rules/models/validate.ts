// validateGeneration: every issue in one pass (structure and catalog rules), each with the API
// field path and a message that names the rule and the fix; plus the normalized request.
import type { z } from "zod";
import type { RuleOptions, RuleOutcome } from "@/lib/rules/models/rule-context";
import { fieldLabel, sentenceCase } from "@/lib/rules/models/messages";
import { runCatalogRules } from "@/lib/rules/models/rules";
import { createGenerationRequestSchema, generationRequestShape } from "@/lib/rules/models/schema";
import type { GenerationRequest, Issue, ProbedMedia, ValidationResult } from "@/lib/rules/models/types";

export { generationRequestSchema, createGenerationRequestSchema } from "@/lib/rules/models/schema";

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
  return { input: input as Partial<GenerationRequest>, broken };
}

function dedupe(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function validateGeneration(body: unknown, ctx: ValidationContext = {}): ValidationResult & { request?: GenerationRequest } {
  const options: RuleOptions = { probes: ctx.probes, allowPrivateUrls: ctx.allowPrivateUrls };
  let outcome: RuleOutcome | undefined;
  const parsed = createGenerationRequestSchema(options, (result) => {
    outcome = result;
  }).safeParse(body);

  if (parsed.success) {
    const request: GenerationRequest = { ...parsed.data };
    const types = outcome?.referenceTypes ?? [];
    if (request.references) {
      request.references = request.references.map((ref, i) => {
        const type = ref.type ?? types[i];
        return type ? { ...ref, type } : { ...ref };
      });
    }
    return { ok: true, issues: [], warnings: outcome?.warnings ?? [], request };
  }

  const zodIssues = parsed.error.issues;
  // Catalog issues arrive as custom issues when the rules ran; otherwise run them on what is usable.
  const structural = zodIssues.filter((issue) => !(issue.code === "custom" && issue.params?.catalogRule === true));
  const issues = structural.flatMap(toIssues);
  if (outcome) {
    issues.push(...outcome.issues);
  } else if (isRecord(body)) {
    const { input, broken } = sanitize(body, structural);
    outcome = runCatalogRules(input, options, broken);
    issues.push(...outcome.issues);
  }
  return { ok: false, issues: dedupe(issues), warnings: outcome?.warnings ?? [] };
}
