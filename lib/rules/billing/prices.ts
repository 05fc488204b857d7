// Picks the per-second price that applies to one generation (pure).
import type { Tier } from "@/lib/rules/models/types";
import type { UnitPrice } from "@/lib/rules/billing/estimate";

/** Which output a price applies to: with sound, silent, or both ("any"). */
export type AudioPricing = "audio" | "silent" | "any";

export interface PriceRow {
  id: string;
  /** null: an instance-wide default; otherwise one team's own price. */
  teamId: string | null;
  model: string;
  region: string;
  tier: Tier;
  /** "any" applies to both; wan2.6-r2v-flash prices audio and silent output differently. */
  audio: AudioPricing;
  currency: string;
  pricePerSecondMicros: bigint;
  source: string;
  effectiveFrom: Date;
}

export interface PriceQuery {
  model: string;
  region: string;
  tier: Tier;
  audio: boolean;
  teamId: string | null;
  at: Date;
}

/**
 * Among rows for the model, region and tier that are in effect at `q.at`:
 * a team's own row beats an instance default, then an exact audio/silent
 * match beats "any", then the most recent `effectiveFrom` wins.
 */
export function selectPrice(rows: readonly PriceRow[], q: PriceQuery): PriceRow | null {
  const wantedAudio: AudioPricing = q.audio ? "audio" : "silent";
  const at = q.at.getTime();
  let best: PriceRow | null = null;
  let bestRank: number[] | null = null;

  for (const row of rows) {
    if (row.model !== q.model || row.region !== q.region || row.tier !== q.tier) continue;
    if (row.audio !== "any" && row.audio !== wantedAudio) continue;
    if (row.teamId !== null && row.teamId !== q.teamId) continue;
    const from = row.effectiveFrom.getTime();
    if (!(from <= at)) continue;

    const rank = [row.teamId !== null ? 1 : 0, row.audio === wantedAudio ? 1 : 0, from];
    if (bestRank === null || compareRanks(rank, bestRank) > 0) {
      best = row;
      bestRank = rank;
    }
  }
  return best;
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** The row in the shape `estimateCost` and `actualCost` take. */
export function toUnitPrice(row: PriceRow | null): UnitPrice | null {
  return row ? { unitPriceMicros: row.pricePerSecondMicros, currency: row.currency, source: row.source } : null;
}
