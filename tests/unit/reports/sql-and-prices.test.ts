import { describe, expect, it } from "vitest";
import { defaultPriceRows } from "@/lib/rules/billing/default-prices";
import type { PriceRow } from "@/lib/rules/billing/prices";
import { priceSlots } from "@/lib/services/prices/catalog-options";
import { effectivePrices } from "@/lib/services/prices/effective";
import { keyExpression, usageSql } from "@/lib/services/reports/sql";

describe("usage SQL", () => {
  const filter = { teamId: "t1", start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-02-01T00:00:00Z") };

  it("buckets days and months per dialect", () => {
    expect(keyExpression("day", "sqlite")).toBe(`strftime('%Y-%m-%d', "createdAt")`);
    expect(keyExpression("month", "postgres")).toBe(`to_char("createdAt", 'YYYY-MM')`);
    expect(keyExpression("user", "postgres")).toBe(`"creatorId"`);
  });

  it("binds every value as a parameter with the dialect's placeholders", () => {
    const pg = usageSql("model", "postgres", { ...filter, creatorId: "u1", projectId: "p1" });
    expect(pg.params).toEqual(["t1", filter.start, filter.end, "u1", "p1"]);
    expect(pg.sql).toContain(`"teamId" = $1 AND "createdAt" >= $2 AND "createdAt" < $3 AND "creatorId" = $4 AND "projectId" = $5`);
    expect(pg.sql).toContain(`"costMismatch" = TRUE`);
    const lite = usageSql("day", "sqlite", filter);
    expect(lite.params).toHaveLength(3);
    expect(lite.sql).toContain(`"teamId" = ? AND "createdAt" >= ? AND "createdAt" < ?`);
    expect(lite.sql).not.toContain("t1");
    expect(lite.sql).toContain("GROUP BY 1, 2");
  });
});

describe("effective price list", () => {
  const at = new Date("2026-06-01T00:00:00Z");
  const override = (over: Partial<PriceRow>): PriceRow => ({
    id: "o1",
    teamId: "team",
    model: "wan2.6-t2v",
    region: "singapore",
    tier: "720P",
    audio: "any",
    currency: "USD",
    pricePerSecondMicros: 200_000n,
    source: "team price",
    effectiveFrom: new Date("2026-05-01T00:00:00Z"),
    ...over,
  });
  const find = (list: ReturnType<typeof effectivePrices>, model: string, region: string, tier: string, audio = "any") =>
    list.find((p) => p.model === model && p.region === region && p.tier === tier && p.audio === audio);

  it("shows the default where the team has no price, and unknown where nobody has", () => {
    const list = effectivePrices(defaultPriceRows(), priceSlots(), at);
    expect(find(list, "wan2.6-t2v", "singapore", "720P")).toMatchObject({ origin: "default", pricePerSecond: "0.1", currency: "USD", override: null });
    expect(find(list, "wan2.6-r2v-flash", "singapore", "720P", "silent")).toMatchObject({ pricePerSecond: "0.025" });
    expect(find(list, "wan2.6-t2v", "virginia", "1080P")).toMatchObject({ origin: "none", pricePerSecond: null, default: null });
  });

  it("lets a team price in effect win, and lists a later one as upcoming", () => {
    const active = effectivePrices([...defaultPriceRows(), override({})], priceSlots(), at);
    expect(find(active, "wan2.6-t2v", "singapore", "720P")).toMatchObject({
      origin: "team",
      pricePerSecond: "0.2",
      override: { id: "o1", active: true },
      default: { pricePerSecond: "0.1" },
    });
    const later = effectivePrices([...defaultPriceRows(), override({ effectiveFrom: new Date("2026-07-01T00:00:00Z") })], priceSlots(), at);
    expect(find(later, "wan2.6-t2v", "singapore", "720P")).toMatchObject({
      origin: "default",
      pricePerSecond: "0.1",
      override: { active: false, pricePerSecond: "0.2" },
    });
    const onlyTeam = effectivePrices([override({ region: "virginia" })], priceSlots(), at);
    expect(find(onlyTeam, "wan2.6-t2v", "virginia", "720P")).toMatchObject({ origin: "team", pricePerSecond: "0.2", default: null });
    expect(onlyTeam.filter((p) => p.model === "wan2.6-t2v" && p.region === "virginia" && p.tier === "720P")).toHaveLength(1);
  });
});
