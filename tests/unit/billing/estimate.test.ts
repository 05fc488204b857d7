import { describe, expect, it } from "vitest";
import { estimateCost, type EstimateInput } from "@/lib/rules/billing/estimate";
import { defaultPriceRows } from "@/lib/rules/billing/default-prices";
import { regionCurrency, toMicros } from "@/lib/rules/billing/money";
import { selectPrice, toUnitPrice } from "@/lib/rules/billing/prices";
import type { Region, ReferenceType, Tier } from "@/lib/rules/models/types";

const AT = new Date("2026-06-01T00:00:00Z");
const DEFAULTS = defaultPriceRows();

function priceFor(model: string, region: Region, tier: Tier, audio: boolean) {
  return toUnitPrice(selectPrice(DEFAULTS, { model, region, tier, audio, teamId: null, at: AT }));
}

type Ref = { type: ReferenceType; seconds?: number };
function r2v(tier: Tier, outputSeconds: number, audio: boolean, refs: Ref[]): EstimateInput {
  return {
    kind: "r2v",
    params: { tier, outputSeconds, audio },
    references: refs.map((r, i) => ({
      url: `https://cdn.example.com/ref${i + 1}`,
      type: r.type,
      ...(r.seconds !== undefined ? { durationSeconds: r.seconds } : {}),
    })),
  };
}
const v = (seconds?: number): Ref => ({ type: "video", seconds });
const img: Ref = { type: "image" };

describe("estimateCost: reference-to-video", () => {
  it("matches the API example (flash, Singapore, 720P with audio)", () => {
    const estimate = estimateCost(r2v("720P", 5, true, [img, v(4.2), v(3)]), priceFor("wan2.6-r2v-flash", "singapore", "720P", true), "USD");
    expect(estimate).toMatchObject({
      inputVideoSeconds: 3.3,
      outputSeconds: 5,
      billedSeconds: 8.3,
      billedMs: 8300,
      unitPrice: "0.05",
      unitPriceMicros: "50000",
      currency: "USD",
      amount: "0.415",
      amountMicros: "415000",
      priceKnown: true,
      priceSource: "third-party listing",
    });
    expect(estimate.references).toEqual([
      { url: "https://cdn.example.com/ref1", type: "image", durationSeconds: null, billedSeconds: 0 },
      { url: "https://cdn.example.com/ref2", type: "video", durationSeconds: 4.2, billedSeconds: 1.65 },
      { url: "https://cdn.example.com/ref3", type: "video", durationSeconds: 3, billedSeconds: 1.65 },
    ]);
  });

  // Singapore wan2.6-r2v-flash with audio: 720P $0.05/s.
  it.each<[string, Ref[], number, number, number, string]>([
    // label, references, output s, billed input s, billed total s, amount
    ["1 video under the 5 s cap", [v(3)], 5, 3, 8, "0.4"],
    ["1 video over the 5 s cap", [v(7)], 5, 5, 10, "0.5"],
    ["2 videos, limit 2.5 s", [v(2), v(4)], 5, 4.5, 9.5, "0.475"],
    ["3 videos, limit 1.65 s", [v(1), v(2), v(3)], 10, 4.3, 14.3, "0.715"],
    ["4 references (2 videos, 2 images), limit 1.25 s", [v(1), v(2), img, img], 5, 2.25, 7.25, "0.3625"],
    ["3 videos + 2 images, limit 1 s", [v(0.5), img, v(2), img, v(10)], 5, 2.5, 7.5, "0.375"],
    ["images only: no input seconds", [img, img, img], 5, 0, 5, "0.25"],
    ["first_frame counts as a reference but is free", [{ type: "first_frame" }, v(4)], 5, 2.5, 7.5, "0.375"],
    ["unknown video duration is billed at the limit", [img, img, v()], 5, 1.65, 6.65, "0.3325"],
  ])("%s", (_label, refs, output, input, billed, amount) => {
    const price = priceFor("wan2.6-r2v-flash", "singapore", "720P", true);
    const e = estimateCost(r2v("720P", output, true, refs), price, "USD");
    expect(e).toMatchObject({ outputSeconds: output, inputVideoSeconds: input, billedSeconds: billed, amount });
  });

  // 1080P, 10 s output + one 6 s video (billed 5 s) = 15 s.
  it.each([
    ["singapore", true, "USD", "0.075", "1.125"],
    ["singapore", false, "USD", "0.0375", "0.5625"],
    ["beijing", true, "CNY", "0.5", "7.5"],
    ["beijing", false, "CNY", "0.25", "3.75"],
  ] as const)("flash in %s, audio=%s: %s %s/s", (region, audio, currency, unit, amount) => {
    const e = estimateCost(r2v("1080P", 10, audio, [v(6)]), priceFor("wan2.6-r2v-flash", region, "1080P", audio), regionCurrency(region));
    expect(e).toMatchObject({ billedSeconds: 15, currency, unitPrice: unit, amount, priceKnown: true });
  });

  it("Virginia wan2.6-r2v has no known price: seconds are still right", () => {
    const price = priceFor("wan2.6-r2v", "virginia", "720P", true);
    expect(price).toBeNull();
    const e = estimateCost(r2v("720P", 10, true, [v(3), v(1)]), price, regionCurrency("virginia"));
    expect(e).toMatchObject({
      inputVideoSeconds: 3.5,
      outputSeconds: 10,
      billedSeconds: 13.5,
      billedMs: 13500,
      unitPrice: null,
      unitPriceMicros: null,
      amount: null,
      amountMicros: null,
      priceKnown: false,
      priceSource: null,
      currency: "USD",
    });
    expect(e.references.map((r) => r.billedSeconds)).toEqual([2.5, 1]);
  });

  it("rounds the amount half-up to the micro-unit", () => {
    const input = r2v("720P", 1, true, [v(0.5)]);
    expect(estimateCost(input, { unitPriceMicros: 1n, currency: "USD" }, "USD").amountMicros).toBe("2"); // 1.5 µ
    const down = r2v("720P", 1, true, [v(0.499)]);
    expect(estimateCost(down, { unitPriceMicros: 1n, currency: "USD" }, "USD").amountMicros).toBe("1"); // 1.499 µ
  });

  it("is JSON-safe", () => {
    const e = estimateCost(r2v("720P", 5, true, [v(3)]), priceFor("wan2.6-r2v", "beijing", "720P", true), "CNY");
    expect(JSON.parse(JSON.stringify(e))).toEqual(e);
  });
});

