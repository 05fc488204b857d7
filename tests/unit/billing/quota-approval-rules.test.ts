// The pure quota and approval-policy rules, table-driven.
import { describe, expect, it } from "vitest";
import { approvalReasons, mayApprove, NO_APPROVAL_POLICY, type ApprovalPolicyRule } from "@/lib/rules/billing/approval-policy";
import { quotaCurrencyIssue, quotaExceededMessage, quotaVerdict, type QuotaDemand, type QuotaRule } from "@/lib/rules/billing/quota";

const usd10: QuotaRule = { unit: "money", currency: "USD", limit: 10_000_000n, region: null };
const secs60: QuotaRule = { unit: "seconds", currency: null, limit: 60_000n, region: null };
const beijingCny: QuotaRule = { unit: "money", currency: "CNY", limit: 50_000_000n, region: "beijing" };
const sg = (amountMicros: bigint | null, billedMs = 5000): QuotaDemand => ({ region: "singapore", currency: "USD", billedMs, amountMicros });
const bj = (amountMicros: bigint | null, billedMs = 5000): QuotaDemand => ({ region: "beijing", currency: "CNY", billedMs, amountMicros });

describe("quotaVerdict", () => {
  it.each([
    ["fits exactly", usd10, 8_500_000n, sg(1_500_000n), "within"],
    ["one micro over", usd10, 8_500_001n, sg(1_500_000n), "exceeded"],
    ["other currency is not counted", usd10, 9_900_000n, bj(5_000_000n), "not_counted"],
    ["unknown price on a money quota", usd10, 0n, sg(null), "price_unknown"],
    ["seconds count billed ms, price or not", secs60, 55_000n, sg(null, 5000), "within"],
    ["seconds over", secs60, 55_001n, sg(null, 5000), "exceeded"],
    ["regional quota ignores other regions", beijingCny, 49_000_000n, sg(9_000_000n), "not_counted"],
    ["regional quota counts its region", beijingCny, 49_000_000n, bj(2_000_000n), "exceeded"],
  ] as const)("%s", (_name, quota, used, demand, kind) => {
    expect(quotaVerdict(quota, used, demand).kind).toBe(kind);
  });

  it("says the numbers", () => {
    expect(quotaExceededMessage("Alice", usd10, 9_200_000n, 1_500_000n)).toBe(
      "Alice's monthly quota is $10.00; $9.20 used or reserved; this generation needs $1.50.",
    );
    expect(quotaExceededMessage("Bo", secs60, 57_500n, 5_000n)).toBe("Bo's monthly quota is 60 s; 57.5 s used or reserved; this generation needs 5 s.");
    expect(quotaExceededMessage("Cy", beijingCny, 0n, 1n)).toContain("quota in beijing is ¥50.00");
  });
});

describe("quotaCurrencyIssue", () => {
  it.each([
    [{ unit: "money", currency: "USD", region: "beijing" }, true],
    [{ unit: "money", currency: "CNY", region: "singapore" }, true],
    [{ unit: "money", currency: "CNY", region: "virginia" }, true],
    [{ unit: "money", currency: "USD", region: "virginia" }, false],
    [{ unit: "money", currency: "CNY", region: "beijing" }, false],
    [{ unit: "money", currency: "USD", region: null }, false],
    [{ unit: "seconds", currency: null, region: "beijing" }, false],
  ] as const)("%o refused: %s", (quota, refused) => {
    expect(quotaCurrencyIssue(quota) !== null).toBe(refused);
  });
});

describe("approvalReasons", () => {
  const threshold: ApprovalPolicyRule = { ...NO_APPROVAL_POLICY, estimateOver: { USD: 1_000_000n, CNY: null } };
  it.each([
    ["no policy", NO_APPROVAL_POLICY, "USD", 9_000_000n, null, []],
    ["at the threshold", threshold, "USD", 1_000_000n, null, []],
    ["above the threshold", threshold, "USD", 1_000_001n, null, ["estimate_over_threshold"]],
    ["unknown price with a threshold", threshold, "USD", null, null, ["price_unknown"]],
    ["other currency has no threshold", threshold, "CNY", 90_000_000n, null, []],
    ["over quota, policy off (the submit is refused instead)", threshold, "USD", 1n, "over", []],
    ["over quota, policy on", { ...threshold, overQuota: true }, "USD", 1n, "over", ["over_quota"]],
    ["both", { ...threshold, overQuota: true }, "USD", 2_000_000n, "over", ["estimate_over_threshold", "over_quota"]],
  ] as const)("%s", (_name, policy, currency, amountMicros, quotaMessage, rules) => {
    expect(approvalReasons(policy, { currency, amountMicros }, quotaMessage).map((r) => r.rule)).toEqual(rules);
  });

  it.each([
    [false, "a", "a", false],
    [false, "a", "b", true],
    [true, "a", "a", true],
  ])("allowSelfApproval %s, decider %s, creator %s → %s", (allowSelfApproval, decider, creator, allowed) => {
    expect(mayApprove({ allowSelfApproval }, decider, creator)).toBe(allowed);
  });
});
