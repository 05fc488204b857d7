import { describe, expect, it } from "vitest";
import { putBudgetBody } from "@/lib/services/budgets/schemas";
import { percentOf } from "@/lib/services/budgets/status";
import { putPriceBody } from "@/lib/services/prices/schemas";

describe("budget helpers", () => {
  it("rounds the share used down to one decimal, exactly", () => {
    expect(percentOf(500_000n, 600_000n)).toBe(83.3);
    expect(percentOf(0n, 600_000n)).toBe(0);
    expect(percentOf(700_000n, 600_000n)).toBe(116.6);
    expect(percentOf(1n, 0n)).toBe(100);
  });

  it("takes amounts only as positive decimal strings", () => {
    expect(putBudgetBody.parse({ currency: "USD", amount: " 12.5 " })).toEqual({ projectId: null, currency: "USD", amount: "12.5" });
    for (const amount of [12.5, "0", "0.000", "-1", "1e3", "1.1234567", "12,50"]) {
      expect(putBudgetBody.safeParse({ currency: "USD", amount }).success, String(amount)).toBe(false);
    }
  });
});

describe("price body", () => {
  const base = { model: "wan2.6-r2v-flash", region: "singapore", tier: "720P", pricePerSecond: "0.04" };

  it("defaults audio to any and leaves the currency to the region", () => {
    expect(putPriceBody.parse(base)).toEqual({ ...base, audio: "any" });
    expect(putPriceBody.parse({ ...base, audio: "silent" }).audio).toBe("silent");
  });

  it("checks the model, region, tier and audio against the catalog", () => {
    const issue = (over: Record<string, unknown>) => {
      const r = putPriceBody.safeParse({ ...base, ...over });
      return r.success ? null : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    };
    expect(issue({ model: "wan9" })).toEqual([`model: Unknown model "wan9"; see GET /api/v1/models.`]);
    expect(issue({ region: "virginia" })).toEqual(["region: wan2.6-r2v-flash is not offered in virginia."]);
    expect(issue({ tier: "480P" })).toEqual(["tier: wan2.6-r2v-flash in singapore makes 720P, 1080P only."]);
    expect(issue({ model: "wan2.6-t2v", audio: "audio" })).toEqual([`audio: wan2.6-t2v has no audio choice; price it with audio "any".`]);
  });
});
