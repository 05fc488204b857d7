// The simulator's independent copy of the provider rules, one row per rule (table-driven).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ProviderRequest, Region } from "@/lib/rules/models/types";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import { clientFor, providerErrorOf } from "@/tests/integration/dashscope/helpers";

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ pendingMs: 5000, runningMs: 5000 });
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => {
  sim.reset();
  sim.configure({ concurrency: { default: 1000 }, perSecond: { default: 1000 } });
});

type Media = (name: string) => string;
type Case = [label: string, region: Region, build: (media: Media) => ProviderRequest];

const req = (model: string, input: Record<string, unknown>, parameters: Record<string, unknown> = {}): ProviderRequest => ({ model, input, parameters });
const prompt = { prompt: "character1 walks" };
const r2v26 = (urls: string[], parameters: Record<string, unknown> = { size: "1280*720" }, model = "wan2.6-r2v-flash") =>
  req(model, { ...prompt, reference_urls: urls }, parameters);
const r2v27 = (media: unknown[], parameters: Record<string, unknown> = {}, input: Record<string, unknown> = {}) =>
  req("wan2.7-r2v", { prompt: "Video 1 and Image 1", media, ...input }, parameters);

const ACCEPTED: Case[] = [
  [
    "wan2.6-t2v with every optional field",
    "singapore",
    (m) =>
      req(
        "wan2.6-t2v",
        { prompt: "a fox", negative_prompt: "flowers", audio_url: m("track.mp3") },
        { size: "1080*1920", duration: 15, prompt_extend: true, shot_type: "multi", watermark: false, seed: 2147483647 },
      ),
  ],
  ["wan2.6-t2v with no parameters (defaults)", "virginia", () => req("wan2.6-t2v", { prompt: "a fox" })],
  ["wan2.5-t2v-preview 480P, 10 s", "beijing", () => req("wan2.5-t2v-preview", { prompt: "a fox" }, { size: "624*624", duration: 10 })],
  ["wan2.2-t2v-plus 1080P, duration 5", "singapore", () => req("wan2.2-t2v-plus", { prompt: "a fox" }, { size: "1632*1248", duration: 5 })],
  ["wan2.1-t2v-turbo 480P in singapore", "singapore", () => req("wan2.1-t2v-turbo", { prompt: "a fox" }, { size: "480*832" })],
  ["wanx2.1-t2v-plus in beijing", "beijing", () => req("wanx2.1-t2v-plus", { prompt: "a fox" }, { size: "1280*720" })],
  [
    "wan2.6-r2v-flash silent with image + videos",
    "singapore",
    (m) => r2v26([m("person.mp4"), m("product.png"), m("dancer.mp4")], { size: "1920*1080", duration: 10, audio: false, shot_type: "single", watermark: true }),
  ],
  [
    "wan2.6-r2v 5 images",
    "beijing",
    (m) =>
      r2v26([m("product.png"), m("background.jpg"), m("product.png"), m("background.jpg"), m("product.png")], { size: "960*960", duration: 2 }, "wan2.6-r2v"),
  ],
  [
    "wan2.6-r2v in virginia with videos, 10 s",
    "virginia",
    (m) => r2v26([m("person.mp4"), m("dancer.mp4")], { size: "1280*720", duration: 10, audio: true }, "wan2.6-r2v"),
  ],
  [
    "wan2.7-r2v images only, 15 s, with voices",
    "singapore",
    (m) =>
      r2v27(
        [
          { type: "first_frame", url: m("background.jpg") },
          { type: "reference_image", url: m("product.png"), reference_voice: m("voice.wav") },
        ],
        { resolution: "720P", ratio: "4:3", duration: 15, prompt_extend: false, watermark: true, seed: 0 },
        { negative_prompt: "blur", reference_voice: m("voice.wav") },
      ),
  ],
  ["wan2.7-r2v with a video, 10 s", "beijing", (m) => r2v27([{ type: "reference_video", url: m("dancer.mp4") }], { duration: 10 })],
];

