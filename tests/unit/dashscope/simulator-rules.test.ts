// Pure parts of the simulator: billing truncation, usage shapes, prompt markers, key rules.
import { describe, expect, it } from "vitest";
import type { IncomingMessage } from "node:http";
import { checkApiKey } from "@/lib/simulator/auth";
import { readPromptMarkers, statusForCode } from "@/lib/simulator/markers";
import { findModelRule, sizeForRatio } from "@/lib/simulator/model-rules";
import { applyPatch, DEFAULT_SIMULATOR_OPTIONS, resolveLimit } from "@/lib/simulator/options";
import { billedInputVideoSeconds, buildUsage } from "@/lib/simulator/usage";
import type { PlannedReference } from "@/lib/simulator/validate-request";

const video = (url = "v.mp4"): PlannedReference => ({ url, kind: "video" });
const image = (url = "i.png"): PlannedReference => ({ url, kind: "image" });

describe("billedInputVideoSeconds (5 s cap split across all references)", () => {
  it.each([
    ["1 video of 8 s", [video()], [8], 5],
    ["1 video of 4.2 s", [video()], [4.2], 4.2],
    ["2 videos of 8 s", [video(), video()], [8, 8], 5],
    ["1 image + 2 videos (seed 001 example)", [image(), video(), video()], [0, 8, 1], 2.65],
    ["3 videos of 4.2 s: 1.65 each, not 5/3", [video(), video(), video()], [4.2, 4.2, 4.2], 4.95],
    ["4 references, 1 video", [image(), image(), image(), video()], [0, 0, 0, 8], 1.25],
    ["5 references, 3 videos", [image(), image(), video(), video(), video()], [0, 0, 8, 0.5, 8], 2.5],
    ["images only", [image(), image()], [0, 0], 0],
    ["no references", [], [], 0],
  ])("%s → %s s", (_label, refs, seconds, expected) => {
    expect(billedInputVideoSeconds(refs, seconds)).toBeCloseTo(expected, 6);
  });
});

describe("buildUsage shapes", () => {
  it("wan2.6 r2v: duration = input + output, SR, size, audio", () => {
    const rule = findModelRule("wan2.6-r2v-flash", "singapore")!;
    expect(
      buildUsage({ rule, size: "1280*720", outputSeconds: 5, audio: false, references: [image(), video()], referenceSeconds: [0, 4.2], srAsString: false }),
    ).toEqual({
      duration: 7.5,
      input_video_duration: 2.5,
      output_video_duration: 5,
      SR: 720,
      size: "1280*720",
      video_count: 1,
      audio: false,
    });
  });

  it("wan2.6 t2v has no audio field and SR may be a string", () => {
    const rule = findModelRule("wan2.6-t2v", "virginia")!;
    const usage = buildUsage({ rule, size: "1920*1080", outputSeconds: 10, audio: true, references: [], referenceSeconds: [], srAsString: true });
    expect(usage).toEqual({ duration: 10, input_video_duration: 0, output_video_duration: 10, SR: "1080", size: "1920*1080", video_count: 1 });
  });

  it.each([
    ["wan2.5-t2v-preview", "singapore"],
    ["wan2.2-t2v-plus", "beijing"],
    ["wanx2.1-t2v-turbo", "beijing"],
  ] as const)("%s reports video_duration + video_ratio", (model, region) => {
    const rule = findModelRule(model, region)!;
    expect(buildUsage({ rule, size: "832*480", outputSeconds: 5, audio: false, references: [], referenceSeconds: [], srAsString: false })).toEqual({
      video_duration: 5,
      video_ratio: "832*480",
      video_count: 1,
    });
  });

  it.each([
    ["720P", "16:9", "1280*720"],
    ["720P", "3:4", "832*1088"],
    ["1080P", "1:1", "1440*1440"],
    ["1080P", "9:16", "1080*1920"],
  ] as const)("wan2.7 %s %s → %s", (tier, ratio, size) => {
    expect(sizeForRatio(tier, ratio)).toBe(size);
  });
});

describe("prompt markers", () => {
  it("reads fail, reject and slow markers", () => {
    expect(readPromptMarkers("a cat [sim:fail=DataInspectionFailed] [sim:slow]")).toEqual({
      failCode: "DataInspectionFailed",
      rejectCode: undefined,
      slow: true,
    });
    expect(readPromptMarkers("[sim:reject=Throttling.RateQuota]").rejectCode).toBe("Throttling.RateQuota");
    expect(readPromptMarkers(undefined)).toEqual({ failCode: undefined, rejectCode: undefined, slow: false });
  });

  it.each([
    ["Arrearage", 400],
    ["InvalidApiKey", 401],
    ["Throttling", 429],
    ["Throttling.AllocationQuota", 429],
    ["InternalError", 500],
    ["InternalError.Timeout", 500],
    ["ModelUnavailable", 503],
    ["AccessDenied.Unpurchased", 403],
    ["ModelNotFound", 404],
    ["DataInspectionFailed", 400],
  ] as const)("%s answers HTTP %i", (code, status) => {
    expect(statusForCode(code)).toBe(status);
  });
});

describe("simulated API keys", () => {
  const request = (authorization?: string) => ({ headers: authorization === undefined ? {} : { authorization } }) as IncomingMessage;
  it.each([
    [undefined, "singapore", false, "No API-key provided."],
    ["Bearer ", "singapore", false, "No API-key provided."],
    ["Bearer sk-bad-1", "singapore", false, "Invalid API-key provided."],
    ["Bearer not-a-key", "singapore", false, "Invalid API-key provided."],
    ["Bearer sk-listed", "singapore", false, "Invalid API-key provided."],
    ["Bearer sk-virginia-abc", "singapore", false, "Invalid API-key provided."],
    ["Bearer sk-virginia-abc", "virginia", true, undefined],
    ["Bearer sk-anything", "beijing", true, undefined],
  ] as const)("%s in %s → valid %s", (header, region, ok, message) => {
    const outcome = checkApiKey(request(header), region, ["sk-listed"]);
    expect(outcome.ok).toBe(ok);
    if (!outcome.ok) expect(outcome.message).toBe(message);
  });
});

describe("simulator options", () => {
  it("applyPatch keeps settings on undefined, clears on null and drops unknown keys", () => {
    const base = applyPatch(DEFAULT_SIMULATOR_OPTIONS, { failTasks: { code: "InternalError" }, pendingMs: 10 });
    const next = applyPatch(base, { pendingMs: undefined, failTasks: null, port: 1, bogus: true });
    expect(next.pendingMs).toBe(10);
    expect(next.failTasks).toBeNull();
    expect(next.port).toBe(DEFAULT_SIMULATOR_OPTIONS.port);
    expect(next).not.toHaveProperty("bogus");
  });

  it.each([
    [{}, "wan2.6-t2v", "wan2.6", "concurrency", 5],
    [{}, "wan2.2-t2v-plus", "wan2.2", "concurrency", 2],
    [{}, "wan2.1-t2v-turbo", "wan2.1", "perSecond", 2],
    [{ default: 1 }, "wan2.6-t2v", "wan2.6", "concurrency", 1],
    [{ default: 1, "wan2.6": 3 }, "wan2.6-t2v", "wan2.6", "concurrency", 3],
    [{ default: 1, "wan2.6": 3, "wan2.6-t2v": 9 }, "wan2.6-t2v", "wan2.6", "perSecond", 9],
  ] as const)("resolveLimit(%j, %s) → %i", (table, model, generation, kind, expected) => {
    expect(resolveLimit(table, model, generation, kind)).toBe(expected);
  });
});
