// Public per-second list prices, as editable data (an admin can override or add
// any of them). Prices not published anywhere are simply absent: the estimate
// then says the price is unknown instead of guessing.
import type { Region, Tier } from "@/lib/rules/models/types";
import type { Currency } from "@/lib/rules/billing/money";
import { toMicros } from "@/lib/rules/billing/money";
import type { AudioPricing, PriceRow } from "@/lib/rules/billing/prices";

export interface DefaultPrice {
  model: string;
  region: Region;
  tier: Tier;
  audio: AudioPricing;
  currency: Currency;
  pricePerSecond: string;
  source: "official" | "third-party listing";
  effectiveFrom: "2026-01-01";
}

const EFFECTIVE_FROM = "2026-01-01" as const;

function rows(
  model: string,
  region: Region,
  currency: Currency,
  source: DefaultPrice["source"],
  audio: AudioPricing,
  byTier: Partial<Record<Tier, string>>,
): DefaultPrice[] {
  return (Object.entries(byTier) as [Tier, string][]).map(([tier, pricePerSecond]) => ({
    model,
    region,
    tier,
    audio,
    currency,
    pricePerSecond,
    source,
    effectiveFrom: EFFECTIVE_FROM,
  }));
}

// Beijing (CNY). The mainland names the 2.1 models wanx2.1-t2v-*; they are
// stored under the public ids used everywhere else in the product.
const BEIJING: DefaultPrice[] = [
  ...rows("wan2.6-t2v", "beijing", "CNY", "official", "any", { "720P": "0.6", "1080P": "1.0" }),
  ...rows("wan2.6-r2v", "beijing", "CNY", "official", "any", { "720P": "0.6", "1080P": "1.0" }),
  ...rows("wan2.7-r2v", "beijing", "CNY", "official", "any", { "720P": "0.6", "1080P": "1.0" }),
  ...rows("wan2.6-r2v-flash", "beijing", "CNY", "official", "audio", { "720P": "0.3", "1080P": "0.5" }),
  ...rows("wan2.6-r2v-flash", "beijing", "CNY", "official", "silent", { "720P": "0.15", "1080P": "0.25" }),
  ...rows("wan2.5-t2v-preview", "beijing", "CNY", "official", "any", {
    "480P": "0.3",
    "720P": "0.6",
    "1080P": "1.0",
  }),
  ...rows("wan2.2-t2v-plus", "beijing", "CNY", "official", "any", { "480P": "0.14", "1080P": "0.70" }),
  ...rows("wan2.1-t2v-turbo", "beijing", "CNY", "official", "any", { "480P": "0.24", "720P": "0.24" }),
  ...rows("wan2.1-t2v-plus", "beijing", "CNY", "official", "any", { "720P": "0.70" }),
];

// Singapore (USD). The wan2.6 prices come from third-party listings, not an
// official page; they are labelled so the UI can say so.
const SINGAPORE: DefaultPrice[] = [
  ...rows("wan2.1-t2v-turbo", "singapore", "USD", "official", "any", { "480P": "0.036", "720P": "0.036" }),
  ...rows("wan2.1-t2v-plus", "singapore", "USD", "official", "any", { "720P": "0.10" }),
  ...rows("wan2.6-t2v", "singapore", "USD", "third-party listing", "any", { "720P": "0.10", "1080P": "0.15" }),
  ...rows("wan2.6-r2v", "singapore", "USD", "third-party listing", "any", { "720P": "0.10", "1080P": "0.15" }),
  ...rows("wan2.6-r2v-flash", "singapore", "USD", "third-party listing", "audio", {
    "720P": "0.05",
    "1080P": "0.075",
  }),
  ...rows("wan2.6-r2v-flash", "singapore", "USD", "third-party listing", "silent", {
    "720P": "0.025",
    "1080P": "0.0375",
  }),
];

export const DEFAULT_PRICES: readonly DefaultPrice[] = Object.freeze([...BEIJING, ...SINGAPORE]);

/** The defaults as instance-wide price rows (no team), e.g. to seed a price table. */
export function defaultPriceRows(): PriceRow[] {
  return DEFAULT_PRICES.map((p) => ({
    id: `default:${p.region}:${p.model}:${p.tier}:${p.audio}`,
    teamId: null,
    model: p.model,
    region: p.region,
    tier: p.tier,
    audio: p.audio,
    currency: p.currency,
    pricePerSecondMicros: toMicros(p.pricePerSecond),
    source: p.source,
    effectiveFrom: new Date(`${p.effectiveFrom}T00:00:00Z`),
  }));
}
