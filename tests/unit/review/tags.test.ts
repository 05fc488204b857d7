import { describe, expect, it } from "vitest";
import { isReviewStatus, normalizeTag, tagProblem, tagSet } from "@/lib/rules/review";

describe("tags", () => {
  it.each([
    ["Hero Shot", "hero shot"],
    ["  hero   shot\t", "hero shot"],
    ["V2", "v2"],
    ["客户 A", "客户 a"],
    ["Cafe\u0301", "café"],
    ["ÉTÉ", "été"],
  ])("normalizes %j to %j", (raw, stored) => {
    expect(normalizeTag(raw)).toBe(stored);
  });

  it.each([
    ["", "A tag cannot be empty."],
    ["a,b", "A tag cannot contain a comma."],
    ["x".repeat(41), "A tag has at most 40 characters."],
    ["tab\u0007", "A tag cannot contain control characters."],
  ])("refuses %j", (tag, problem) => {
    expect(tagProblem(tag)).toBe(problem);
  });

  it.each(["x".repeat(40), "🎬".repeat(40), "final cut", "客户"])("accepts %j (length counted in characters)", (tag) => {
    expect(tagProblem(tag)).toBeNull();
  });

  it("keeps the first of repeats, in order", () => {
    expect(tagSet(["B", "a", " b ", "A"])).toEqual(["b", "a"]);
  });

  it.each([
    ["approved", true],
    ["changes_requested", true],
    ["rejected", true],
    ["none", false],
    [null, false],
  ])("review status %j is %s", (value, ok) => {
    expect(isReviewStatus(value)).toBe(ok);
  });
});
