import { describe, expect, it } from "vitest";
import { costLabel, formatBytes, formatSeconds, money } from "@/components/gallery/cost";
import { generation } from "./fixtures";

describe("costLabel", () => {
  it("shows the estimate, marked, before the generation succeeds", () => {
    expect(costLabel(generation({ status: "running" }))).toEqual({ amount: "$0.50", kind: "estimate", text: "est. $0.50" });
  });

  it("shows the actual amount once succeeded", () => {
    const g = generation({ status: "succeeded", actual: { billedSeconds: 8.3, amount: "0.83", currency: "USD" } });
    expect(costLabel(g)).toEqual({ amount: "$0.83", kind: "actual", text: "$0.83" });
  });

  it("says no charge for failures", () => {
    expect(costLabel(generation({ status: "failed", actual: { billedSeconds: 0, amount: "0", currency: "USD" } })).text).toBe("no charge");
  });

  it("admits when no price is known", () => {
    const g = generation({ status: "queued", estimate: { ...generation().estimate!, amount: null, amountMicros: null, unitPrice: null, priceKnown: false } });
    expect(costLabel(g)).toMatchObject({ kind: "none", text: "price unknown" });
  });

  it("uses the currency's symbol", () => {
    const g = generation({ status: "succeeded", actual: { billedSeconds: 5, amount: "0.6", currency: "CNY" } });
    expect(costLabel(g).text).toBe("¥0.60");
  });
});

describe("formatting helpers", () => {
  it("formats money exactly (never rounded to cents), null for nonsense", () => {
    expect(money("0.415", "USD")).toBe("$0.415");
    expect(money("0.4", "USD")).toBe("$0.40");
    expect(money("abc", "USD")).toBeNull();
    expect(money(null, "USD")).toBeNull();
  });

  it("formats seconds and bytes", () => {
    expect(formatSeconds(8.25)).toBe("8.25 s");
    expect(formatSeconds(5)).toBe("5 s");
    expect(formatSeconds(null)).toBe("—");
    expect(formatBytes(74_150)).toBe("72.4 KB");
    expect(formatBytes(1_234_567)).toBe("1.18 MB");
    expect(formatBytes(0)).toBe("—");
  });
});
