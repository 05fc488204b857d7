// Every request the product accepts, generated from the catalog: model × region × output shape ×
// duration × reference shape, with the optional fields rotated through every combination.
import { MODELS, NEGATIVE_PROMPT_MAX, SEED_MAX, regionalSpec, regionsOf } from "@/lib/rules/models/catalog";
import { referenceNames } from "@/lib/rules/models/references";
import { sizesOfTiers } from "@/lib/rules/models/sizes";
import type { RegionalSpec } from "@/lib/rules/models/spec";
import type { GenerationRequest, OptionalField, ReferenceInput, ReferenceType, Region } from "@/lib/rules/models/types";

export const IMAGE = (i: number) => `https://cdn.example.com/ref-${i}.png`;
export const VIDEO = (i: number) => `https://cdn.example.com/ref-${i}.mp4`;
export const TRACK_URL = "https://cdn.example.com/track.mp3";
export const VOICE_URL = "https://cdn.example.com/voice.wav";

export interface BuilderCase {
  label: string;
  region: Region;
  body: GenerationRequest;
}

type Extras = Partial<GenerationRequest> & { voice?: boolean; longPrompt?: "ascii" | "wide" };

/** The offered (model, region) pairs, straight from the catalog. */
export function offers(): RegionalSpec[] {
  return MODELS.flatMap((model) => regionsOf(model).map((region) => regionalSpec(model.id, region)!));
}

function withUndefined<T>(values: readonly T[]): (T | undefined)[] {
  return [undefined, ...values];
}

export function outputShapes(spec: RegionalSpec): Partial<GenerationRequest>[] {
  const output = spec.output;
  if (output.kind === "size") return withUndefined(sizesOfTiers(output.tiers)).map((size) => ({ size }));
  return withUndefined(output.resolutions).flatMap((resolution) => withUndefined(output.ratios).map((ratio) => ({ resolution, ratio })));
}

/** Every duration the model takes; the longest ones only where no reference video is given. */
export function durations(spec: RegionalSpec, hasVideo: boolean): (number | undefined)[] {
  const rule = spec.duration;
  if (rule.kind === "fixed") return [undefined, rule.value];
  if (rule.kind === "list") return withUndefined(rule.values);
  const max = hasVideo && rule.maxWithVideo !== undefined ? rule.maxWithVideo : rule.max;
  return withUndefined(Array.from({ length: max - rule.min + 1 }, (_, i) => rule.min + i));
}

/** Every mix of kinds within the model's limits (none for t2v), in varying orders. */
export function referenceShapes(spec: RegionalSpec): ReferenceType[][] {
  const limits = spec.references;
  if (!limits) return [[]];
  const maxOf = (type: ReferenceType) =>
    !limits.types.includes(type) ? 0 : type === "image" ? limits.maxImages : type === "video" ? limits.maxVideos : limits.maxFirstFrames;
  const shapes: ReferenceType[][] = [];
  for (let frames = 0; frames <= maxOf("first_frame"); frames++) {
    for (let videos = 0; videos <= maxOf("video"); videos++) {
      for (let images = 0; images <= maxOf("image"); images++) {
        const total = frames + videos + images;
        if (total < limits.min || total > limits.maxTotal) continue;
        const mixed: ReferenceType[] = [];
        for (let i = 0; i < Math.max(images, videos); i++) {
          const pair: ReferenceType[] = [...(i < videos ? ["video" as const] : []), ...(i < images ? ["image" as const] : [])];
          mixed.push(...(shapes.length % 2 === 0 ? pair : pair.reverse()));
        }
        const first = Array<ReferenceType>(frames).fill("first_frame");
        shapes.push(shapes.length % 2 === 0 ? [...first, ...mixed] : [...mixed, ...first]);
      }
    }
  }
  return shapes;
}

function product(axes: Record<string, readonly unknown[]>): Record<string, unknown>[] {
  return Object.entries(axes).reduce<Record<string, unknown>[]>(
    (rows, [key, values]) => rows.flatMap((row) => values.map((value) => ({ ...row, [key]: value }))),
    [{}],
  );
}

/** Every combination of the optional fields the model takes (and only those). */
export function extraCombos(spec: RegionalSpec): Extras[] {
  const takes = (field: OptionalField) => spec.fields.includes(field);
  const axes: Record<string, readonly unknown[]> = { longPrompt: [undefined, "ascii", "wide"] };
  if (takes("negativePrompt")) {
    const max = spec.negativePromptMaxChars ?? NEGATIVE_PROMPT_MAX;
    axes.negativePrompt = [undefined, "", "n".repeat(max), [..."猫🎬".repeat(max)].slice(0, max).join("")];
  }
  if (takes("audioUrl")) axes.audioUrl = [undefined, TRACK_URL];
  if (takes("audio")) axes.audio = spec.audio.output === "optional" ? [undefined, true, false] : [undefined, true];
  if (takes("shotType")) axes.shotType = [undefined, "single", "multi"];
  if (takes("promptExtend")) axes.promptExtend = [undefined, true, false];
  if (takes("watermark")) axes.watermark = [undefined, true, false];
  if (takes("seed")) axes.seed = [undefined, 0, SEED_MAX];
  if (spec.audio.voiceClone) axes.voice = [undefined, true];
  return product(axes).filter((extras) => !(spec.shotType?.requiresPromptExtend && extras.shotType && extras.promptExtend === false));
}

