import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { layerTableMarkdown } from "@/scripts/layers.mjs";

describe("ARCHITECTURE.md's layer table", () => {
  it("is the table ESLint enforces", () => {
    const doc = readFileSync(path.join(process.cwd(), "ARCHITECTURE.md"), "utf8");
    const shown = /<!-- layers:start -->\n([\s\S]*?)\n<!-- layers:end -->/.exec(doc)?.[1];
    expect(shown).toBe(layerTableMarkdown());
  });
});
