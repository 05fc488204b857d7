// The effective price list of one team (pure): per model, region, tier and audio option the row
// that applies now — the team's own override when one is in effect, else the instance default —
// plus every offered combination that has no price yet, so an admin can fill it in.
import "server-only";
import { microsToDecimal } from "@/lib/rules/billing/money";
import type { PriceRow } from "@/lib/rules/billing/prices";
import type { AudioPricing } from "@/lib/rules/billing/prices";
import type { Tier } from "@/lib/rules/models/types";
import type { PriceSlot } from "@/lib/services/prices/catalog-options";
import type { Data } from "@/lib/contracts/common";
import type { Price } from "@/lib/contracts/price";

export type PriceView = Data<typeof Price>;
type PriceFigure = NonNullable<PriceView["default"]>;

const keyOf = (r: { model: string; region: string; tier: string; audio: string }) => `${r.model}|${r.region}|${r.tier}|${r.audio}`;

function figure(row: PriceRow): PriceFigure {
  return {
    id: row.id,
    currency: row.currency,
    pricePerSecond: microsToDecimal(row.pricePerSecondMicros),
    source: row.source,
    effectiveFrom: row.effectiveFrom.toISOString(),
  };
}

/** The most recent row in effect at `at`, else null. */
function inEffect(rows: PriceRow[], at: Date): PriceRow | null {
  let best: PriceRow | null = null;
  for (const r of rows) if (r.effectiveFrom <= at && (!best || r.effectiveFrom > best.effectiveFrom)) best = r;
  return best;
}

/** The next row to take effect after `at`, else null. */
function upcoming(rows: PriceRow[], at: Date): PriceRow | null {
  let best: PriceRow | null = null;
  for (const r of rows) if (r.effectiveFrom > at && (!best || r.effectiveFrom < best.effectiveFrom)) best = r;
  return best;
}

export function effectivePrices(rows: readonly PriceRow[], slots: readonly PriceSlot[], at: Date): PriceView[] {
  const groups = new Map<string, { team: PriceRow[]; instance: PriceRow[] }>();
  for (const row of rows) {
    const group = groups.get(keyOf(row)) ?? { team: [], instance: [] };
    (row.teamId ? group.team : group.instance).push(row);
    groups.set(keyOf(row), group);
  }
  const labels = new Map(slots.map((s) => [s.model, s.modelLabel]));
  const views: PriceView[] = [];
  for (const [key, group] of groups) {
    const [model, region, tier, audio] = key.split("|");
    const teamNow = inEffect(group.team, at);
    const overrideRow = teamNow ?? upcoming(group.team, at);
    const defaultRow = inEffect(group.instance, at);
    const current = teamNow ?? defaultRow;
    if (!current && !overrideRow) continue;
    views.push({
      model,
      modelLabel: labels.get(model) ?? model,
      region,
      tier: tier as Tier,
      audio: audio as AudioPricing,
      origin: teamNow ? "team" : defaultRow ? "default" : "none",
      currency: current?.currency ?? null,
      pricePerSecond: current ? microsToDecimal(current.pricePerSecondMicros) : null,
      source: current?.source ?? null,
      effectiveFrom: current?.effectiveFrom.toISOString() ?? null,
      override: overrideRow ? { ...figure(overrideRow), active: overrideRow === teamNow } : null,
      default: defaultRow ? figure(defaultRow) : null,
    });
  }
  // Offered combinations without any price row at all: listed as unknown.
  const priced = new Set(views.map((v) => `${v.model}|${v.region}|${v.tier}`));
  for (const slot of slots) {
    for (const tier of slot.tiers) {
      if (priced.has(`${slot.model}|${slot.region}|${tier}`)) continue;
      views.push({
        model: slot.model,
        modelLabel: slot.modelLabel,
        region: slot.region,
        tier,
        audio: "any",
        origin: "none",
        currency: null,
        pricePerSecond: null,
        source: null,
        effectiveFrom: null,
        override: null,
        default: null,
      });
    }
  }
  const order = new Map(slots.map((s, i) => [`${s.model}|${s.region}`, i]));
  const tierRank = (t: string) => ["480P", "720P", "1080P"].indexOf(t);
  const audioRank = (a: string) => ["any", "audio", "silent"].indexOf(a);
  return views.sort(
    (a, b) =>
      (order.get(`${a.model}|${a.region}`) ?? 999) - (order.get(`${b.model}|${b.region}`) ?? 999) ||
      a.model.localeCompare(b.model) ||
      a.region.localeCompare(b.region) ||
      tierRank(a.tier) - tierRank(b.tier) ||
      audioRank(a.audio) - audioRank(b.audio),
  );
}
