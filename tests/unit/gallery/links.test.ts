import { describe, expect, it } from "vitest";
import { generationHref, promptTitle } from "@/components/gallery/links";

describe("promptTitle", () => {
  it("keeps a short prompt as it is, on one line", () => {
    expect(promptTitle("A paper boat drifts down a rainy street")).toBe("A paper boat drifts down a rainy street");
    expect(promptTitle("  A paper boat\n\ndrifts  ")).toBe("A paper boat drifts");
  });

  it("cuts a long prompt at a word boundary, without trailing punctuation", () => {
    const prompt = "A paper boat drifts down a rainy street at dusk, neon signs reflected in the puddles, cinematic, 35 mm";
    const title = promptTitle(prompt, 50);
    expect(title).toBe("A paper boat drifts down a rainy street at dusk…");
    expect(Array.from(title).length).toBeLessThanOrEqual(50);
  });

  it("cuts text without spaces (e.g. Chinese) by characters, never inside a code point", () => {
    const prompt = "一只小纸船在黄昏时分顺着下雨的街道漂流而下，霓虹灯倒映在水坑里，电影感".repeat(3);
    const title = promptTitle(prompt, 20);
    expect(Array.from(title)).toHaveLength(20);
    expect(title.endsWith("…")).toBe(true);
    expect(promptTitle("🎬".repeat(30), 10)).toBe(`${"🎬".repeat(9)}…`);
  });

  it("never returns an empty title", () => {
    expect(promptTitle("   ")).toBe("Untitled generation");
  });
});

describe("generationHref", () => {
  it("keeps the project in the address when opened from a project", () => {
    expect(generationHref({ id: "g1", projectId: "p1" }, "project")).toBe("/projects/p1/generations/g1");
    expect(generationHref({ id: "g1", projectId: "p1" }, "all")).toBe("/generations/g1");
  });
});
