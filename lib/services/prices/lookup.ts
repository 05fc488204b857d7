// Prices are data: instance-wide rows (seeded from the public price list until an admin stores
// their own) plus each team's overrides. This module reads them; selection is pure
// (lib/rules/billing/prices.ts).
import "server-only";
import { db } from "@/lib/adapters/db/client";
import { defaultPriceRows } from "@/lib/rules/billing/default-prices";
import { selectPrice, type PriceRow } from "@/lib/rules/billing/prices";
import type { Tier } from "@/lib/rules/models/types";

export async function priceRowsFor(teamId: string, model: string, region: string): Promise<PriceRow[]> {
  const stored = await db().priceEntry.findMany({ where: { model, region, OR: [{ teamId }, { teamId: null }] } });
  const rows = stored.map((r) => ({ ...r, tier: r.tier as Tier, audio: r.audio as PriceRow["audio"] }));
  const hasInstanceRows = rows.some((r) => r.teamId === null);
  return hasInstanceRows ? rows : [...rows, ...defaultPriceRows().filter((r) => r.model === model && r.region === region)];
}

export async function findPrice(q: { teamId: string; model: string; region: string; tier: Tier; audio: boolean; at: Date }) {
  return selectPrice(await priceRowsFor(q.teamId, q.model, q.region), q);
}
