// Small helpers that keep validation messages consistent.
import { MODELS } from "@/lib/models/catalog";
import type { ModelSpec } from "@/lib/models/spec";
import type { OptionalField } from "@/lib/models/types";

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
