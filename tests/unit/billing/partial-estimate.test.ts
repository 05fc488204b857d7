// The breakdown of a refused request: what its valid parts decide, null for the rest.
import { describe, expect, it } from "vitest";
import { estimatePartially } from "@/lib/rules/billing/partial-estimate";

const price = { unitPriceMicros: 1_000_000n, currency: "CNY", source: "official" };
const video = (url: string, durationSeconds?: number) => ({ url, type: "video" as const, ...(durationSeconds !== undefined && { durationSeconds }) });

describe("estimatePartially", () => {
  it("keeps the price and each reference's billed seconds when only the duration is in question", () => {
    const partial = estimatePartially({ kind: "r2v", outputSeconds: null, references: [video("a", 4.2), { url: "b", type: "image" }] }, price, "CNY");
    expect(partial).toEqual({
      inputVideoSeconds: 2.5,
      outputSeconds: null,
      billedSeconds: null,
      billedMs: null,
      unitPrice: "1",
      unitPriceMicros: "1000000",
      currency: "CNY",
      amount: null,
      amountMicros: null,
      priceKnown: true,
      priceSource: "official",
      references: [
        { url: "a", type: "video", durationSeconds: 4.2, billedSeconds: 2.5 },
        { url: "b", type: "image", durationSeconds: null, billedSeconds: 0 },
      ],
    });
  });

  it("is complete when nothing that costs is in question", () => {
    const partial = estimatePartially({ kind: "r2v", outputSeconds: 5, references: [video("a", 1.2)] }, price, "CNY");
    expect(partial).toMatchObject({ billedSeconds: 6.2, billedMs: 6200, amount: "6.2", inputVideoSeconds: 1.2 });
  });

  it("leaves the input open for a reference of unknown kind or length, but prices the rest", () => {
    const partial = estimatePartially({ kind: "r2v", outputSeconds: 5, references: [video("a", 9), { url: "b", type: null }, video("c")] }, price, "CNY");
    expect(partial.references.map((r) => r.billedSeconds)).toEqual([1.65, null, null]);
    expect(partial).toMatchObject({ inputVideoSeconds: null, billedSeconds: null, amount: null, outputSeconds: 5 });
  });

  it("has no per-video cap past the most references a request may have", () => {
    const refs = Array.from({ length: 6 }, (_, i) => video(`v${i}`, 1));
    expect(estimatePartially({ kind: "r2v", outputSeconds: 5, references: refs }, price, "CNY").references.every((r) => r.billedSeconds === null)).toBe(true);
  });

  it("tells an unset price (false) from one that could not be looked up (null)", () => {
    const unset = estimatePartially({ kind: "t2v", outputSeconds: 5, references: [] }, null, "USD");
    expect(unset).toMatchObject({ priceKnown: false, unitPrice: null, amount: null, billedSeconds: 5, currency: "USD", inputVideoSeconds: 0 });
    const unknown = estimatePartially({ kind: "t2v", outputSeconds: 5, references: [] }, undefined, "USD");
    expect(unknown).toMatchObject({ priceKnown: null, unitPrice: null, billedSeconds: 5 });
  });
});