const REJECTED: (Case | [string, Region, (media: Media) => ProviderRequest, number, string])[] = [
  ["an unknown model", "singapore", () => req("wan9-t2v", prompt), 404, "ModelNotFound"],
  ["wan2.5-t2v-preview in virginia", "virginia", () => req("wan2.5-t2v-preview", prompt)],
  ["wan2.1-t2v-turbo in beijing (named wanx2.1 there)", "beijing", () => req("wan2.1-t2v-turbo", prompt)],
  ["wanx2.1-t2v-turbo in singapore", "singapore", () => req("wanx2.1-t2v-turbo", prompt)],
  ["wan2.6-r2v-flash in virginia", "virginia", (m) => r2v26([m("person.mp4")])],
  ["wan2.7-r2v in virginia", "virginia", (m) => r2v27([{ type: "reference_video", url: m("person.mp4") }])],
  ["a missing prompt", "singapore", () => req("wan2.6-t2v", {})],
  ["a blank prompt", "singapore", () => req("wan2.6-t2v", { prompt: "   " })],
  ["input that is not an object", "singapore", () => ({ model: "wan2.6-t2v", input: "a fox" as unknown as Record<string, unknown>, parameters: {} })],
  ["size written with x", "singapore", () => req("wan2.6-t2v", prompt, { size: "1280x720" })],
  ["size given as a ratio", "singapore", () => req("wan2.6-t2v", prompt, { size: "16:9" })],
  ["size given as a tier", "singapore", () => req("wan2.6-t2v", prompt, { size: "720P" })],
  ["a 480P size on wan2.6-t2v", "singapore", () => req("wan2.6-t2v", prompt, { size: "832*480" })],
  ["a 720P size on wan2.2-t2v-plus", "singapore", () => req("wan2.2-t2v-plus", prompt, { size: "1280*720" })],
  ["a 1080P size on wan2.1-t2v-turbo", "singapore", () => req("wan2.1-t2v-turbo", prompt, { size: "1920*1080" })],
  ["a 480P size on wan2.1-t2v-plus", "singapore", () => req("wan2.1-t2v-plus", prompt, { size: "832*480" })],
  ["a non-tier size on wan2.6-r2v-flash", "singapore", (m) => r2v26([m("person.mp4")], { size: "1000*1000" })],
  ["duration 16 on wan2.6-t2v", "singapore", () => req("wan2.6-t2v", prompt, { duration: 16 })],
  ["duration 1 on wan2.6-t2v", "singapore", () => req("wan2.6-t2v", prompt, { duration: 1 })],
  ["a fractional duration", "singapore", () => req("wan2.6-t2v", prompt, { duration: 5.5 })],
  ["duration as a string", "singapore", () => req("wan2.6-t2v", prompt, { duration: "5" })],
  ["duration 7 on wan2.5-t2v-preview", "singapore", () => req("wan2.5-t2v-preview", prompt, { duration: 7 })],
  ["duration 10 on wan2.2-t2v-plus (fixed 5)", "singapore", () => req("wan2.2-t2v-plus", prompt, { duration: 10 })],
  ["duration 11 on wan2.6-r2v-flash", "singapore", (m) => r2v26([m("person.mp4")], { duration: 11 })],
  ["duration 7 on wan2.6-r2v in virginia (5 or 10)", "virginia", (m) => r2v26([m("person.mp4")], { duration: 7 }, "wan2.6-r2v")],
  ["audio:false on wan2.6-r2v", "singapore", (m) => r2v26([m("person.mp4")], { audio: false }, "wan2.6-r2v")],
  ["audio as a string", "singapore", (m) => r2v26([m("person.mp4")], { audio: "false" })],
  ["parameters.audio on a t2v model", "singapore", () => req("wan2.6-t2v", prompt, { audio: true })],
  ["shot_type on wan2.5-t2v-preview", "singapore", () => req("wan2.5-t2v-preview", prompt, { shot_type: "multi" })],
  ["shot_type on wan2.7-r2v", "singapore", (m) => r2v27([{ type: "reference_image", url: m("product.png") }], { shot_type: "multi" })],
  ["an unknown shot_type value", "singapore", () => req("wan2.6-t2v", prompt, { shot_type: "wide" })],
  ["audio_url on wan2.2-t2v-plus", "singapore", (m) => req("wan2.2-t2v-plus", { ...prompt, audio_url: m("track.mp3") })],
  ["a non-HTTP audio_url", "singapore", () => req("wan2.6-t2v", { ...prompt, audio_url: "file://localhost/a.mp3" })],
  ["seed -1", "singapore", () => req("wan2.6-t2v", prompt, { seed: -1 })],
  ["seed 2147483648", "singapore", () => req("wan2.6-t2v", prompt, { seed: 2147483648 })],
  ["prompt_extend as a string", "singapore", () => req("wan2.6-t2v", prompt, { prompt_extend: "yes" })],
  ["an unknown parameter", "singapore", () => req("wan2.6-t2v", prompt, { fps: 30 })],
  ["an unknown input field", "singapore", () => req("wan2.6-t2v", { ...prompt, image_url: "https://x.test/a.png" })],
  ["negative_prompt on wan2.6-r2v-flash", "singapore", (m) => req("wan2.6-r2v-flash", { ...prompt, negative_prompt: "x", reference_urls: [m("person.mp4")] })],
  ["no reference_urls", "singapore", () => req("wan2.6-r2v-flash", prompt, { size: "1280*720" })],
  ["an empty reference_urls", "singapore", () => r2v26([])],
  ["6 references", "singapore", (m) => r2v26(Array.from({ length: 6 }, () => m("product.png")))],
  ["4 reference videos", "singapore", (m) => r2v26([m("person.mp4"), m("dancer.mp4"), m("person.mp4"), m("dancer.mp4")])],
  ["an audio file as a reference", "singapore", (m) => r2v26([m("voice.wav")])],
  ["a non-HTTP reference URL", "singapore", () => r2v26(["ftp://example.test/a.mp4"])],
  ["an image on wan2.6-r2v in virginia (videos only)", "virginia", (m) => r2v26([m("person.mp4"), m("product.png")], { size: "1280*720" }, "wan2.6-r2v")],
  ["reference_urls on wan2.7-r2v", "singapore", (m) => req("wan2.7-r2v", { ...prompt, reference_urls: [m("person.mp4")] })],
  ["media on wan2.6-r2v-flash", "singapore", (m) => req("wan2.6-r2v-flash", { ...prompt, media: [{ type: "reference_video", url: m("person.mp4") }] })],
  ["an empty media array", "singapore", () => r2v27([])],
  ["6 media items", "singapore", (m) => r2v27(Array.from({ length: 6 }, () => ({ type: "reference_image", url: m("product.png") })))],
  [
    "two first_frame items",
    "singapore",
    (m) =>
      r2v27([
        { type: "first_frame", url: m("product.png") },
        { type: "first_frame", url: m("background.jpg") },
      ]),
  ],
  ["an unknown media type", "singapore", (m) => r2v27([{ type: "reference_audio", url: m("voice.wav") }])],
  ["a media item without url", "singapore", () => r2v27([{ type: "reference_image" }])],
  ["a media item with an extra field", "singapore", (m) => r2v27([{ type: "reference_image", url: m("product.png"), weight: 1 }])],
  ["a reference_video pointing at an image", "singapore", (m) => r2v27([{ type: "reference_video", url: m("product.png") }])],
  ["wan2.7 duration 12 with a video (max 10)", "singapore", (m) => r2v27([{ type: "reference_video", url: m("person.mp4") }], { duration: 12 })],
  ["wan2.7 duration 16 with images only", "singapore", (m) => r2v27([{ type: "reference_image", url: m("product.png") }], { duration: 16 })],
  ["wan2.7 resolution 480P", "singapore", (m) => r2v27([{ type: "reference_image", url: m("product.png") }], { resolution: "480P" })],
  ["wan2.7 ratio 21:9", "singapore", (m) => r2v27([{ type: "reference_image", url: m("product.png") }], { ratio: "21:9" })],
  ["wan2.7 with size instead of resolution", "singapore", (m) => r2v27([{ type: "reference_image", url: m("product.png") }], { size: "1280*720" })],
];

