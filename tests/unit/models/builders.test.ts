import { describe, expect, it } from "vitest";
import { buildProviderRequest } from "@/lib/rules/models/builders";
import type { GenerationRequest, Region } from "@/lib/rules/models/types";
import { validate } from "./fixtures";

const base = { projectId: "p1", prompt: "A kitten running in the moonlight" };

function request(fields: Partial<GenerationRequest> & { model: string; region: Region }): GenerationRequest {
  return { ...base, ...fields } as GenerationRequest;
}

describe("t2v builder", () => {
  it("sends the full documented body for wan2.6-t2v", () => {
    const built = buildProviderRequest(
      request({
        model: "wan2.6-t2v",
        region: "singapore",
        negativePrompt: "blurry",
        audioUrl: "https://cdn.example.com/fox.mp3",
        size: "1280*720",
        duration: 10,
        promptExtend: true,
        shotType: "multi",
        watermark: false,
        seed: 12345,
      }),
      "singapore",
    );
    expect(built).toEqual({
      model: "wan2.6-t2v",
      input: { prompt: base.prompt, negative_prompt: "blurry", audio_url: "https://cdn.example.com/fox.mp3" },
      parameters: { size: "1280*720", duration: 10, prompt_extend: true, shot_type: "multi", watermark: false, seed: 12345 },
    });
  });

  it.each([
    ["wan2.6-t2v", "singapore", "wan2.6-t2v"],
    ["wan2.6-t2v", "virginia", "wan2.6-t2v"],
    ["wan2.5-t2v-preview", "beijing", "wan2.5-t2v-preview"],
    ["wan2.2-t2v-plus", "singapore", "wan2.2-t2v-plus"],
    ["wan2.1-t2v-turbo", "singapore", "wan2.1-t2v-turbo"],
    ["wan2.1-t2v-turbo", "beijing", "wanx2.1-t2v-turbo"],
    ["wan2.1-t2v-plus", "beijing", "wanx2.1-t2v-plus"],
  ] as const)("sends only the prompt for a bare %s request in %s (model %s)", (model, region, name) => {
    expect(buildProviderRequest(request({ model, region }), region)).toEqual({
      model: name,
      input: { prompt: base.prompt },
      parameters: {},
    });
  });

  it("sends wan2.5 audio_url and duration", () => {
    const built = buildProviderRequest(
      request({
        model: "wan2.5-t2v-preview",
        region: "singapore",
        audioUrl: "https://cdn.example.com/a.wav",
        size: "832*480",
        duration: 10,
        promptExtend: true,
      }),
      "singapore",
    );
    expect(built).toEqual({
      model: "wan2.5-t2v-preview",
      input: { prompt: base.prompt, audio_url: "https://cdn.example.com/a.wav" },
      parameters: { size: "832*480", duration: 10, prompt_extend: true },
    });
  });

  it.each(["wan2.2-t2v-plus", "wan2.1-t2v-turbo", "wan2.1-t2v-plus"])("never sends duration for fixed-5-s %s", (model) => {
    const built = buildProviderRequest(
      request({ model, region: "singapore", duration: 5, negativePrompt: "flower", size: "832*480", watermark: true, seed: 0 }),
      "singapore",
    );
    expect(built).toEqual({
      model,
      input: { prompt: base.prompt, negative_prompt: "flower" },
      parameters: { size: "832*480", watermark: true, seed: 0 },
    });
  });

  it("drops an empty negative prompt", () => {
    const built = buildProviderRequest(request({ model: "wan2.6-t2v", region: "singapore", negativePrompt: "" }), "singapore");
    expect(built.input).toEqual({ prompt: base.prompt });
  });

  it("never sends fields the model does not document", () => {
    const built = buildProviderRequest(
      request({ model: "wan2.2-t2v-plus", region: "singapore", audioUrl: "https://x/a.mp3", shotType: "multi", audio: false, resolution: "720P" }),
      "singapore",
    );
    expect(built).toEqual({ model: "wan2.2-t2v-plus", input: { prompt: base.prompt }, parameters: {} });
  });
});

