import { describe, expect, it } from "vitest";
import { publicCatalog, type PublicModel } from "@/lib/rules/models/public";
import { ALL_MODELS } from "./fixtures";

const catalog = publicCatalog();
const byId = new Map(catalog.models.map((model) => [model.id, model]));
const get = (id: string) => byId.get(id) as PublicModel;

const KEYS = [
  "id",
  "label",
  "kind",
  "strengths",
  "regions",
  "output",
  "durations",
  "audio",
  "acceptedFields",
  "limits",
  "references",
  "shotType",
  "defaults",
  "rateLimit",
  "typicalSeconds",
].sort();

describe("publicCatalog", () => {
  it("survives a JSON round trip unchanged", () => {
    expect(JSON.parse(JSON.stringify(catalog))).toEqual(catalog);
  });

  it.each(ALL_MODELS)("%s has every field", (id) => {
    const model = get(id);
    expect(Object.keys(model).sort()).toEqual(KEYS);
    expect(model.strengths.length).toBeGreaterThan(0);
    expect(model.regions.length).toBeGreaterThan(0);
    expect(model.typicalSeconds).toBeGreaterThan(0);
    expect(Object.keys(model.defaults).sort()).toEqual(["audio", "duration", "promptExtend", "ratio", "resolution", "shotType", "size", "watermark"]);
  });

  it.each([
    ["wan2.6-t2v", "t2v", ["singapore", "virginia", "beijing"], { kind: "range", min: 2, max: 15, default: 5, maxWithVideo: null }],
    ["wan2.5-t2v-preview", "t2v", ["singapore", "beijing"], { kind: "list", values: [5, 10], default: 5 }],
    ["wan2.2-t2v-plus", "t2v", ["singapore", "beijing"], { kind: "fixed", value: 5, default: 5 }],
    ["wan2.1-t2v-turbo", "t2v", ["singapore", "beijing"], { kind: "fixed", value: 5, default: 5 }],
    ["wan2.1-t2v-plus", "t2v", ["singapore", "beijing"], { kind: "fixed", value: 5, default: 5 }],
    ["wan2.6-r2v-flash", "r2v", ["singapore", "beijing"], { kind: "range", min: 2, max: 10, default: 5, maxWithVideo: null }],
    ["wan2.6-r2v", "r2v", ["singapore", "virginia", "beijing"], { kind: "range", min: 2, max: 10, default: 5, maxWithVideo: null }],
    ["wan2.7-r2v", "r2v", ["singapore", "beijing"], { kind: "range", min: 2, max: 15, default: 5, maxWithVideo: 10 }],
  ] as const)("%s: kind %s, regions %o, durations", (id, kind, regions, durations) => {
    const model = get(id);
    expect(model.kind).toBe(kind);
    expect(model.regions.map((region) => region.region)).toEqual(regions);
    expect(model.durations).toEqual(durations);
  });

  it.each([
    ["wan2.6-t2v", ["720P", "1080P"], "1920*1080"],
    ["wan2.5-t2v-preview", ["480P", "720P", "1080P"], "1920*1080"],
    ["wan2.2-t2v-plus", ["480P", "1080P"], "1920*1080"],
    ["wan2.1-t2v-turbo", ["480P", "720P"], "1280*720"],
    ["wan2.1-t2v-plus", ["720P"], "1280*720"],
    ["wan2.6-r2v-flash", ["720P", "1080P"], "1920*1080"],
    ["wan2.6-r2v", ["720P", "1080P"], "1920*1080"],
  ])("%s groups sizes by tier %o with default %s", (id, tiers, size) => {
    const model = get(id);
    expect(model.output.kind).toBe("size");
    if (model.output.kind === "size") expect(model.output.tiers.map((group) => group.tier)).toEqual(tiers);
    expect(model.defaults.size).toBe(size);
    expect(model.defaults.resolution).toBeNull();
  });

  it("lists the 720P sizes with ratios", () => {
    const output = get("wan2.1-t2v-plus").output;
    expect(output).toEqual({
      kind: "size",
      tiers: [
        {
          tier: "720P",
          sizes: [
            { size: "1280*720", ratio: "16:9" },
            { size: "720*1280", ratio: "9:16" },
            { size: "960*960", ratio: "1:1" },
            { size: "1088*832", ratio: "4:3" },
            { size: "832*1088", ratio: "3:4" },
          ],
        },
      ],
    });
  });

  it("describes wan2.7 resolution, ratio, voice and references", () => {
    const model = get("wan2.7-r2v");
    expect(model.output).toEqual({ kind: "resolution", resolutions: ["720P", "1080P"], ratios: ["16:9", "9:16", "1:1", "4:3", "3:4"] });
    expect(model.defaults).toMatchObject({ resolution: "1080P", ratio: "16:9", size: null, watermark: false, promptExtend: true });
    expect(model.audio.voiceSample).toEqual({ minSeconds: 1, maxSeconds: 10, maxBytes: 15 * 1024 * 1024, formats: ["WAV", "MP3"] });
    expect(model.references).toMatchObject({ min: 1, maxTotal: 5, maxFirstFrames: 1, naming: "media", types: ["image", "video", "first_frame"] });
    expect(model.limits).toEqual({ promptMaxChars: 5000, negativePromptMaxChars: 500, seedMin: 0, seedMax: 2147483647 });
  });

  it("spells out virginia's overrides for wan2.6-r2v", () => {
    const virginia = get("wan2.6-r2v").regions.find((region) => region.region === "virginia");
    expect(virginia?.overrides?.durations).toEqual({ kind: "list", values: [5, 10], default: 5 });
    expect(virginia?.overrides?.references?.types).toEqual(["video"]);
    expect(virginia?.note).toContain("videos only");
    const singapore = get("wan2.6-r2v").regions.find((region) => region.region === "singapore");
    expect(singapore?.overrides).toBeNull();
  });

  it("shows beijing's wanx names", () => {
    expect(get("wan2.1-t2v-turbo").regions).toEqual([
      { region: "singapore", providerModel: "wan2.1-t2v-turbo", note: null, overrides: null },
      { region: "beijing", providerModel: "wanx2.1-t2v-turbo", note: "called wanx2.1-t2v-turbo in beijing", overrides: null },
    ]);
  });

  it.each([
    ["wan2.6-t2v", "always", false, true],
    ["wan2.5-t2v-preview", "always", false, true],
    ["wan2.2-t2v-plus", "never", true, false],
    ["wan2.1-t2v-turbo", "never", true, false],
    ["wan2.1-t2v-plus", "never", true, false],
    ["wan2.6-r2v-flash", "optional", true, false],
    ["wan2.6-r2v", "always", false, false],
    ["wan2.7-r2v", "always", false, false],
  ] as const)("%s audio: %s, silent allowed %s, audioUrl %s", (id, output, silentAllowed, audioUrl) => {
    const audio = get(id).audio;
    expect(audio.output).toBe(output);
    expect(audio.silentAllowed).toBe(silentAllowed);
    expect(audio.audioUrl !== null).toBe(audioUrl);
  });

  it.each([
    ["wan2.6-t2v", { values: ["single", "multi"], requiresPromptExtend: true }],
    ["wan2.6-r2v", { values: ["single", "multi"], requiresPromptExtend: false }],
    ["wan2.5-t2v-preview", null],
    ["wan2.7-r2v", null],
  ] as const)("%s shotType %o", (id, shotType) => {
    expect(get(id).shotType).toEqual(shotType);
  });

  it("wan2.6 r2v takes no negative prompt or seed", () => {
    expect(get("wan2.6-r2v").limits).toEqual({ promptMaxChars: 1500, negativePromptMaxChars: null, seedMin: 0, seedMax: null });
    expect(get("wan2.6-r2v").acceptedFields).toEqual(["references", "size", "duration", "audio", "shotType", "watermark"]);
  });
});