describe("requests the simulator accepts", () => {
  it.each(ACCEPTED)("%s (%s)", async (_label, region, build) => {
    const created = await clientFor(sim, region).createTask(build(sim.mediaUrl));
    expect(created.taskId).toMatch(/[0-9a-f-]{36}/);
    expect(sim.stats().tasks[0].warnings).toEqual([]);
  });
});

describe("requests the simulator rejects", () => {
  it.each(REJECTED)("%s (%s)", async (_label, region, build, status = 400, code = "InvalidParameter") => {
    const error = await providerErrorOf(clientFor(sim, region).createTask(build(sim.mediaUrl)));
    expect(error.httpStatus).toBe(status);
    expect(error.code).toBe(code);
    expect(error.retryable).toBe(false);
    expect(error.providerMessage).toBeTruthy();
    expect(sim.stats().totalCreates).toBe(0);
  });
});

describe("what the provider accepts silently", () => {
  it.each([
    ["wan2.2-t2v-plus", 801, "singapore"],
    ["wan2.6-t2v", 1501, "virginia"],
  ] as const)("a %s prompt of %i characters is accepted with a truncation warning", async (model, length, region) => {
    await clientFor(sim, region).createTask(req(model, { prompt: "a".repeat(length) }));
    expect(sim.stats().tasks[0].warnings[0]).toMatch(/truncates/);
  });

  it("a body that is not JSON → 400 InvalidParameter (raw fetch)", async () => {
    const response = await fetch(`${sim.url}/singapore/api/v1/services/aigc/video-generation/video-synthesis`, {
      method: "POST",
      headers: { Authorization: "Bearer sk-test-key-0001", "X-DashScope-Async": "enable", "Content-Type": "application/json" },
      body: "{not json",
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "InvalidParameter" });
  });
});
