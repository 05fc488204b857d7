// Small helpers that keep validation messages consistent.
import { MODELS } from "@/lib/rules/models/catalog";
import type { ModelSpec } from "@/lib/rules/models/spec";
import type { OptionalField } from "@/lib/rules/models/types";

export function formatCount(value: number): string {
  return value.toLocaleString("en-US");
}

/** "a, b or c" */
export function listOr(items: readonly (string | number)[]): string {
  const text = items.map(String);
  if (text.length <= 1) return text.join("");
  return `${text.slice(0, -1).join(", ")} or ${text[text.length - 1]}`;
}

export function modelsWhere(predicate: (model: ModelSpec) => boolean): string[] {
  return MODELS.filter(predicate).map((model) => model.id);
}

export function modelsTaking(field: OptionalField): string[] {
  return modelsWhere((model) => model.fields.includes(field));
}

/** "wan2.6 models take" / "wan2.7-r2v takes" */
export function familyTakes(family: string): string {
  return `${family} ${family.endsWith("models") ? "take" : "takes"}`;
}

export function article(word: string): string {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}

export function formatSeconds(seconds: number): string {
  return `${Number(seconds.toFixed(2))} s`;
}

export function formatMegabytes(bytes: number): string {
  return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
}

/** "prompt is empty" → "Prompt is empty": every message starts with a capital letter. */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Reference positions as people count them: the first reference is "Reference 1". */
export function referenceLabel(index: number): string {
  return `Reference ${index + 1}`;
}

const FIELD_LABELS: Record<string, string> = {
  projectId: "Project",
  model: "Model",
  region: "Region",
  prompt: "Prompt",
  negativePrompt: "Negative prompt",
  references: "References",
  audioUrl: "Audio track",
  size: "Size",
  resolution: "Resolution",
  ratio: "Aspect ratio",
  duration: "Duration",
  audio: "Audio",
  shotType: "Shot type",
  promptExtend: "Prompt extend",
  watermark: "Watermark",
  seed: "Seed",
};

const REFERENCE_FIELD_LABELS: Record<string, string> = { url: "URL", type: "type", voiceUrl: "voice sample" };

/**
 * The name people use for a request field (the issue's `path` stays machine-readable):
 * "references.0.url" → "Reference 1's URL", "references.1" → "Reference 2", "negativePrompt" → "Negative prompt".
 */
export function fieldLabel(path: string): string {
  const reference = /^references\.(\d+)(?:\.(\w+))?$/.exec(path);
  if (reference) {
    const label = referenceLabel(Number(reference[1]));
    const field = reference[2];
    return field ? `${label}'s ${REFERENCE_FIELD_LABELS[field] ?? field}` : label;
  }
  return FIELD_LABELS[path] ?? sentenceCase(path);
}

/** The label, with the API's field name when it reads differently: "Shot type (shotType)". */
export function fieldName(field: string): string {
  const label = fieldLabel(field);
  return label.toLowerCase() === field.toLowerCase() ? label : `${label} (${field})`;
}

/**
 * A message stored before messages spoke people's names ("references.0 is never named…"), as it
 * would be written today: paths become labels, the first letter a capital.
 */
export function speakStoredMessage(message: string): string {
  const named = message.replace(/\breferences\.\d+(?:\.(?:url|type|voiceUrl))?\b/g, (path) => fieldLabel(path));
  return sentenceCase(named.replace(/^(\w+)(?=[ :])/, (field) => FIELD_LABELS[field] ?? field));
}
