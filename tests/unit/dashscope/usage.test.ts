import { describe, expect, it } from "vitest";
import { normalizeUsage, srOfSize, toNumber } from "@/lib/adapters/dashscope/usage";

describe("normalizeUsage", () => {
  it("reads the wan2.6 HTTP example (seed 003, SR as number)", () => {
    expect(normalizeUsage({ duration: 10, size: "1280*720", input_video_duration: 0, output_video_duration: 10, video_count: 1, SR: 720 })).toEqual({
      shape: "v26",
      billedSeconds: 10,
      inputVideoSeconds: 0,
      outputSeconds: 10,
      sr: 720,
      size: "1280*720",
      videoCount: 1,
      audio: undefined,
    });
  });

  it("reads SR and durations given as strings and floats", () => {
    const usage = normalizeUsage({ duration: "12.5", input_video_duration: "2.5", output_video_duration: 10.0, SR: "1080", size: "1920*1080", audio: true });
    expect(usage).toMatchObject({ shape: "v26", billedSeconds: 12.5, inputVideoSeconds: 2.5, outputSeconds: 10, sr: 1080, audio: true });
  });

  it("prefers the v26 fields when the SDK returns both shapes with zeros (seed 003 SDK example)", () => {
    const usage = normalizeUsage({
      video_count: 1,
      video_duration: 0,
      video_ratio: "",
      duration: 10,
      size: "1280*720",
      input_video_duration: 0,
      output_video_duration: 10,
      SR: 720,
    });
    expect(usage).toMatchObject({ shape: "v26", billedSeconds: 10, outputSeconds: 10, size: "1280*720", sr: 720 });
  });

  it("reads the wan2.5-and-earlier shape (seed 001 quick-start example)", () => {
    expect(normalizeUsage({ video_duration: 5, video_ratio: "1280*720" })).toEqual({
      shape: "v25",
      billedSeconds: 5,
      outputSeconds: 5,
      size: "1280*720",
      sr: 720,
      audio: undefined,
      videoCount: undefined,
    });
  });

  it("uses v25 when duration is zero but video_duration is not", () => {
    expect(normalizeUsage({ duration: 0, video_duration: 5, video_ratio: "832*480" })).toMatchObject({ shape: "v25", billedSeconds: 5, sr: 480 });
  });

  it("derives billed seconds from input + output when duration is absent", () => {
    expect(normalizeUsage({ input_video_duration: 1.65, output_video_duration: 5 })).toMatchObject({ shape: "v26", billedSeconds: 6.65 });
  });

  it.each([
    ["null", null],
    ["a string", "10"],
    ["an array", [1, 2]],
    ["an object without billing fields", { video_count: 1 }],
  ])("returns undefined for %s", (_label, raw) => {
    expect(normalizeUsage(raw)).toBeUndefined();
  });

  it("parses audio given as a string and ignores garbage", () => {
    expect(normalizeUsage({ duration: 5, audio: "false" })?.audio).toBe(false);
    expect(normalizeUsage({ duration: 5, audio: "maybe" })?.audio).toBeUndefined();
  });
});

describe("toNumber", () => {
  it.each([
    [5, 5],
    [5.5, 5.5],
    ["720", 720],
    [" 1.65 ", 1.65],
    ["1e3", 1000],
    ["", undefined],
    ["abc", undefined],
    ["12px", undefined],
    [null, undefined],
    [Number.NaN, undefined],
    [true, undefined],
  ])("%j → %j", (input, expected) => {
    expect(toNumber(input)).toBe(expected);
  });
});

describe("srOfSize", () => {
  it.each([
    ["832*480", 480],
    ["624*624", 480],
    ["1280*720", 720],
    ["960*960", 720],
    ["1088*832", 720],
    ["1920*1080", 1080],
    ["1440*1440", 1080],
    ["1248*1632", 1080],
    [undefined, undefined],
  ])("%s → %s", (size, tier) => {
    expect(srOfSize(size)).toBe(tier);
  });
});
