// ARCHITECTURE.md shows the generation state diagram as generated from the state machine's table.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GENERATION_STATUSES, stateDiagram } from "@/lib/rules/generation-status";

function documentedDiagram(): string | undefined {
  const section = readFileSync("ARCHITECTURE.md", "utf8")
    .split(/^## /m)
    .find((s) => s.startsWith("Generation states"));
  return section?.match(/```mermaid\n([\s\S]*?)\n```/)?.[1];
}

describe("the state diagram in ARCHITECTURE.md", () => {
  it("is the one generated from the table", () => {
    expect(documentedDiagram()).toBe(stateDiagram());
  });

  it("shows every status", () => {
    for (const status of GENERATION_STATUSES) expect(stateDiagram()).toMatch(new RegExp(`\\b${status}\\b`));
  });
});