describe("wan2.6 r2v builder", () => {
  const references = [
    { url: "https://cdn.example.com/role1.mp4", type: "video" as const },
    { url: "https://cdn.example.com/role2.mp4", type: "video" as const },
    { url: "https://cdn.example.com/object4.png", type: "image" as const },
  ];

  it.each(["wan2.6-r2v-flash", "wan2.6-r2v"] as const)("sends reference_urls in order for %s", (model) => {
    const built = buildProviderRequest(
      request({
        model,
        region: "beijing",
        prompt: "character1 talks to character2 holding character3",
        references,
        size: "1280*720",
        duration: 10,
        audio: true,
        shotType: "multi",
        watermark: true,
      }),
      "beijing",
    );
    expect(built).toEqual({
      model,
      input: {
        prompt: "character1 talks to character2 holding character3",
        reference_urls: ["https://cdn.example.com/role1.mp4", "https://cdn.example.com/role2.mp4", "https://cdn.example.com/object4.png"],
      },
      parameters: { size: "1280*720", duration: 10, audio: true, shot_type: "multi", watermark: true },
    });
  });

  it("sends audio:false for silent flash", () => {
    const built = buildProviderRequest(request({ model: "wan2.6-r2v-flash", region: "singapore", references, audio: false }), "singapore");
    expect(built.parameters).toEqual({ audio: false });
  });

  it("never sends negative_prompt, prompt_extend or seed", () => {
    const built = buildProviderRequest(
      request({ model: "wan2.6-r2v", region: "virginia", references: [references[0]], negativePrompt: "x", promptExtend: false, seed: 4 }),
      "virginia",
    );
    expect(built).toEqual({
      model: "wan2.6-r2v",
      input: { prompt: base.prompt, reference_urls: ["https://cdn.example.com/role1.mp4"] },
      parameters: {},
    });
  });
});

describe("wan2.7 media builder", () => {
  it("maps types, voice and parameters", () => {
    const built = buildProviderRequest(
      request({
        model: "wan2.7-r2v",
        region: "singapore",
        prompt: "Video 1 hands Image 1 to Video 2",
        negativePrompt: "blurry",
        references: [
          { url: "https://cdn.example.com/a.mp4", type: "video", voiceUrl: "https://cdn.example.com/a.wav" },
          { url: "https://cdn.example.com/mug.png", type: "image" },
          { url: "https://cdn.example.com/b.mp4", type: "video" },
        ],
        resolution: "720P",
        ratio: "9:16",
        duration: 8,
        promptExtend: false,
        watermark: true,
        seed: 7,
      }),
      "singapore",
    );
    expect(built).toEqual({
      model: "wan2.7-r2v",
      input: {
        prompt: "Video 1 hands Image 1 to Video 2",
        negative_prompt: "blurry",
        media: [
          { type: "reference_video", url: "https://cdn.example.com/a.mp4" },
          { type: "reference_image", url: "https://cdn.example.com/mug.png" },
          { type: "reference_video", url: "https://cdn.example.com/b.mp4" },
        ],
        reference_voice: "https://cdn.example.com/a.wav",
      },
      parameters: { resolution: "720P", ratio: "9:16", duration: 8, prompt_extend: false, watermark: true, seed: 7 },
    });
  });

  it("does not send ratio with a first frame", () => {
    const built = buildProviderRequest(
      request({
        model: "wan2.7-r2v",
        region: "beijing",
        references: [
          { url: "https://cdn.example.com/f.png", type: "first_frame" },
          { url: "https://cdn.example.com/i.png", type: "image" },
        ],
        ratio: "1:1",
      }),
      "beijing",
    );
    expect(built).toEqual({
      model: "wan2.7-r2v",
      input: {
        prompt: base.prompt,
        media: [
          { type: "first_frame", url: "https://cdn.example.com/f.png" },
          { type: "reference_image", url: "https://cdn.example.com/i.png" },
        ],
      },
      parameters: {},
    });
  });

  it("never sends size, audio or shot_type", () => {
    const built = buildProviderRequest(
      request({
        model: "wan2.7-r2v",
        region: "singapore",
        references: [{ url: "https://cdn.example.com/i.png", type: "image" }],
        size: "1280*720",
        audio: true,
        shotType: "multi",
      }),
      "singapore",
    );
    expect(built.parameters).toEqual({});
  });

  it("refuses an unresolved reference type", () => {
    expect(() =>
      buildProviderRequest(request({ model: "wan2.7-r2v", region: "singapore", references: [{ url: "https://cdn.example.com/x" }] }), "singapore"),
    ).toThrow(/no resolved type/);
  });
});

describe("builder guards and round trip", () => {
  it("throws for a model not offered in the region", () => {
    expect(() => buildProviderRequest(request({ model: "wan2.7-r2v", region: "virginia" }), "virginia")).toThrow(/not offered in virginia/);
  });

  it("builds from a validated, probe-normalized request", () => {
    const url = "https://cdn.example.com/blob";
    const result = validate(
      { projectId: "p1", model: "wan2.7-r2v", region: "singapore", prompt: "Video 1 dances", references: [{ url }] },
      { probes: { [url]: { url, kind: "video" } } },
    );
    expect(result.ok).toBe(true);
    const built = buildProviderRequest(result.request as GenerationRequest, "singapore");
    expect(built.input).toEqual({ prompt: "Video 1 dances", media: [{ type: "reference_video", url }] });
  });
});
