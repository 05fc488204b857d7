// Sizes, resolutions, ratios and durations per model and region.
import { describe, expect, it } from "vitest";
import { SIZES_BY_TIER, TIERS } from "@/lib/rules/models/sizes";
import type { Tier } from "@/lib/rules/models/types";
import { ALL_MODELS, issuesAt, promptNaming, range, refs, validBody, validate } from "./fixtures";

const SIZE_TIERS: Record<string, Tier[]> = {
  "wan2.6-t2v": ["720P", "1080P"],
  "wan2.5-t2v-preview": ["480P", "720P", "1080P"],
  "wan2.2-t2v-plus": ["480P", "1080P"],
  "wan2.1-t2v-turbo": ["480P", "720P"],
  "wan2.1-t2v-plus": ["720P"],
  "wan2.6-r2v-flash": ["720P", "1080P"],
  "wan2.6-r2v": ["720P", "1080P"],
};

const sizeCases = Object.entries(SIZE_TIERS).flatMap(([model, tiers]) =>
  TIERS.flatMap((tier) => SIZES_BY_TIER[tier].map(({ size }) => ({ model, size, tier, accepted: tiers.includes(tier) }))),
);

describe("size", () => {
  it.each(sizeCases)("$model size $size ($tier) accepted: $accepted", ({ model, size, accepted }) => {
    const result = validate({ ...validBody(model), size });
    expect(result.ok).toBe(accepted);
    if (!accepted) {
      const [message] = issuesAt(result.issues, "size");
      expect(message).toContain(`Size ${size} is not offered by ${model}; choose one of`);
      for (const tier of SIZE_TIERS[model]) {
        for (const option of SIZES_BY_TIER[tier]) expect(message).toContain(option.size);
      }
    }
  });

  it("lists the sizes in the documented order", () => {
    const [message] = issuesAt(validate({ ...validBody("wan2.2-t2v-plus"), size: "1280*720" }).issues, "size");
    expect(message).toBe(
      "Size 1280*720 is not offered by wan2.2-t2v-plus; choose one of 832*480, 480*832, 624*624, 1920*1080, 1080*1920, 1440*1440, 1632*1248, 1248*1632",
    );
  });

  it.each([
    ["16:9", "not a ratio or a tier name"],
    ["720P", "not a ratio or a tier name"],
    ["1280x720", "Size must be written W*H (1280*720)"],
    ["1280 × 720", "Size must be written W*H (1280*720)"],
  ])("refuses size %s with a hint", (size, hint) => {
    const [message] = issuesAt(validate({ ...validBody("wan2.6-t2v"), size }).issues, "size");
    expect(message).toContain(hint);
  });

  it("is not taken by wan2.7-r2v", () => {
    const [message] = issuesAt(validate({ ...validBody("wan2.7-r2v"), size: "1280*720" }).issues, "size");
    expect(message).toContain("Size is not taken by wan2.7-r2v; models that take it: wan2.6-t2v");
  });
});

describe("resolution and ratio (wan2.7-r2v)", () => {
  it.each([
    ["720P", true],
    ["1080P", true],
    ["480P", false],
  ] as const)("resolution %s accepted: %s", (resolution, accepted) => {
    const result = validate({ ...validBody("wan2.7-r2v"), resolution });
    expect(result.ok).toBe(accepted);
    if (!accepted) expect(issuesAt(result.issues, "resolution")).toEqual(["Resolution 480P is not offered by wan2.7-r2v; choose 720P or 1080P"]);
  });

  it.each(["16:9", "9:16", "1:1", "4:3", "3:4"])("ratio %s accepted", (ratio) => {
    expect(validate({ ...validBody("wan2.7-r2v"), ratio }).ok).toBe(true);
  });

  it.each(["21:9", "2:1", "1280*720"])("ratio %s refused", (ratio) => {
    const [message] = issuesAt(validate({ ...validBody("wan2.7-r2v"), ratio }).issues, "ratio");
    expect(message).toContain("choose 16:9, 9:16, 1:1, 4:3 or 3:4");
  });

  it("warns that ratio is ignored with a first frame", () => {
    const result = validate({
      ...validBody("wan2.7-r2v"),
      prompt: "Image 1 waves",
      references: refs("image", "first_frame"),
      ratio: "1:1",
    });
    expect(result.ok).toBe(true);
    expect(issuesAt(result.warnings, "ratio")[0]).toContain("Aspect ratio is ignored when a first frame is given");
  });

  it.each(["wan2.6-t2v", "wan2.5-t2v-preview", "wan2.6-r2v-flash"])("resolution and ratio are not taken by %s", (model) => {
    const result = validate({ ...validBody(model), resolution: "720P", ratio: "16:9" });
    expect(issuesAt(result.issues, "resolution")[0]).toBe(`Resolution is not taken by ${model}; models that take it: wan2.7-r2v`);
    expect(issuesAt(result.issues, "ratio")[0]).toBe(`Aspect ratio (ratio) is not taken by ${model}; models that take it: wan2.7-r2v`);
  });
});

