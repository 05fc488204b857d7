import { describe, expect, it } from "vitest";
import { generationMode, generationModeNote } from "@/lib/services/provider/mode-note";

describe("generationMode", () => {
  it.each([
    [["simulator", "simulator", "simulator"], "simulator"],
    [["simulator", null, "simulator"], "simulator"],
    [["team", "instance", null], "provider"],
    [["team", "simulator", "simulator"], "mixed"],
    [[null, null, null], "none"],
  ] as const)("%o → %s", (sources, mode) => {
    expect(generationMode(sources.map((source) => ({ source })))).toBe(mode);
  });
});

describe("generationModeNote", () => {
  it("demo mode: free, no key", () => {
    expect(generationModeNote("simulator")).toBe("Videos are made by the built-in simulator: no cost, no provider key needed.");
  });

  it("with a key: real costs apply, and no simulator is promised", () => {
    expect(generationModeNote("provider")).toContain("real costs apply");
    expect(generationModeNote("provider")).not.toMatch(/simulator/i);
  });

  it("mixed and none say what happens", () => {
    expect(generationModeNote("mixed")).toMatch(/real cost.*built-in simulator/);
    expect(generationModeNote("none")).toContain("Settings → Provider keys");
  });
});
