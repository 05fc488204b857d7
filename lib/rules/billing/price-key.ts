// Which price one generation needs — model, region, output tier and sound — in words for messages,
// and as a link to the price settings with that row focused (pure; server and client).
import type { MissingPriceJson } from "@/lib/contracts/estimate";
import type { Tier } from "@/lib/rules/models/types";

export interface PriceKey {
  model: string;
  region: string;
  tier: Tier;
  /** Whether the output has sound (some models price sound and silence differently). */
  audio: boolean;
}

/** The answer of POST /api/v1/estimates when no price is known: what is missing and who can set it. */
export type MissingPrice = MissingPriceJson;

export const REGION_LABELS: Record<string, string> = { singapore: "Singapore", virginia: "Virginia (US)", beijing: "Beijing" };

export const PRICE_SETTINGS_PATH = "/settings/budgets";

/** "wan2.5-t2v-preview in Singapore at 720P" (the model id, as the form and the API name it). */
export function describePriceKey(key: PriceKey): string {
  return `${key.model} in ${REGION_LABELS[key.region] ?? key.region} at ${key.tier}`;
}

/** The price settings with this row focused: `/settings/budgets?model=…&region=…&tier=…&audio=…#prices`. */
export function priceSettingsHref(key: PriceKey): string {
  const query = new URLSearchParams({ model: key.model, region: key.region, tier: key.tier, audio: key.audio ? "audio" : "silent" });
  return `${PRICE_SETTINGS_PATH}?${query}#prices`;
}

export interface PriceFocus {
  model: string;
  region: string;
  tier: string;
  audio: "audio" | "silent" | null;
}

/** The focus asked for in the settings page's query, or null when it names no model and region. */
export function readPriceFocus(query: Record<string, string | string[] | undefined>): PriceFocus | null {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";
  const [model, region, tier, audio] = [one(query.model), one(query.region), one(query.tier), one(query.audio)];
  if (!model || !region) return null;
  return { model, region, tier, audio: audio === "audio" || audio === "silent" ? audio : null };
}

/**
 * The price-table row a focus points at: same model, region and tier, preferring the row priced for
 * the asked sound setting, then the one for "any". Returns the row's index, or -1.
 */
export function focusedRowIndex(rows: readonly { model: string; region: string; tier: string; audio: string }[], focus: PriceFocus): number {
  const candidates = rows
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.model === focus.model && r.region === focus.region && (!focus.tier || r.tier === focus.tier));
  const exact = candidates.find(({ r }) => focus.audio !== null && r.audio === focus.audio);
  return (exact ?? candidates.find(({ r }) => r.audio === "any") ?? candidates[0])?.i ?? -1;
}
