// Mistakes a request builder could make, generated from the catalog for every offered model and
// region: each is a real builder output with one thing broken, and the rejection (or truncation
// warning) the simulator must answer with, naming the field.
import { MODELS, SEED_MAX, regionalSpec, regionsOf } from "@/lib/rules/models/catalog";
import { RATIOS, TIERS, sizesOfTiers } from "@/lib/rules/models/sizes";
import type { RegionalSpec } from "@/lib/rules/models/spec";
import { REGIONS, type OptionalField, type ProviderRequest, type ReferenceType, type Region } from "@/lib/rules/models/types";
import { buildCase, IMAGE, offers, outputShapes, TRACK_URL, VIDEO, VOICE_URL } from "./builder-cases";
import { providerBodyFor } from "./pipeline";

export type Expectation = { status: number; code: string; field: string } | { warning: string };

export interface Mutation {
  label: string;
  region: Region;
  body: unknown;
  expected: Expectation;
}

type Body = ProviderRequest & { input: Record<string, unknown>; parameters: Record<string, unknown> };

const rejects = (field: string, status = 400, code = "InvalidParameter"): Expectation => ({ status, code, field });

/** A body with every optional field the model takes set, as our builder writes it. */
export function fullBody(spec: RegionalSpec, types: ReferenceType[] = defaultTypes(spec), duration?: number): Body {
  const take = (field: OptionalField, value: unknown) => (spec.fields.includes(field) ? { [field]: value } : {});
  const extras = {
    ...take("negativePrompt", "blurry"),
    ...take("audioUrl", TRACK_URL),
    ...take("audio", true),
    ...take("shotType", "multi"),
    ...take("promptExtend", true),
    ...take("watermark", true),
    ...take("seed", 7),
    ...(spec.audio.voiceClone ? { voice: true } : {}),
  };
  const shape = outputShapes(spec).at(-1)!;
  const { body, region } = buildCase(spec, shape, duration, types, extras);
  return providerBodyFor(body, region) as Body;
}

function defaultTypes(spec: RegionalSpec): ReferenceType[] {
  return spec.references ? [spec.references.types.includes("video") ? "video" : "image"] : [];
}

function mutate(spec: RegionalSpec, label: string, change: (body: Body) => void, expected: Expectation, base = fullBody(spec)): Mutation {
  const body = structuredClone(base);
  change(body);
  return { label: `${spec.providerModel} in ${spec.region}: ${label}`, region: spec.region, body, expected };
}

const camel = (key: string) => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

function wrongNames(spec: RegionalSpec): Mutation[] {
  const base = fullBody(spec);
  return (["input", "parameters"] as const).flatMap((section) =>
    Object.keys(base[section])
      .filter((key) => key.includes("_"))
      .map((key) =>
        mutate(
          spec,
          `${section}.${key} written ${camel(key)}`,
          (body) => {
            body[section][camel(key)] = body[section][key];
            delete body[section][key];
          },
          rejects(`${section}.${camel(key)}`),
        ),
      ),
  );
}

type Send = [what: string, section: "input" | "parameters", key: string, value: unknown];

/** How each public field reaches the provider, for sending it to a model that does not take it. */
const PROVIDER_FIELDS: [OptionalField, Send[1], string, unknown][] = [
  ["negativePrompt", "input", "negative_prompt", "blurry"],
  ["audioUrl", "input", "audio_url", TRACK_URL],
  ["size", "parameters", "size", "1280*720"],
  ["resolution", "parameters", "resolution", "720P"],
  ["ratio", "parameters", "ratio", "16:9"],
  ["audio", "parameters", "audio", true],
  ["shotType", "parameters", "shot_type", "single"],
  ["promptExtend", "parameters", "prompt_extend", true],
  ["seed", "parameters", "seed", 1],
];

function fieldsNotTaken(spec: RegionalSpec): Mutation[] {
  const sends: Send[] = PROVIDER_FIELDS.filter(([field]) => !spec.fields.includes(field));
  if (spec.form !== "r2v-reference-urls") sends.push(["references", "input", "reference_urls", [VIDEO(0)]]);
  if (spec.form !== "r2v-media") sends.push(["references", "input", "media", [{ type: "reference_video", url: VIDEO(0) }]]);
  if (!spec.audio.voiceClone) sends.push(["voice sample", "input", "reference_voice", VOICE_URL]);
  sends.push(["an unknown input field", "input", "style", "anime"], ["an unknown parameter", "parameters", "fps", 30]);
  return sends.map(([what, section, key, value]) =>
    mutate(
      spec,
      `${section}.${key} (${what})`,
      (body) => {
        body[section][key] = value;
      },
      rejects(`${section}.${key}`),
    ),
  );
}