/** The voice sample goes on the first reference that may carry one (not a first frame). */
function referencesOf(types: ReferenceType[], voice: boolean): ReferenceInput[] {
  const voiceAt = voice ? types.findIndex((type) => type !== "first_frame") : -1;
  return types.map((type, i) => ({
    url: type === "video" ? VIDEO(i) : IMAGE(i),
    type,
    ...(i === voiceAt ? { voiceUrl: VOICE_URL } : {}),
  }));
}

const prompts = new Map<string, string>();

/** A prompt naming every reference; `longPrompt` pads it to exactly the model's limit. */
function promptFor(spec: RegionalSpec, types: ReferenceType[], longPrompt: Extras["longPrompt"]): string {
  const names = referenceNames(spec.id, types).filter((name): name is string => name !== null);
  const text = names.length > 0 ? `${names.join(" and ")} meet in a garden` : "A kitten running in the moonlight";
  if (!longPrompt) return text;
  const key = `${spec.promptMaxChars}|${longPrompt}|${text}`;
  let prompt = prompts.get(key);
  if (prompt === undefined) {
    // "wide" pads with CJK and astral characters: the limit counts characters, not UTF-16 units.
    const pad = longPrompt === "ascii" ? "a" : "猫🎬";
    const room = spec.promptMaxChars - [...text].length - 1;
    prompt = `${text} ${[...pad.repeat(Math.ceil(room / [...pad].length))].slice(0, room).join("")}`;
    prompts.set(key, prompt);
  }
  return prompt;
}

function describe(extras: Extras): string {
  const shown = Object.entries(extras).map(
    ([key, value]) =>
      `${key}=${typeof value === "string" && value.length > 20 ? `${JSON.stringify(`${value.slice(0, 2)}…`)} (${[...value].length} chars)` : JSON.stringify(value)}`,
  );
  return shown.join(" ");
}

export function buildCase(
  spec: RegionalSpec,
  shape: Partial<GenerationRequest>,
  duration: number | undefined,
  types: ReferenceType[],
  extras: Extras,
): BuilderCase {
  const { voice, longPrompt, ...fields } = extras;
  const body: GenerationRequest = {
    projectId: "proj_1",
    model: spec.id,
    region: spec.region,
    prompt: promptFor(spec, types, longPrompt),
    ...fields,
    ...shape,
    ...(duration === undefined ? {} : { duration }),
    ...(types.length > 0 ? { references: referencesOf(types, voice === true) } : {}),
  };
  if (types.includes("first_frame")) delete body.ratio; // the product refuses to send an ignored ratio
  for (const key of Object.keys(body) as (keyof GenerationRequest)[]) if (body[key] === undefined) delete body[key];
  const label = [spec.id, spec.region, JSON.stringify(shape), `duration=${duration}`, `refs=${types.join("+") || "none"}`, describe(extras)].join(" ");
  return { label, region: spec.region, body };
}

function memo(fn: (spec: RegionalSpec) => BuilderCase[]): (spec: RegionalSpec) => BuilderCase[] {
  const cache = new Map<string, BuilderCase[]>();
  return (spec) => {
    const key = `${spec.id}|${spec.region}`;
    if (!cache.has(key)) cache.set(key, fn(spec));
    return cache.get(key)!;
  };
}

/** The main grid: output × duration × references, each row with the next combination of extras. */
export const gridCases = memo((spec) => {
  const combos = extraCombos(spec);
  const cases: BuilderCase[] = [];
  for (const types of referenceShapes(spec)) {
    for (const duration of durations(spec, types.includes("video"))) {
      for (const shape of outputShapes(spec)) {
        cases.push(buildCase(spec, shape, duration, types, combos[cases.length % combos.length]));
      }
    }
  }
  return cases;
});

/** The first reference shape of each set of kinds (images only, videos and images, a first frame, …). */
function shapePerKindSet(spec: RegionalSpec): ReferenceType[][] {
  const seen = new Set<string>();
  return referenceShapes(spec).filter((types) => {
    const kinds = [...new Set(types)].sort().join("+");
    if (seen.has(kinds)) return false;
    seen.add(kinds);
    return true;
  });
}

/** Every combination of extras on each set of reference kinds, at the default output and duration. */
export const extrasCases = memo((spec) =>
  shapePerKindSet(spec).flatMap((types) => extraCombos(spec).map((extras) => buildCase(spec, {}, undefined, types, extras))),
);
