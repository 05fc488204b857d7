import { describe, expect, it } from "vitest";
import { countCharacters, counterTone, describeCounter, formatCounter, limitAnnouncement } from "@/components/ui/character-count";

describe("countCharacters", () => {
  it.each([
    ["", 0],
    ["hello", 5],
    ["一只猫在跳舞", 6],
    ["🎬 action", 8], // the emoji is one character, not two UTF-16 units
    ["𠀀", 1],
  ])("counts %j as %i", (text, expected) => {
    expect(countCharacters(text)).toBe(expected);
  });
});

describe("counterTone", () => {
  it.each([
    [0, 1500, "normal"],
    [1349, 1500, "normal"],
    [1350, 1500, "warning"],
    [1500, 1500, "warning"],
    [1501, 1500, "danger"],
    [449, 500, "normal"],
    [450, 500, "warning"],
    [501, 500, "danger"],
    [10, 0, "normal"],
  ] as const)("%i of %i is %s", (count, max, tone) => {
    expect(counterTone(count, max)).toBe(tone);
  });
});

describe("counter texts", () => {
  it("formats with thousands separators", () => {
    expect(formatCounter(123, 1500)).toBe("123 / 1,500");
    expect(formatCounter(5000, 5000)).toBe("5,000 / 5,000");
  });

  it("describes the overflow for screen readers", () => {
    expect(describeCounter(1620, 1500)).toBe("1,620 of 1,500 characters, 120 over the limit");
    expect(describeCounter(12, 500)).toBe("12 of 500 characters");
  });

  it("announces only tone changes", () => {
    expect(limitAnnouncement("normal", 1500)).toBe("");
    expect(limitAnnouncement("warning", 1500)).toBe("Approaching the 1,500 character limit");
    expect(limitAnnouncement("danger", 800)).toBe("Over the 800 character limit");
  });
});