function outputMistakes(spec: RegionalSpec): Mutation[] {
  const output = spec.output;
  const set = (key: string, value: unknown, label: string) =>
    mutate(
      spec,
      label,
      (body) => {
        body.parameters[key] = value;
      },
      rejects(`parameters.${key}`),
    );
  if (output.kind === "size") {
    const taken = sizesOfTiers(output.tiers);
    const otherTiers = sizesOfTiers(TIERS).filter((size) => !taken.includes(size));
    return [
      ...RATIOS.map((ratio) => set("size", ratio, `size as the ratio ${ratio}`)),
      ...TIERS.map((tier) => set("size", tier, `size as the tier name ${tier}`)),
      set("size", output.default.replace("*", "x"), "size written WxH"),
      set("size", 1280, "size as a number"),
      ...otherTiers.map((size) => set("size", size, `size ${size} of a tier the model does not offer`)),
    ];
  }
  return [
    ...TIERS.filter((tier) => !output.resolutions.includes(tier)).map((tier) => set("resolution", tier, `resolution ${tier}`)),
    set("resolution", output.default.toLowerCase(), "resolution in lower case"),
    set("resolution", "1920*1080", "resolution as a size"),
    set("ratio", "21:9", "ratio 21:9"),
    set("ratio", "16/9", "ratio written 16/9"),
  ];
}

function durationMistakes(spec: RegionalSpec): Mutation[] {
  const rule = spec.duration;
  const bad: [unknown, string][] = [["5", "duration as a string"]];
  if (rule.kind === "fixed") bad.push([rule.value + 5, "a duration other than the fixed one"], [rule.value + 0.5, "a fractional duration"]);
  if (rule.kind === "list") {
    const [low, high] = [Math.min(...rule.values), Math.max(...rule.values)];
    for (let d = low - 1; d <= high + 1; d++) if (!rule.values.includes(d)) bad.push([d, `duration ${d} (not listed)`]);
    bad.push([low + 0.5, "a fractional duration"]);
  }
  if (rule.kind === "range") bad.push([rule.min - 1, "below the minimum"], [rule.max + 1, "above the maximum"], [rule.min + 0.5, "a fractional duration"]);
  const mutations = bad.map(([value, label]) =>
    mutate(
      spec,
      `${label} (${JSON.stringify(value)})`,
      (body) => {
        body.parameters.duration = value;
      },
      rejects("parameters.duration"),
    ),
  );
  if (rule.kind === "range" && rule.maxWithVideo !== undefined) {
    const withVideo = fullBody(spec, ["video"]);
    mutations.push(
      mutate(
        spec,
        `duration ${rule.maxWithVideo + 1} with a reference video`,
        (body) => {
          body.parameters.duration = rule.maxWithVideo! + 1;
        },
        rejects("parameters.duration"),
        withVideo,
      ),
    );
  }
  return mutations;
}

function referenceMistakes(spec: RegionalSpec): Mutation[] {
  const limits = spec.references;
  if (!limits) return [];
  const key = spec.form === "r2v-media" ? "media" : "reference_urls";
  const field = `input.${key}`;
  const some = limits.types.includes("video") ? "video" : "image";
  const withTypes = (label: string, types: ReferenceType[], at = field) => mutate(spec, label, () => undefined, rejects(at), fullBody(spec, types));
  const mutations = [
    withTypes(`${limits.maxTotal + 1} references`, Array<ReferenceType>(limits.maxTotal + 1).fill(some)),
    mutate(
      spec,
      `an empty ${key}`,
      (body) => {
        body.input[key] = [];
      },
      rejects(field),
    ),
    mutate(
      spec,
      `no ${key}`,
      (body) => {
        delete body.input[key];
      },
      rejects(field),
    ),
    mutate(
      spec,
      `${key} as one string`,
      (body) => {
        body.input[key] = VIDEO(0);
      },
      rejects(field),
    ),
  ];
  if (limits.types.includes("video")) mutations.push(withTypes(`${limits.maxVideos + 1} videos`, Array<ReferenceType>(limits.maxVideos + 1).fill("video")));
  if (limits.types.includes("image")) mutations.push(withTypes(`${limits.maxImages + 1} images`, Array<ReferenceType>(limits.maxImages + 1).fill("image")));
  if (!limits.types.includes("image")) mutations.push(withTypes("an image where only videos are taken", ["video", "image"], `${field}[1]`));
  if (spec.form === "r2v-media") {
    mutations.push(withTypes(`${limits.maxFirstFrames + 1} first frames`, [...Array<ReferenceType>(limits.maxFirstFrames + 1).fill("first_frame"), "image"]));
    mutations.push(
      mutate(
        spec,
        "a reference_video pointing at an image",
        (body) => {
          body.input.media = [{ type: "reference_video", url: IMAGE(0) }];
        },
        rejects("input.media[0].type"),
      ),
    );
    mutations.push(
      mutate(
        spec,
        "a media item with the type as the key",
        (body) => {
          body.input.media = [{ reference_video: VIDEO(0) }];
        },
        rejects("input.media[0].reference_video"),
      ),
    );
  } else {
    mutations.push(
      mutate(
        spec,
        "an audio file as a reference",
        (body) => {
          body.input.reference_urls = [VIDEO(0), TRACK_URL];
        },
        rejects("input.reference_urls[1]"),
      ),
    );
    mutations.push(
      mutate(
        spec,
        "a reference that is not an http(s) URL",
        (body) => {
          body.input.reference_urls = ["ftp://cdn.example.com/a.mp4"];
        },
        rejects("input.reference_urls[0]"),
      ),
    );
  }
  return mutations;
}

