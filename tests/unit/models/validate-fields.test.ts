// Which fields each model takes, text limits, audio, shotType, seed and structural rules.
import { describe, expect, it } from "vitest";
import { ALL_MODELS, T2V_MODELS, issuesAt, validBody, validate } from "./fixtures";

const SAMPLE: Record<string, unknown> = {
  negativePrompt: "blurry",
  audioUrl: "https://cdn.example.com/track.mp3",
  size: "1920*1080",
  resolution: "720P",
  ratio: "16:9",
  duration: 5,
  audio: true,
  shotType: "single",
  promptExtend: true,
  watermark: true,
  seed: 42,
};

const TAKES: Record<string, string[]> = {
  "wan2.6-t2v": ["negativePrompt", "audioUrl", "size", "duration", "shotType", "promptExtend", "watermark", "seed"],
  "wan2.5-t2v-preview": ["negativePrompt", "audioUrl", "size", "duration", "promptExtend", "watermark", "seed"],
  "wan2.2-t2v-plus": ["negativePrompt", "size", "duration", "promptExtend", "watermark", "seed"],
  "wan2.1-t2v-turbo": ["negativePrompt", "size", "duration", "promptExtend", "watermark", "seed"],
  "wan2.1-t2v-plus": ["negativePrompt", "size", "duration", "promptExtend", "watermark", "seed"],
  "wan2.6-r2v-flash": ["size", "duration", "audio", "shotType", "watermark"],
  "wan2.6-r2v": ["size", "duration", "audio", "shotType", "watermark"],
  "wan2.7-r2v": ["negativePrompt", "resolution", "ratio", "duration", "promptExtend", "watermark", "seed"],
};

const TAKERS: Record<string, string> = {
  negativePrompt: "wan2.6-t2v, wan2.5-t2v-preview, wan2.2-t2v-plus, wan2.1-t2v-turbo, wan2.1-t2v-plus, wan2.7-r2v",
  audioUrl: "wan2.6-t2v, wan2.5-t2v-preview",
  resolution: "wan2.7-r2v",
  ratio: "wan2.7-r2v",
  audio: "wan2.6-r2v-flash, wan2.6-r2v",
  shotType: "wan2.6-t2v, wan2.6-r2v-flash, wan2.6-r2v",
  promptExtend: "wan2.6-t2v, wan2.5-t2v-preview, wan2.2-t2v-plus, wan2.1-t2v-turbo, wan2.1-t2v-plus, wan2.7-r2v",
  seed: "wan2.6-t2v, wan2.5-t2v-preview, wan2.2-t2v-plus, wan2.1-t2v-turbo, wan2.1-t2v-plus, wan2.7-r2v",
};

/** How messages name each field: its label, with the API key when it reads differently. */
const NAMED: Record<string, string> = {
  negativePrompt: "Negative prompt (negativePrompt)",
  audioUrl: "Audio track (audioUrl)",
  size: "Size",
  resolution: "Resolution",
  ratio: "Aspect ratio (ratio)",
  duration: "Duration",
  audio: "Audio",
  shotType: "Shot type (shotType)",
  promptExtend: "Prompt extend (promptExtend)",
  watermark: "Watermark",
  seed: "Seed",
};

const fieldCases = ALL_MODELS.flatMap((model) =>
  Object.keys(SAMPLE)
    .filter((field) => field !== "size" || !model.startsWith("wan2.1")) // 1080P is not a wan2.1 size
    .map((field) => ({ model, field, taken: TAKES[model].includes(field) })),
);