type DurationCase = { model: string; region?: "virginia"; duration: number; accepted: boolean };

function durationCases(model: string, allowed: number[], region?: "virginia"): DurationCase[] {
  return range(0, 16).map((duration) => ({ model, region, duration, accepted: allowed.includes(duration) }));
}

const DURATIONS: DurationCase[] = [
  ...durationCases("wan2.6-t2v", range(2, 15)),
  ...durationCases("wan2.6-t2v", range(2, 15), "virginia"),
  ...durationCases("wan2.5-t2v-preview", [5, 10]),
  ...durationCases("wan2.2-t2v-plus", [5]),
  ...durationCases("wan2.1-t2v-turbo", [5]),
  ...durationCases("wan2.1-t2v-plus", [5]),
  ...durationCases("wan2.6-r2v-flash", range(2, 10)),
  ...durationCases("wan2.6-r2v", range(2, 10)),
  ...durationCases("wan2.6-r2v", [5, 10], "virginia"),
];

describe("duration", () => {
  it.each(DURATIONS)("$model ($region) duration $duration accepted: $accepted", ({ model, region, duration, accepted }) => {
    const result = validate({ ...validBody(model, region), duration });
    expect(result.ok).toBe(accepted);
    if (!accepted) expect(issuesAt(result.issues, "duration")).toHaveLength(1);
  });

  it.each([
    ["wan2.6-t2v", undefined, 16, "Duration 16 s is out of range for wan2.6-t2v: choose 2-15 s"],
    ["wan2.5-t2v-preview", undefined, 7, "Duration 7 s is not offered by wan2.5-t2v-preview; choose 5 or 10 s"],
    ["wan2.2-t2v-plus", undefined, 10, "Duration is fixed at 5 s on wan2.2-t2v-plus; leave duration out (or choose a model with longer videos)"],
    ["wan2.6-r2v", "virginia", 7, "Duration 7 s is not offered by wan2.6-r2v in virginia; choose 5 or 10 s"],
    ["wan2.6-r2v-flash", undefined, 11, "Duration 11 s is out of range for wan2.6-r2v-flash: choose 2-10 s"],
  ] as const)("%s (%s) duration %i message", (model, region, duration, message) => {
    expect(issuesAt(validate({ ...validBody(model, region), duration }).issues, "duration")).toEqual([message]);
  });

  it.each([2.5, 5.1])("refuses fractional duration %s", (duration) => {
    expect(issuesAt(validate({ ...validBody("wan2.6-t2v"), duration }).issues, "duration")).toEqual(["Duration must be a whole number of seconds"]);
  });

  const wan27Cases = range(1, 16).flatMap((duration) => [
    { references: ["image"] as const, duration, accepted: duration >= 2 && duration <= 15 },
    { references: ["image", "first_frame"] as const, duration, accepted: duration >= 2 && duration <= 15 },
    { references: ["video"] as const, duration, accepted: duration >= 2 && duration <= 10 },
    { references: ["image", "video"] as const, duration, accepted: duration >= 2 && duration <= 10 },
  ]);

  it.each(wan27Cases)("wan2.7-r2v with $references, duration $duration accepted: $accepted", ({ references, duration, accepted }) => {
    const body = { ...validBody("wan2.7-r2v"), prompt: promptNaming("wan2.7-r2v", [...references]), references: refs(...references), duration };
    expect(validate(body).ok).toBe(accepted);
  });

  it("explains the wan2.7 video limit", () => {
    const body = { ...validBody("wan2.7-r2v"), references: refs("video"), duration: 12 };
    expect(issuesAt(validate(body).issues, "duration")).toEqual([
      "Duration 12 s is too long for wan2.7-r2v with a reference video: at most 10 s (15 s with images only); shorten it or use only images",
    ]);
  });

  it.each(ALL_MODELS)("%s accepts a request without duration", (model) => {
    expect(validate(validBody(model)).ok).toBe(true);
  });
});
