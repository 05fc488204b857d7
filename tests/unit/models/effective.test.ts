import { describe, expect, it } from "vitest";
import { effectiveParameters, effectiveParams } from "@/lib/rules/models/effective";
import type { GenerationRequest } from "@/lib/rules/models/types";
import { firstRegion } from "./fixtures";

function params(model: string, fields: Partial<GenerationRequest> = {}) {
  return effectiveParams({ projectId: "p", prompt: "x", model, region: firstRegion(model), ...fields } as GenerationRequest);
}

describe("effectiveParams defaults", () => {
  it.each([
    ["wan2.6-t2v", "1080P", 5, true],
    ["wan2.5-t2v-preview", "1080P", 5, true],
    ["wan2.2-t2v-plus", "1080P", 5, false],
    ["wan2.1-t2v-turbo", "720P", 5, false],
    ["wan2.1-t2v-plus", "720P", 5, false],
    ["wan2.6-r2v-flash", "1080P", 5, true],
    ["wan2.6-r2v", "1080P", 5, true],
    ["wan2.7-r2v", "1080P", 5, true],
  ] as const)("%s → tier %s, %i s, audio %s", (model, tier, outputSeconds, audio) => {
    expect(params(model)).toEqual({ tier, outputSeconds, audio });
  });
});

describe("effectiveParams with choices", () => {
  it.each([
    ["wan2.6-t2v", { size: "1280*720", duration: 12 }, { tier: "720P", outputSeconds: 12, audio: true }],
    ["wan2.5-t2v-preview", { size: "624*624", duration: 10 }, { tier: "480P", outputSeconds: 10, audio: true }],
    ["wan2.2-t2v-plus", { size: "832*480" }, { tier: "480P", outputSeconds: 5, audio: false }],
    ["wan2.2-t2v-plus", { size: "832*480", duration: 5 }, { tier: "480P", outputSeconds: 5, audio: false }],
    ["wan2.1-t2v-turbo", { size: "480*832" }, { tier: "480P", outputSeconds: 5, audio: false }],
    ["wan2.6-r2v-flash", { size: "720*1280", duration: 2, audio: false }, { tier: "720P", outputSeconds: 2, audio: false }],
    ["wan2.6-r2v-flash", { audio: true }, { tier: "1080P", outputSeconds: 5, audio: true }],
    ["wan2.6-r2v", { size: "1440*1440", duration: 10, audio: true }, { tier: "1080P", outputSeconds: 10, audio: true }],
    ["wan2.7-r2v", { resolution: "720P", duration: 15 }, { tier: "720P", outputSeconds: 15, audio: true }],
    ["wan2.7-r2v", { ratio: "9:16" }, { tier: "1080P", outputSeconds: 5, audio: true }],
  ] as const)("%s with %o", (model, fields, expected) => {
    expect(params(model, fields as Partial<GenerationRequest>)).toEqual(expected);
  });

  it("uses virginia's limits for wan2.6-r2v", () => {
    expect(effectiveParams({ projectId: "p", prompt: "x", model: "wan2.6-r2v", region: "virginia", duration: 10 })).toEqual({
      tier: "1080P",
      outputSeconds: 10,
      audio: true,
    });
  });

  it("throws on an unknown model", () => {
    expect(() => params("wan9")).toThrow(/unknown model/);
  });
});

function parameters(model: string, fields: Partial<GenerationRequest> = {}) {
  return effectiveParameters({ projectId: "p", prompt: "x", model, region: firstRegion(model), ...fields } as GenerationRequest);
}

describe("effectiveParameters: every default filled in", () => {
  it.each([
    ["wan2.6-t2v", { size: "1920*1080", duration: 5, audio: true, shotType: "single", promptExtend: true, watermark: false }],
    ["wan2.5-t2v-preview", { size: "1920*1080", duration: 5, audio: true, promptExtend: true, watermark: false }],
    ["wan2.2-t2v-plus", { size: "1920*1080", duration: 5, audio: false, promptExtend: true, watermark: false }],
    ["wan2.1-t2v-turbo", { size: "1280*720", duration: 5, audio: false, promptExtend: true, watermark: false }],
    ["wan2.1-t2v-plus", { size: "1280*720", duration: 5, audio: false, promptExtend: true, watermark: false }],
    ["wan2.6-r2v-flash", { size: "1920*1080", duration: 5, audio: true, watermark: false }],
    ["wan2.6-r2v", { size: "1920*1080", duration: 5, audio: true, watermark: false }],
    ["wan2.7-r2v", { resolution: "1080P", ratio: "16:9", duration: 5, audio: true, promptExtend: true, watermark: false }],
  ] as const)("%s → %o", (model, expected) => {
    expect(parameters(model)).toEqual(expected);
  });

  it("keeps what the request set", () => {
    expect(parameters("wan2.6-t2v", { size: "1280*720", duration: 12, shotType: "multi", promptExtend: true, watermark: true, seed: 7 })).toEqual({
      size: "1280*720",
      duration: 12,
      audio: true,
      shotType: "multi",
      promptExtend: true,
      watermark: true,
      seed: 7,
    });
    expect(parameters("wan2.6-r2v-flash", { audio: false, shotType: "multi", duration: 3 })).toEqual({
      size: "1920*1080",
      duration: 3,
      audio: false,
      shotType: "multi",
      watermark: false,
    });
  });

  it("leaves ratio out when a first frame sets the shape", () => {
    const references = [{ url: "https://cdn.example.com/f.png", type: "first_frame" as const }];
    expect(parameters("wan2.7-r2v", { references, ratio: "9:16" })).toEqual({
      resolution: "1080P",
      duration: 5,
      audio: true,
      promptExtend: true,
      watermark: false,
    });
  });

  it("uses virginia's limits for wan2.6-r2v", () => {
    expect(effectiveParameters({ projectId: "p", prompt: "x", model: "wan2.6-r2v", region: "virginia" })).toMatchObject({ duration: 5, size: "1920*1080" });
  });
});
