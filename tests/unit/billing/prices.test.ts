import { describe, expect, it } from "vitest";
import { selectPrice, type PriceRow, type PriceQuery } from "@/lib/rules/billing/prices";
import { DEFAULT_PRICES, defaultPriceRows } from "@/lib/rules/billing/default-prices";
import { regionCurrency, toMicros } from "@/lib/rules/billing/money";

const row = (id: string, over: Partial<PriceRow>): PriceRow => ({
  id,
  teamId: null,
  model: "wan2.6-r2v-flash",
  region: "singapore",
  tier: "720P",
  audio: "any",
  currency: "USD",
  pricePerSecondMicros: 1n,
  source: "test",
  effectiveFrom: new Date("2026-01-01T00:00:00Z"),
  ...over,
});
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

const ROWS: PriceRow[] = [
  row("default-any", { audio: "any" }),
  row("default-audio", { audio: "audio" }),
  row("default-silent", { audio: "silent" }),
  row("default-audio-june", { audio: "audio", effectiveFrom: d("2026-06-01") }),
  row("default-any-may", { audio: "any", effectiveFrom: d("2026-05-01") }),
  row("team-a-any-march", { teamId: "team-a", audio: "any", effectiveFrom: d("2026-03-01") }),
  row("team-a-silent-april", { teamId: "team-a", audio: "silent", effectiveFrom: d("2026-04-01") }),
  row("other-tier", { tier: "1080P" }),
  row("other-region", { region: "beijing", currency: "CNY" }),
  row("other-model", { model: "wan2.6-r2v" }),
];

const q = (over: Partial<PriceQuery>): PriceQuery => ({
  model: "wan2.6-r2v-flash",
  region: "singapore",
  tier: "720P",
  audio: true,
  teamId: null,
  at: d("2026-02-01"),
  ...over,
});

describe("selectPrice", () => {
  it.each<[string, Partial<PriceQuery>, string | null]>([
    ["an exact audio match beats 'any'", {}, "default-audio"],
    ["silent output takes the silent row", { audio: false }, "default-silent"],
    ["the newest row in effect wins", { at: d("2026-07-01") }, "default-audio-june"],
    ["a row starting later is not yet in effect", { at: d("2026-05-31") }, "default-audio"],
    ["effective from the exact instant", { at: d("2026-06-01") }, "default-audio-june"],
    ["exact audio beats a newer 'any' of the same owner", { at: d("2026-05-15") }, "default-audio"],
    ["a team's own row beats an exact default", { teamId: "team-a", at: d("2026-03-15") }, "team-a-any-march"],
    ["the team's exact row beats its 'any' row", { teamId: "team-a", audio: false, at: d("2026-04-02") }, "team-a-silent-april"],
    ["before the team's row starts, defaults apply", { teamId: "team-a", at: d("2026-02-15") }, "default-audio"],
    ["another team's rows are ignored", { teamId: "team-b", at: d("2026-04-02"), audio: false }, "default-silent"],
    ["nothing in effect yet", { at: d("2025-12-31") }, null],
    ["unknown model", { model: "wan9-t2v" }, null],
    ["unknown region", { region: "virginia" }, null],
    ["unknown tier", { tier: "480P" }, null],
  ])("%s", (_label, over, expected) => {
    expect(selectPrice(ROWS, q(over))?.id ?? null).toBe(expected);
  });

  it("falls back to 'any' when no exact audio row exists", () => {
    const rows = ROWS.filter((r) => r.id !== "default-silent");
    expect(selectPrice(rows, q({ audio: false }))?.id).toBe("default-any");
  });
});

describe("default prices", () => {
  const rows = defaultPriceRows();

  it("are all valid decimals in the region's currency, with a source and date", () => {
    for (const p of DEFAULT_PRICES) {
      expect(p.currency).toBe(regionCurrency(p.region));
      expect(toMicros(p.pricePerSecond)).toBeGreaterThan(0n);
      expect(["official", "third-party listing"]).toContain(p.source);
      expect(p.effectiveFrom).toBe("2026-01-01");
    }
  });

  it("have one row per model, region, tier and audio", () => {
    const keys = DEFAULT_PRICES.map((p) => `${p.model}|${p.region}|${p.tier}|${p.audio}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("store Beijing 2.1 models under the public ids and list nothing for Virginia", () => {
    expect(DEFAULT_PRICES.some((p) => p.model.startsWith("wanx"))).toBe(false);
    expect(DEFAULT_PRICES.filter((p) => p.model.startsWith("wan2.1") && p.region === "beijing")).toHaveLength(3);
    expect(DEFAULT_PRICES.some((p) => p.region === "virginia")).toBe(false);
  });

  it.each([
    ["wan2.6-r2v-flash", "singapore", "1080P", true, "USD", 75_000n, "third-party listing"],
    ["wan2.6-r2v-flash", "singapore", "1080P", false, "USD", 37_500n, "third-party listing"],
    ["wan2.6-r2v-flash", "beijing", "720P", false, "CNY", 150_000n, "official"],
    ["wan2.7-r2v", "beijing", "1080P", true, "CNY", 1_000_000n, "official"],
    ["wan2.6-r2v", "singapore", "720P", true, "USD", 100_000n, "third-party listing"],
    ["wan2.1-t2v-turbo", "singapore", "480P", false, "USD", 36_000n, "official"],
    ["wan2.2-t2v-plus", "beijing", "480P", false, "CNY", 140_000n, "official"],
  ] as const)("%s %s %s audio=%s → %s %s µ/s", (model, region, tier, audio, currency, micros, source) => {
    const price = selectPrice(rows, { model, region, tier, audio, teamId: null, at: d("2026-01-01") });
    expect(price).toMatchObject({ currency, pricePerSecondMicros: micros, source, teamId: null });
  });

  it("are unknown where no public price exists", () => {
    for (const [model, region] of [
      ["wan2.7-r2v", "singapore"],
      ["wan2.6-t2v", "virginia"],
      ["wan2.5-t2v-preview", "singapore"],
    ]) {
      expect(selectPrice(rows, q({ model, region, tier: "720P", at: d("2026-06-01") }))).toBeNull();
    }
  });
});
