import { describe, expect, it } from "vitest";
import { actualCost, costDiffers, type BilledUsage } from "@/lib/rules/billing/actual";

const USD_005 = { unitPriceMicros: 50_000n, currency: "USD" };
const CNY_06 = { unitPriceMicros: 600_000n, currency: "CNY" };

describe("actualCost", () => {
  it.each<[string, BilledUsage, typeof USD_005, number, bigint]>([
    ["wan2.6+ usage.duration (input + output)", { billedSeconds: 8.3, outputSeconds: 5, inputVideoSeconds: 3.3 }, USD_005, 8300, 415_000n],
    ["wan2.5 and earlier usage.video_duration", { billedSeconds: 5 }, CNY_06, 5000, 3_000_000n],
    ["numbers as strings", { billedSeconds: "10.0", outputSeconds: "10.0", inputVideoSeconds: "0.0" }, CNY_06, 10_000, 6_000_000n],
    ["only the parts", { outputSeconds: 5, inputVideoSeconds: 1.65 }, USD_005, 6650, 332_500n],
    ["a zero placeholder total beside a real output", { billedSeconds: 0, outputSeconds: 10, inputVideoSeconds: 0 }, USD_005, 10_000, 500_000n],
    ["float noise is rounded to the millisecond", { billedSeconds: 1.65 + 5 }, USD_005, 6650, 332_500n],
    ["nothing reported", {}, USD_005, 0, 0n],
    ["garbage is ignored", { billedSeconds: "n/a", outputSeconds: 5 }, USD_005, 5000, 250_000n],
  ])("%s", (_label, usage, price, billedMs, amountMicros) => {
    expect(actualCost(usage, price)).toEqual({
      billedSeconds: billedMs / 1000,
      billedMs,
      amountMicros,
      currency: price.currency,
    });
  });

  it("without a price gives seconds only", () => {
    expect(actualCost({ billedSeconds: 13.5 }, null)).toEqual({
      billedSeconds: 13.5,
      billedMs: 13_500,
      amountMicros: null,
      currency: null,
    });
  });
});

describe("costDiffers (more than 10 ms apart)", () => {
  it.each([
    [8300, 8300, false],
    [8300, 8310, false],
    [8300, 8290, false],
    [8300, 8311, true],
    [8300, 8289, true],
    [5000, 10_000, true],
  ])("%i vs %i → %s", (estimate, actual, differs) => {
    expect(costDiffers(estimate, actual)).toBe(differs);
  });
});
