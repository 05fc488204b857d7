import { describe, expect, it } from "vitest";
import { billInputReferences, billedInputVideoSeconds, truncationLimitSeconds, type BillableReference } from "@/lib/rules/billing/truncation";

const video = (durationSeconds?: number): BillableReference => ({ kind: "video", durationSeconds });
const image: BillableReference = { kind: "image" };

describe("truncation table", () => {
  it.each([
    [1, 5],
    [2, 2.5],
    [3, 1.65], // the provider's table, not 5/3
    [4, 1.25],
    [5, 1],
  ])("%i reference(s) → %s s per video", (count, limit) => {
    expect(truncationLimitSeconds(count)).toBe(limit);
  });

  it.each([0, 6, 2.5])("has no limit for %s references", (count) => {
    expect(() => truncationLimitSeconds(count)).toThrow(RangeError);
  });
});

describe("billedInputVideoSeconds", () => {
  it.each<[string, BillableReference[], number]>([
    ["no references", [], 0],
    ["seed example: 1 image + 2 videos → 1.65 s each", [image, video(4.2), video(3)], 3.3],
    ["1 video shorter than 5 s", [video(3)], 3],
    ["1 video longer than 5 s", [video(12)], 5],
    ["2 videos, one under and one over 2.5 s", [video(2), video(4)], 4.5],
    ["3 videos of 1 s (under 1.65)", [video(1), video(1), video(1)], 3],
    ["4 references: 2 videos + 2 images (limit 1.25)", [video(1), video(2), image, image], 2.25],
    ["5 references: 3 videos + 2 images (limit 1 s)", [video(0.5), image, video(2), image, video(10)], 2.5],
    ["images only", [image, image, image], 0],
    ["a video of unknown duration is billed at the limit", [image, image, video()], 1.65],
    ["durations are kept to the millisecond", [video(1.2345)], 1.235],
  ])("%s", (_label, refs, seconds) => {
    expect(billedInputVideoSeconds(refs)).toBe(seconds);
  });

  it("reports the limit and each reference's share in input order", () => {
    expect(billInputReferences([image, video(4.2), video(1)])).toEqual({
      limitMs: 1650,
      perReferenceMs: [0, 1650, 1000],
      totalMs: 2650,
    });
  });
});
