// regionalSpec merges a model and a region once per process (the list page asks for it per row):
// the same frozen object every time, and nothing remembered for ids or regions that do not exist.
import { describe, expect, it } from "vitest";
import { MODELS, regionalSpec } from "@/lib/rules/models/catalog";
import { REGIONS, type Region } from "@/lib/rules/models/types";

describe("regionalSpec", () => {
  it.each(MODELS.flatMap((m) => REGIONS.filter((r) => m.regions[r]).map((r) => [m.id, r] as const)))("%s in %s is merged once and frozen", (id, region) => {
    const first = regionalSpec(id, region);
    expect(first).toBeDefined();
    expect(regionalSpec(id, region)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(first).toMatchObject({ id, region });
  });

  it("answers undefined for an unknown model or a region the model is not offered in", () => {
    expect(regionalSpec("no-such-model", "singapore")).toBeUndefined();
    expect(regionalSpec(MODELS[0].id, "mars" as Region)).toBeUndefined();
  });
});
