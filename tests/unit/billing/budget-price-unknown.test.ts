// A budget cannot count a generation whose price is unknown: the submit is refused (402
// price_unknown) naming the model, region and tier; without a budget in its currency it goes ahead.
import { describe, expect, it } from "vitest";
import { assertWithinBudget } from "@/lib/services/budgets/spend";
import { AppError } from "@/lib/contracts/errors";
import { describePriceKey, priceSettingsHref } from "@/lib/rules/billing/price-key";

const key = { model: "wan2.5-t2v-preview", region: "singapore", tier: "720P" as const, audio: true };

function fakeTx(budgets: { projectId: string | null; currency: string; amountMicros: bigint }[]) {
  return {
    budget: { findMany: async ({ where }: { where: { currency?: string } }) => budgets.filter((b) => !where.currency || b.currency === where.currency) },
    generation: { aggregate: async () => ({ _sum: { actualAmountMicros: 0n, estimatedAmountMicros: 0n } }) },
  } as unknown as Parameters<typeof assertWithinBudget>[0];
}

describe("budgets and unknown prices", () => {
  it.each([
    [[{ projectId: null, currency: "USD", amountMicros: 100_000_000n }], "team"],
    [[{ projectId: "p1", currency: "USD", amountMicros: 100_000_000n }], "project"],
  ] as const)("refuses when a %s budget applies", async (budgets, scope) => {
    const error = (await assertWithinBudget(fakeTx([...budgets]), "t1", "p1", "USD", null, key).catch((e: unknown) => e)) as AppError;
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe("price_unknown");
    expect(error.status).toBe(402);
    expect(error.message).toBe(
      `No price is set for wan2.5-t2v-preview in Singapore at 720P, so this generation cannot be counted against the ${scope}'s monthly USD budget. Ask an admin or owner to set its price in Settings → Budgets & prices.`,
    );
    expect(error.extra.details).toEqual({
      ...key,
      scope,
      currency: "USD",
      settingsUrl: "/settings/budgets?model=wan2.5-t2v-preview&region=singapore&tier=720P&audio=audio#prices",
    });
  });

  it.each([
    ["no budget", []],
    ["a budget in another currency", [{ projectId: null, currency: "CNY", amountMicros: 1_000_000n }]],
  ] as const)("lets it through with %s", async (_, budgets) => {
    await expect(assertWithinBudget(fakeTx([...budgets]), "t1", "p1", "USD", null, key)).resolves.toBeUndefined();
  });

  it.each([
    [{ ...key, region: "beijing", tier: "1080P" as const, audio: false }, "wan2.5-t2v-preview in Beijing at 1080P", "audio=silent"],
    [{ ...key, region: "virginia" }, "wan2.5-t2v-preview in Virginia (US) at 720P", "audio=audio"],
  ])("names %o as %s", (k, text, audio) => {
    expect(describePriceKey(k)).toBe(text);
    expect(priceSettingsHref(k)).toContain(audio);
  });
});
