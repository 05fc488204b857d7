// How prompts name references: wan2.6 uses character1..N in list order; wan2.7 uses Image N /
// Video N, counted separately per type in media order (a first frame gets no name).
import { getModel } from "@/lib/rules/models/catalog";
import { referenceLabel } from "@/lib/rules/models/messages";
import type { Issue, ReferenceType } from "@/lib/rules/models/types";

export type NamedKind = "character" | "image" | "video";

export interface Mention {
  /** Canonical spelling, e.g. "character2", "Image 1". */
  name: string;
  kind: NamedKind;
  index: number;
}

function namingOf(modelId: string): "character" | "media" | null {
  return getModel(modelId)?.references?.naming ?? null;
}

function canonicalName(kind: NamedKind, index: number): string {
  if (kind === "character") return `character${index}`;
  return `${kind === "image" ? "Image" : "Video"} ${index}`;
}

/** The name each reference goes by in the prompt (null: not named, e.g. a first frame). */
export function referenceNames(modelId: string, types: readonly ReferenceType[]): (string | null)[] {
  const naming = namingOf(modelId);
  if (naming === "character") return types.map((_, i) => canonicalName("character", i + 1));
  if (naming !== "media") return types.map(() => null);
  let images = 0;
  let videos = 0;
  return types.map((type) => {
    if (type === "image") return canonicalName("image", ++images);
    if (type === "video") return canonicalName("video", ++videos);
    return null;
  });
}

const CHARACTER_PATTERN = /(?<![a-z0-9])character\s?(\d+)(?!\d)/gi;
const MEDIA_PATTERN = /(?<![a-z0-9])(image|video)\s?(\d+)(?!\d)/gi;

/** Distinct reference names the prompt mentions, case-insensitive, in order of first mention. */
export function mentionedNames(modelId: string, prompt: string): Mention[] {
  const naming = namingOf(modelId);
  if (!naming) return [];
  const found = new Map<string, Mention>();
  const pattern = naming === "character" ? CHARACTER_PATTERN : MEDIA_PATTERN;
  for (const match of prompt.matchAll(pattern)) {
    const kind: NamedKind = naming === "character" ? "character" : (match[1].toLowerCase() as NamedKind);
    const index = Number(naming === "character" ? match[1] : match[2]);
    const name = mentionOf(naming, match);
    if (!found.has(name)) found.set(name, { name, kind, index });
  }
  return [...found.values()];
}

function mentionOf(naming: "character" | "media", match: RegExpMatchArray | string[]): string {
  if (naming === "character") return canonicalName("character", Number(match[1]));
  return canonicalName(match[1].toLowerCase() as NamedKind, Number(match[2]));
}

/** What a reference becomes on a model that takes no first frame (as the form does when switching). */
function typesOn(modelId: string, types: readonly ReferenceType[]): ReferenceType[] {
  const takesFirstFrame = getModel(modelId)?.references?.types.includes("first_frame") ?? false;
  return types.map((type) => (type === "first_frame" && !takesFirstFrame ? "image" : type));
}

/**
 * The prompt with each reference's name on `fromModel` replaced by its name on `toModel`
 * ("character2" → "Image 1" when the second reference is the first image). All names change at
 * once, so swaps cannot collide; any other text, including names of references that do not
 * exist, is left exactly as it was.
 */
export function renameReferenceMentions(prompt: string, types: readonly ReferenceType[], fromModel: string, toModel: string): string {
  const fromNaming = namingOf(fromModel);
  if (!fromNaming || !namingOf(toModel)) return prompt;
  const fromNames = referenceNames(fromModel, types);
  const toNames = referenceNames(toModel, typesOn(toModel, types));
  const renames = new Map<string, string>();
  fromNames.forEach((name, i) => {
    const next = toNames[i];
    if (name !== null && next !== null && name !== next) renames.set(name, next);
  });
  if (renames.size === 0) return prompt;
  const pattern = fromNaming === "character" ? CHARACTER_PATTERN : MEDIA_PATTERN;
  return prompt.replace(pattern, (match, ...groups: string[]) => renames.get(mentionOf(fromNaming, [match, ...groups])) ?? match);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function describeAvailable(kind: NamedKind, count: number): string {
  const noun = kind === "character" ? "reference" : `reference ${kind}`;
  if (count === 0) return `there are no ${noun}s`;
  return `there ${count === 1 ? "is" : "are"} only ${plural(count, noun)}`;
}

/**
 * Compares the prompt's mentions with the references. Naming a reference that does not exist
 * is an error; a reference that is never named is a warning.
 */
export function checkReferenceNaming(modelId: string, prompt: string, types: readonly ReferenceType[]): { issues: Issue[]; warnings: Issue[] } {
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  const names = referenceNames(modelId, types);
  const available = new Set(names.filter((name): name is string => name !== null));
  const mentions = mentionedNames(modelId, prompt);
  for (const mention of mentions) {
    if (available.has(mention.name)) continue;
    const count = mention.kind === "character" ? types.length : types.filter((type) => type === mention.kind).length;
    issues.push({
      path: "prompt",
      message: `The prompt names ${mention.name} but ${describeAvailable(mention.kind, count)}; add the reference or fix the name`,
    });
  }
  const mentioned = new Set(mentions.map((mention) => mention.name));
  names.forEach((name, i) => {
    if (name === null || mentioned.has(name)) return;
    warnings.push({
      path: `references.${i}`,
      message: `${referenceLabel(i)} is never named in the prompt; call it ${name} so the model knows its role`,
    });
  });
  return { issues, warnings };
}