function textMistakes(spec: RegionalSpec): Mutation[] {
  const over = spec.promptMaxChars + 1;
  const mutations = [
    mutate(
      spec,
      `a prompt of ${over} characters`,
      (body) => {
        body.input.prompt = "a".repeat(over);
      },
      { warning: "input.prompt" },
    ),
    mutate(
      spec,
      `a prompt of ${over} CJK characters`,
      (body) => {
        body.input.prompt = "猫".repeat(over);
      },
      { warning: "input.prompt" },
    ),
    mutate(
      spec,
      `a prompt of ${over} emoji`,
      (body) => {
        body.input.prompt = "🎬".repeat(over);
      },
      { warning: "input.prompt" },
    ),
    mutate(
      spec,
      "no prompt",
      (body) => {
        delete body.input.prompt;
      },
      rejects("input.prompt"),
    ),
    mutate(
      spec,
      "a blank prompt",
      (body) => {
        body.input.prompt = "  \n ";
      },
      rejects("input.prompt"),
    ),
  ];
  if (spec.fields.includes("negativePrompt") && spec.negativePromptMaxChars !== null) {
    mutations.push(
      mutate(
        spec,
        `a negative prompt of ${spec.negativePromptMaxChars + 1} characters`,
        (body) => {
          body.input.negative_prompt = "n".repeat(spec.negativePromptMaxChars! + 1);
        },
        { warning: "input.negative_prompt" },
      ),
    );
  }
  return mutations;
}

function parameterMistakes(spec: RegionalSpec): Mutation[] {
  const set = (key: string, value: unknown, label: string) =>
    mutate(
      spec,
      `${label} (${JSON.stringify(value)})`,
      (body) => {
        body.parameters[key] = value;
      },
      rejects(`parameters.${key}`),
    );
  const mutations = [set("watermark", "true", "watermark as a string")];
  if (spec.fields.includes("seed"))
    mutations.push(
      set("seed", -1, "seed below 0"),
      set("seed", SEED_MAX + 1, "seed above the maximum"),
      set("seed", 1.5, "a fractional seed"),
      set("seed", "7", "seed as a string"),
    );
  if (spec.fields.includes("promptExtend")) mutations.push(set("prompt_extend", "true", "prompt_extend as a string"));
  if (spec.fields.includes("shotType"))
    mutations.push(set("shot_type", "panorama", "an unknown shot_type"), set("shot_type", "Multi", "shot_type in another case"));
  if (spec.fields.includes("audio")) mutations.push(set("audio", "on", "audio as a string"));
  if (spec.fields.includes("audio") && spec.audio.output === "always") mutations.push(set("audio", false, "silent video on a model that always has sound"));
  return mutations;
}

function structureMistakes(spec: RegionalSpec): Mutation[] {
  const drop = (key: "model" | "input", label: string) =>
    mutate(
      spec,
      label,
      (body) => {
        delete (body as Partial<Body>)[key];
      },
      rejects(key),
    );
  return [
    drop("model", "no model"),
    drop("input", "no input"),
    mutate(
      spec,
      "input as a string",
      (body) => {
        (body as { input: unknown }).input = "a fox";
      },
      rejects("input"),
    ),
    mutate(
      spec,
      "parameters as a list",
      (body) => {
        (body as { parameters: unknown }).parameters = [];
      },
      rejects("parameters"),
    ),
    mutate(
      spec,
      "an unknown model",
      (body) => {
        body.model = `${spec.providerModel}-pro`;
      },
      rejects("model", 404, "ModelNotFound"),
    ),
  ];
}

/** Every model name the provider knows for a model, sent to each region where it is not the name. */
export function wrongRegionNames(): Mutation[] {
  return MODELS.flatMap((model) => {
    const names = new Set([model.id, ...regionsOf(model).map((region) => regionalSpec(model.id, region)!.providerModel)]);
    return REGIONS.flatMap((region) => {
      const offered = regionalSpec(model.id, region);
      const source = offered ?? regionalSpec(model.id, regionsOf(model)[0])!;
      return [...names]
        .filter((name) => name !== offered?.providerModel)
        .map((name) => {
          const body = { ...fullBody(source), model: name };
          return { label: `${name} in ${region}`, region, body, expected: rejects("model") };
        });
    });
  });
}

export function mutationsFor(spec: RegionalSpec): Mutation[] {
  return [
    ...structureMistakes(spec),
    ...wrongNames(spec),
    ...fieldsNotTaken(spec),
    ...outputMistakes(spec),
    ...durationMistakes(spec),
    ...referenceMistakes(spec),
    ...textMistakes(spec),
    ...parameterMistakes(spec),
  ];
}

export function allMutations(): Mutation[] {
  return [...offers().flatMap(mutationsFor), ...wrongRegionNames()];
}