describe("estimateCost: text-to-video with the default prices", () => {
  it.each<[string, Region, Tier, number, string, string]>([
    ["wan2.6-t2v", "beijing", "720P", 5, "CNY", "3"],
    ["wan2.6-t2v", "beijing", "1080P", 15, "CNY", "15"],
    ["wan2.5-t2v-preview", "beijing", "480P", 5, "CNY", "1.5"],
    ["wan2.5-t2v-preview", "beijing", "720P", 10, "CNY", "6"],
    ["wan2.5-t2v-preview", "beijing", "1080P", 5, "CNY", "5"],
    ["wan2.2-t2v-plus", "beijing", "480P", 5, "CNY", "0.7"],
    ["wan2.2-t2v-plus", "beijing", "1080P", 5, "CNY", "3.5"],
    ["wan2.1-t2v-turbo", "beijing", "480P", 5, "CNY", "1.2"],
    ["wan2.1-t2v-turbo", "beijing", "720P", 5, "CNY", "1.2"],
    ["wan2.1-t2v-plus", "beijing", "720P", 5, "CNY", "3.5"],
    ["wan2.1-t2v-turbo", "singapore", "480P", 5, "USD", "0.18"],
    ["wan2.1-t2v-turbo", "singapore", "720P", 5, "USD", "0.18"],
    ["wan2.1-t2v-plus", "singapore", "720P", 5, "USD", "0.5"],
    ["wan2.6-t2v", "singapore", "720P", 5, "USD", "0.5"],
    ["wan2.6-t2v", "singapore", "1080P", 15, "USD", "2.25"],
  ])("%s %s %s × %i s = %s %s", (model, region, tier, seconds, currency, amount) => {
    const e = estimateCost(
      { kind: "t2v", params: { tier, outputSeconds: seconds, audio: false }, references: [] },
      priceFor(model, region, tier, false),
      regionCurrency(region),
    );
    expect(e).toMatchObject({
      inputVideoSeconds: 0,
      outputSeconds: seconds,
      billedSeconds: seconds,
      currency,
      amount,
      amountMicros: toMicros(amount).toString(),
      priceKnown: true,
    });
  });

  it.each<[string, Region, Tier]>([
    ["wan2.5-t2v-preview", "singapore", "720P"],
    ["wan2.2-t2v-plus", "singapore", "1080P"],
    ["wan2.6-t2v", "virginia", "1080P"],
  ])("%s in %s has no published price", (model, region, tier) => {
    const e = estimateCost(
      { kind: "t2v", params: { tier, outputSeconds: 5, audio: true }, references: [] },
      priceFor(model, region, tier, true),
      regionCurrency(region),
    );
    expect(e).toMatchObject({ priceKnown: false, amount: null, billedSeconds: 5 });
  });

  it("never bills references on t2v", () => {
    const e = estimateCost(
      {
        kind: "t2v",
        params: { tier: "720P", outputSeconds: 5, audio: true },
        references: [{ url: "https://x/a.mp4", type: "video", durationSeconds: 4 }],
      },
      { unitPriceMicros: toMicros("0.1"), currency: "USD" },
      "USD",
    );
    expect(e.billedSeconds).toBe(5);
    expect(e.references[0].billedSeconds).toBe(0);
  });
});
