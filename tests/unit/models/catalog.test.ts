import { describe, expect, it } from "vitest";
import { MODELS, getModel, modelsForRegion, providerModelName, regionalSpec, tierOfSize } from "@/lib/rules/models/catalog";
import { ALL_MODELS } from "./fixtures";
import { REGIONS, type Region } from "@/lib/rules/models/types";

const AVAILABILITY: Record<string, Region[]> = {
  "wan2.6-t2v": ["singapore", "virginia", "beijing"],
  "wan2.5-t2v-preview": ["singapore", "beijing"],
  "wan2.2-t2v-plus": ["singapore", "beijing"],
  "wan2.1-t2v-turbo": ["singapore", "beijing"],
  "wan2.1-t2v-plus": ["singapore", "beijing"],
  "wan2.6-r2v-flash": ["singapore", "beijing"],
  "wan2.6-r2v": ["singapore", "virginia", "beijing"],
  "wan2.7-r2v": ["singapore", "beijing"],
};

const availabilityCases = ALL_MODELS.flatMap((model) => REGIONS.map((region) => ({ model, region, offered: AVAILABILITY[model].includes(region) })));

describe("catalog", () => {
  it("lists exactly the eight models", () => {
    expect(MODELS.map((model) => model.id)).toEqual([...ALL_MODELS]);
  });

  it.each(availabilityCases)("$model offered in $region: $offered", ({ model, region, offered }) => {
    expect(regionalSpec(model, region) !== undefined).toBe(offered);
    expect(modelsForRegion(region).some((spec) => spec.id === model)).toBe(offered);
  });

  it("offers only wan2.6-t2v and wan2.6-r2v in virginia", () => {
    expect(modelsForRegion("virginia").map((model) => model.id)).toEqual(["wan2.6-t2v", "wan2.6-r2v"]);
  });

  it.each([
    ["wan2.1-t2v-turbo", "beijing", "wanx2.1-t2v-turbo"],
    ["wan2.1-t2v-plus", "beijing", "wanx2.1-t2v-plus"],
    ["wan2.1-t2v-turbo", "singapore", "wan2.1-t2v-turbo"],
    ["wan2.1-t2v-plus", "singapore", "wan2.1-t2v-plus"],
    ["wan2.6-t2v", "beijing", "wan2.6-t2v"],
    ["wan2.6-r2v", "virginia", "wan2.6-r2v"],
    ["wan2.7-r2v", "beijing", "wan2.7-r2v"],
  ] as const)("provider name of %s in %s is %s", (model, region, name) => {
    expect(providerModelName(model, region)).toBe(name);
    expect(regionalSpec(model, region)?.providerModel).toBe(name);
  });

  it("keeps the public id of beijing's wanx models", () => {
    expect(regionalSpec("wan2.1-t2v-plus", "beijing")?.id).toBe("wan2.1-t2v-plus");
  });

  it("applies virginia's overrides to wan2.6-r2v only there", () => {
    const virginia = regionalSpec("wan2.6-r2v", "virginia");
    expect(virginia?.references?.types).toEqual(["video"]);
    expect(virginia?.duration).toEqual({ kind: "list", values: [5, 10], default: 5 });
    const singapore = regionalSpec("wan2.6-r2v", "singapore");
    expect(singapore?.references?.types).toEqual(["image", "video"]);
    expect(singapore?.duration).toEqual({ kind: "range", min: 2, max: 10, default: 5 });
  });

  it("returns undefined for unknown models", () => {
    expect(getModel("wan9")).toBeUndefined();
    expect(regionalSpec("wan9", "singapore")).toBeUndefined();
  });

  it.each([
    ["wan2.6-t2v", "t2v", "t2v", 1500, "v26", 5, 5],
    ["wan2.5-t2v-preview", "t2v", "t2v", 1500, "v25", 5, 5],
    ["wan2.2-t2v-plus", "t2v", "t2v", 800, "v25", 2, 2],
    ["wan2.1-t2v-turbo", "t2v", "t2v", 800, "v25", 2, 2],
    ["wan2.1-t2v-plus", "t2v", "t2v", 800, "v25", 2, 2],
    ["wan2.6-r2v-flash", "r2v", "r2v-reference-urls", 1500, "v26", 5, 5],
    ["wan2.6-r2v", "r2v", "r2v-reference-urls", 1500, "v26", 5, 5],
    ["wan2.7-r2v", "r2v", "r2v-media", 5000, "v26", 5, 5],
  ] as const)("%s: kind %s, form %s, prompt ≤ %i, usage %s, rate %i/%i", (id, kind, form, prompt, usage, concurrent, perSecond) => {
    const model = getModel(id);
    expect(model?.kind).toBe(kind);
    expect(model?.form).toBe(form);
    expect(model?.promptMaxChars).toBe(prompt);
    expect(model?.usageShape).toBe(usage);
    expect(model?.rateLimit).toEqual({ concurrent, perSecond });
    expect(model?.strengths.length).toBeGreaterThan(0);
    expect(model?.typicalSeconds).toBeGreaterThan(0);
  });

  it.each([
    ["wan2.6-t2v", true],
    ["wan2.5-t2v-preview", true],
    ["wan2.2-t2v-plus", false],
    ["wan2.1-t2v-turbo", false],
    ["wan2.1-t2v-plus", false],
    ["wan2.6-r2v-flash", true],
    ["wan2.6-r2v", true],
    ["wan2.7-r2v", true],
  ] as const)("%s has audio by default: %s", (id, audio) => {
    expect(getModel(id)?.outputHasAudioByDefault).toBe(audio);
  });

  it.each([
    ["832*480", "480P"],
    ["480*832", "480P"],
    ["624*624", "480P"],
    ["1280*720", "720P"],
    ["720*1280", "720P"],
    ["960*960", "720P"],
    ["1088*832", "720P"],
    ["832*1088", "720P"],
    ["1920*1080", "1080P"],
    ["1080*1920", "1080P"],
    ["1440*1440", "1080P"],
    ["1632*1248", "1080P"],
    ["1248*1632", "1080P"],
    ["1280x720", undefined],
    ["16:9", undefined],
    ["720P", undefined],
    ["1000*1000", undefined],
  ] as const)("tierOfSize(%s) = %s", (size, tier) => {
    expect(tierOfSize(size)).toBe(tier);
  });
});