describe("fields each model takes", () => {
  it.each(fieldCases)("$model takes $field: $taken", ({ model, field, taken }) => {
    const result = validate({ ...validBody(model), [field]: SAMPLE[field] });
    expect(result.ok).toBe(taken);
    if (!taken) {
      const [message] = issuesAt(result.issues, field);
      expect(message.startsWith(`${NAMED[field]} is not taken by ${model}`)).toBe(true);
      if (TAKERS[field]) expect(message).toContain(`models that take it: ${TAKERS[field]}`);
    }
  });

  it.each(T2V_MODELS)("references are not taken by %s", (model) => {
    const result = validate({ ...validBody(model), references: [{ url: "https://cdn.example.com/a.png" }] });
    expect(issuesAt(result.issues, "references")[0]).toBe(
      `References are not taken by ${model} (${model} is a text-to-video model); models that take it: wan2.6-r2v-flash, wan2.6-r2v, wan2.7-r2v`,
    );
  });

  it("gives the exact message for seed on wan2.6-r2v", () => {
    expect(issuesAt(validate({ ...validBody("wan2.6-r2v"), seed: 1 }).issues, "seed")).toEqual([
      `Seed is not taken by wan2.6-r2v; models that take it: ${TAKERS.seed}`,
    ]);
  });

  it.each(["wan2.6-t2v", "wan2.5-t2v-preview"])("audio:false on %s points to silent models", (model) => {
    const [message] = issuesAt(validate({ ...validBody(model), audio: false }).issues, "audio");
    expect(message).toContain(`${model} always makes sound; for silent video choose wan2.2-t2v-plus`);
    expect(message).toContain("wan2.6-r2v-flash");
  });

  it("audioUrl on wan2.7 points to voiceUrl", () => {
    const [message] = issuesAt(validate({ ...validBody("wan2.7-r2v"), audioUrl: SAMPLE.audioUrl }).issues, "audioUrl");
    expect(message).toContain("for a voice sample use voiceUrl on a reference");
  });
});

const PROMPT_LIMITS: [string, number][] = [
  ["wan2.6-t2v", 1500],
  ["wan2.5-t2v-preview", 1500],
  ["wan2.2-t2v-plus", 800],
  ["wan2.1-t2v-turbo", 800],
  ["wan2.1-t2v-plus", 800],
  ["wan2.6-r2v-flash", 1500],
  ["wan2.6-r2v", 1500],
  ["wan2.7-r2v", 5000],
];

function promptOfLength(model: string, length: number): string {
  const head = String(validBody(model).prompt);
  return head + "x".repeat(length - head.length);
}

describe("prompt and negativePrompt limits", () => {
  it.each(PROMPT_LIMITS)("%s accepts a prompt of exactly %i characters", (model, limit) => {
    expect(validate({ ...validBody(model), prompt: promptOfLength(model, limit) }).ok).toBe(true);
  });

  it.each(PROMPT_LIMITS)("%s refuses %i + 1 characters (never cuts)", (model, limit) => {
    const result = validate({ ...validBody(model), prompt: promptOfLength(model, limit + 1) });
    expect(result.ok).toBe(false);
    expect(result.request).toBeUndefined();
    const count = (limit + 1).toLocaleString("en-US");
    expect(issuesAt(result.issues, "prompt")).toEqual([`Prompt is ${count} characters; ${model} takes at most ${limit.toLocaleString("en-US")} — shorten it`]);
  });

  it("counts Chinese characters one each", () => {
    expect(validate({ ...validBody("wan2.2-t2v-plus"), prompt: "猫".repeat(800) }).ok).toBe(true);
    expect(validate({ ...validBody("wan2.2-t2v-plus"), prompt: "猫".repeat(801) }).ok).toBe(false);
  });

  it("matches the documented example wording", () => {
    const result = validate({ ...validBody("wan2.6-t2v"), prompt: "y".repeat(1612) });
    expect(issuesAt(result.issues, "prompt")).toEqual(["Prompt is 1,612 characters; wan2.6-t2v takes at most 1,500 — shorten it"]);
  });

  const negativeModels = ALL_MODELS.filter((model) => TAKES[model].includes("negativePrompt"));
  it.each(negativeModels)("%s accepts a 500-character negativePrompt", (model) => {
    expect(validate({ ...validBody(model), negativePrompt: "n".repeat(500) }).ok).toBe(true);
  });
  it.each(negativeModels)("%s refuses a 501-character negativePrompt", (model) => {
    expect(issuesAt(validate({ ...validBody(model), negativePrompt: "n".repeat(501) }).issues, "negativePrompt")).toEqual([
      `Negative prompt is 501 characters; ${model} takes at most 500 — shorten it`,
    ]);
  });

  it.each(["", "   "])("refuses an empty prompt %j", (prompt) => {
    expect(issuesAt(validate({ ...validBody("wan2.6-t2v"), prompt }).issues, "prompt")).toEqual(["Prompt is empty; describe the video you want"]);
  });
});

