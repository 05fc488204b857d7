// "Price unknown" is actionable: admins get a "Set a price" link to the price settings with the row
// focused; members learn who can set it. And a billed task whose video was lost says so.
import { describe, expect, it } from "vitest";
import { CostPanel } from "@/components/gallery/detail/cost-panel";
import { EstimatePanel } from "@/components/generate/estimate-panel";
import { MissingPriceNote, whoCanSetPrice } from "@/components/generate/missing-price-note";
import type { LiveEstimate } from "@/components/generate/use-estimate";
import { PriceTable } from "@/components/budgets/price-table";
import { estimateCost } from "@/lib/rules/billing/estimate";
import { effectivePrices } from "@/lib/services/prices/effective";
import { priceSlots } from "@/lib/services/prices/catalog-options";
import { defaultPriceRows } from "@/lib/rules/billing/default-prices";
import { describePriceKey, focusedRowIndex, priceSettingsHref, readPriceFocus, type MissingPrice } from "@/lib/rules/billing/price-key";
import { generation } from "../gallery/fixtures";
import { html } from "./render";

const key = { model: "wan2.5-t2v-preview", region: "singapore", tier: "720P" as const, audio: true };
const unknownEstimate = estimateCost({ kind: "t2v", params: { tier: "720P", outputSeconds: 5, audio: true }, references: [] }, null, "USD");
const missing = (over: Partial<MissingPrice> = {}): MissingPrice => ({
  ...key,
  description: describePriceKey(key),
  settingsUrl: priceSettingsHref(key),
  canSet: false,
  setBy: [],
  ...over,
});
type Budgets = NonNullable<LiveEstimate["answer"]>["budgets"];
const live = (missingPrice: MissingPrice, budgets: Budgets = []): LiveEstimate =>
  ({
    answer: { estimate: unknownEstimate, warnings: [], budgets, missingPrice },
    partial: undefined,
    issues: [],
    problem: null,
    updating: false,
    current: true,
  }) as LiveEstimate;

describe('the estimate\'s "Price unknown"', () => {
  it("gives admins a Set a price link to the price settings with the model, region and tier", () => {
    const markup = html(EstimatePanel, { live: live(missing({ canSet: true })), placeholder: "" });
    expect(markup).toContain("Price unknown");
    expect(markup).toContain("Set a price");
    expect(markup).toContain('href="/settings/budgets?model=wan2.5-t2v-preview&amp;region=singapore&amp;tier=720P&amp;audio=audio#prices"');
    expect(markup).not.toContain("Ask ");
  });

  it.each([
    [["Olivia Owner", "Adam Admin"], "Ask Olivia Owner or Adam Admin to set it."],
    [["Olivia Owner"], "Ask Olivia Owner to set it."],
    [[], "Ask an admin or owner to set it."],
  ])("tells members who can set it: %j", (setBy, text) => {
    const markup = html(EstimatePanel, { live: live(missing({ setBy })), placeholder: "" });
    expect(markup).toContain(text);
    expect(markup).toContain("wan2.5-t2v-preview");
    expect(markup).not.toContain("Set a price");
  });

  it("warns that a budget refuses it until the price is set", () => {
    const budgets = [{ scope: "team" as const, currency: "USD", limit: "10", committed: "0", remaining: "10" }];
    expect(html(MissingPriceNote, { missing: missing(), budgetApplies: true, currency: "USD" })).toContain("generating is refused until the price is set");
    expect(html(EstimatePanel, { live: live(missing(), budgets), placeholder: "" })).toContain("refused until the price is set");
    expect(html(MissingPriceNote, { missing: missing(), budgetApplies: false, currency: "USD" })).toContain("The billed seconds still count.");
  });

  it.each([
    [["A"], "A"],
    [["A", "B"], "A or B"],
    [["A", "B", "C"], "A, B or C"],
    [[], "an admin or owner"],
  ])("names %j as %s", (names, text) => {
    expect(whoCanSetPrice(names)).toBe(text);
  });
});

describe("the price settings, focused by a Set a price link", () => {
  const prices = effectivePrices(defaultPriceRows(), priceSlots(), new Date("2026-06-01T00:00:00Z"));

  it("reads the focus from the query", () => {
    expect(readPriceFocus({ model: "wan2.5-t2v-preview", region: "singapore", tier: "720P", audio: "audio" })).toEqual({
      model: "wan2.5-t2v-preview",
      region: "singapore",
      tier: "720P",
      audio: "audio",
    });
    expect(readPriceFocus({ model: "x", region: "singapore", audio: "loud" })).toEqual({ model: "x", region: "singapore", tier: "", audio: null });
    expect(readPriceFocus({ region: "singapore" })).toBeNull();
  });

  it("finds the row, preferring the asked sound setting, then the one for any", () => {
    const rows = prices.filter((p) => p.region === "singapore");
    const flash = focusedRowIndex(rows, { model: "wan2.6-r2v-flash", region: "singapore", tier: "1080P", audio: "silent" });
    expect(rows[flash]).toMatchObject({ model: "wan2.6-r2v-flash", tier: "1080P", audio: "silent" });
    const unpriced = focusedRowIndex(rows, { model: "wan2.5-t2v-preview", region: "singapore", tier: "720P", audio: "audio" });
    expect(rows[unpriced]).toMatchObject({ model: "wan2.5-t2v-preview", tier: "720P", audio: "any", origin: "none" });
    expect(focusedRowIndex(rows, { model: "nope", region: "singapore", tier: "720P", audio: null })).toBe(-1);
  });

  it("opens the focused row's region and marks that row", () => {
    const markup = html(PriceTable, { prices, canManage: false, focus: { model: "wan2.5-t2v-preview", region: "beijing", tier: "1080P", audio: "audio" } });
    const focused = markup.match(/<tr[^>]*data-focused="true"[^>]*>[\s\S]*?<\/tr>/g) ?? [];
    expect(focused).toHaveLength(1);
    expect(focused[0]).toContain("wan2.5-t2v-preview");
    expect(focused[0]).toContain("1080P");
    expect(focused[0]).toContain("¥1.00");
    expect(markup).toContain('aria-label="Prices in Beijing"');
  });

  it("marks nothing without a focus", () => {
    expect(html(PriceTable, { prices, canManage: false })).not.toContain("data-focused");
  });
});

describe("the generation page's cost of a billed task whose video was lost", () => {
  it("shows the billed amount and says the video was lost", () => {
    const g = generation({
      status: "expired",
      actual: { billedSeconds: 5, amount: "0.425", currency: "USD" },
      error: { code: "ResultExpired", message: "The video could not be archived." } as never,
    });
    const markup = html(CostPanel, { g });
    expect(markup).toContain("Billed, video lost");
    expect(markup).toContain("$0.425");
  });

  it("says nothing of the kind for a failure the provider did not bill", () => {
    const g = generation({ status: "failed", actual: { billedSeconds: 0, amount: "0", currency: "USD" } });
    expect(html(CostPanel, { g })).not.toContain("video lost");
  });
});
