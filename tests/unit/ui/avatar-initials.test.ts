import { describe, expect, it } from "vitest";
import { AVATAR_HUE_COUNT, avatarHueIndex, initialsOf } from "@/components/ui/avatar-initials";

describe("initialsOf", () => {
  it.each([
    ["Ada Lovelace", "AL"],
    ["ada", "A"],
    ["Grace Brewster Murray Hopper", "GH"],
    ["ada.lovelace@example.com", "AL"],
    ["ops@example.com", "O"],
    ["  Émile  Zola ", "ÉZ"],
    ["李 小龙", "李小"],
    ["", "?"],
    ["!!!", "?"],
  ])("%j → %j", (input, expected) => {
    expect(initialsOf(input)).toBe(expected);
  });
});

describe("avatarHueIndex", () => {
  it("is stable and inside the palette", () => {
    for (const name of ["ada", "grace", "linus", "李小龙", ""]) {
      const index = avatarHueIndex(name);
      expect(index).toBe(avatarHueIndex(name));
      expect(index).toBeGreaterThanOrEqual(0);
      expect(index).toBeLessThan(AVATAR_HUE_COUNT);
    }
  });

  it("spreads different names over several colors", () => {
    const names = ["ada", "grace", "linus", "margaret", "alan", "barbara", "ken", "dennis", "frances", "edsger"];
    expect(new Set(names.map(avatarHueIndex)).size).toBeGreaterThanOrEqual(4);
  });
});