describe("audio", () => {
  it.each([
    ["wan2.6-r2v-flash", true, true],
    ["wan2.6-r2v-flash", false, true],
    ["wan2.6-r2v", true, true],
    ["wan2.6-r2v", false, false],
  ] as const)("%s audio %s accepted: %s", (model, audio, accepted) => {
    const result = validate({ ...validBody(model), audio });
    expect(result.ok).toBe(accepted);
    if (!accepted) {
      expect(issuesAt(result.issues, "audio")).toEqual(["Silent video is not available on wan2.6-r2v; choose wan2.6-r2v-flash or turn audio on"]);
    }
  });

  it("refuses silence on wan2.6-r2v in virginia too", () => {
    expect(validate({ ...validBody("wan2.6-r2v", "virginia"), audio: false }).ok).toBe(false);
  });

  it.each(["wan2.6-t2v", "wan2.5-t2v-preview"])("%s takes audioUrl", (model) => {
    expect(validate({ ...validBody(model), audioUrl: SAMPLE.audioUrl }).ok).toBe(true);
  });

  it.each(["wan2.2-t2v-plus", "wan2.1-t2v-turbo", "wan2.1-t2v-plus", "wan2.6-r2v-flash", "wan2.6-r2v", "wan2.7-r2v"])("%s refuses audioUrl", (model) => {
    const [message] = issuesAt(validate({ ...validBody(model), audioUrl: SAMPLE.audioUrl }).issues, "audioUrl");
    expect(message).toContain("models that take it: wan2.6-t2v, wan2.5-t2v-preview");
  });
});

describe("shotType", () => {
  it.each([
    ["wan2.6-t2v", { shotType: "multi" }, true],
    ["wan2.6-t2v", { shotType: "single" }, true],
    ["wan2.6-t2v", { shotType: "multi", promptExtend: true }, true],
    ["wan2.6-t2v", { shotType: "multi", promptExtend: false }, false],
    ["wan2.6-t2v", { shotType: "single", promptExtend: false }, false],
    ["wan2.6-t2v", { promptExtend: false }, true],
    ["wan2.6-r2v-flash", { shotType: "multi" }, true],
    ["wan2.6-r2v", { shotType: "single" }, true],
    ["wan2.5-t2v-preview", { shotType: "multi" }, false],
    ["wan2.7-r2v", { shotType: "multi" }, false],
  ] as const)("%s with %o accepted: %s", (model, fields, accepted) => {
    expect(validate({ ...validBody(model), ...fields }).ok).toBe(accepted);
  });

  it("explains the promptExtend rule", () => {
    const body = { ...validBody("wan2.6-t2v"), shotType: "multi", promptExtend: false };
    expect(issuesAt(validate(body).issues, "shotType")).toEqual([
      "Shot type only takes effect with prompt extend on wan2.6-t2v; turn prompt extend on (promptExtend: true) or leave shotType out",
    ]);
  });

  it("refuses an unknown shotType value", () => {
    expect(issuesAt(validate({ ...validBody("wan2.6-t2v"), shotType: "pan" }).issues, "shotType")[0]).toContain("choose single or multi");
  });
});

const SEED_MODELS = ALL_MODELS.filter((model) => TAKES[model].includes("seed"));
const seedCases = SEED_MODELS.flatMap((model) =>
  [
    [0, true],
    [1, true],
    [2147483647, true],
    [-1, false],
    [2147483648, false],
    [1.5, false],
  ].map(([seed, accepted]) => ({ model, seed: seed as number, accepted: accepted as boolean })),
);

describe("seed", () => {
  it.each(seedCases)("$model seed $seed accepted: $accepted", ({ model, seed, accepted }) => {
    const result = validate({ ...validBody(model), seed });
    expect(result.ok).toBe(accepted);
    if (!accepted) expect(issuesAt(result.issues, "seed")).toEqual(["Seed must be a whole number from 0 to 2,147,483,647"]);
  });
});
