// The public generation request body as a zod schema: structure and bounds first (strict: unknown
// keys are refused), then the catalog rules for the chosen model and region via superRefine.
import { z } from "zod";
import { hasVisibleCharacter } from "@/lib/rules/text";
import { MODEL_IDS, SEED_MAX } from "@/lib/rules/models/catalog";
import { formatCount, listOr } from "@/lib/rules/models/messages";
import { runCatalogRules } from "@/lib/rules/models/rules";
import { RATIOS, TIERS } from "@/lib/rules/models/sizes";
import { REGIONS } from "@/lib/rules/models/types";

type ErrorFn = (issue: { input?: unknown }) => string;

function typed(field: string, expected: string): ErrorFn {
  return (issue) => (issue.input === undefined ? `${field} is required` : `${field} must be ${expected}`);
}

function oneOf(field: string, values: readonly string[]): ErrorFn {
  return (issue) =>
    issue.input === undefined
      ? `${field} is required; choose ${listOr(values)}`
      : `${field} ${JSON.stringify(issue.input)} is not known; choose ${listOr(values)}`;
}

const URL_MAX = 4096;

function urlField(field: string) {
  return z
    .string({ error: typed(field, "a URL string") })
    .min(1, { error: `${field} is empty; give a public http(s) URL` })
    .max(URL_MAX, { error: `${field} is longer than ${formatCount(URL_MAX)} characters; use a shorter URL` });
}

const referenceSchema = z.strictObject({
  url: urlField("url"),
  type: z.enum(["image", "video", "first_frame"], { error: oneOf("type", ["image", "video", "first_frame"]) }).optional(),
  voiceUrl: urlField("voiceUrl").optional(),
});

const booleanField = (field: string) => z.boolean({ error: typed(field, "true or false") }).optional();

/** Structure and bounds shared by every model. */
export const generationRequestShape = z.strictObject({
  projectId: z.string({ error: typed("projectId", "a string") }).min(1, { error: "projectId is required" }),
  model: z.enum(MODEL_IDS as [string, ...string[]], {
    error: (issue) =>
      issue.input === undefined
        ? `model is required; choose one of: ${MODEL_IDS.join(", ")}`
        : `model ${JSON.stringify(issue.input)} is not known; choose one of: ${MODEL_IDS.join(", ")}`,
  }),
  region: z.enum(REGIONS, { error: oneOf("region", REGIONS) }),
  prompt: z.string({ error: typed("prompt", "a string") }).refine(hasVisibleCharacter, { error: "prompt is empty; describe the video you want" }),
  negativePrompt: z.string({ error: typed("negativePrompt", "a string") }).optional(),
  references: z.array(referenceSchema, { error: typed("references", "a list of {url, type?, voiceUrl?}") }).optional(),
  audioUrl: urlField("audioUrl").optional(),
  size: z.string({ error: typed("size", 'a string such as "1280*720"') }).optional(),
  resolution: z.enum(TIERS, { error: oneOf("resolution", TIERS) }).optional(),
  ratio: z.enum(RATIOS, { error: oneOf("ratio", RATIOS) }).optional(),
  duration: z
    .number({ error: typed("duration", "a whole number of seconds") })
    .int({ error: "duration must be a whole number of seconds" })
    .optional(),
  audio: booleanField("audio"),
  shotType: z.enum(["single", "multi"], { error: oneOf("shotType", ["single", "multi"]) }).optional(),
  promptExtend: booleanField("promptExtend"),
  watermark: booleanField("watermark"),
  seed: z
    .number({ error: typed("seed", "a whole number") })
    .int({ error: `seed must be a whole number from 0 to ${formatCount(SEED_MAX)}` })
    .min(0, { error: `seed must be a whole number from 0 to ${formatCount(SEED_MAX)}` })
    .max(SEED_MAX, { error: `seed must be a whole number from 0 to ${formatCount(SEED_MAX)}` })
    .optional(),
});

/** The parsed body; structurally the public GenerationRequest. */
export type ParsedGenerationRequest = z.infer<typeof generationRequestShape>;

function pathSegment(segment: string): string | number {
  return /^\d+$/.test(segment) ? Number(segment) : segment;
}

/** The request schema with the catalog rules, without probes and with private URLs refused. */
export const generationRequestSchema = generationRequestShape.superRefine((value, ctx) => {
  for (const issue of runCatalogRules(value).issues) {
    ctx.addIssue({ code: "custom", path: issue.path.split(".").map(pathSegment), message: issue.message });
  }
});
