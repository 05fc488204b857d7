// What can carry a price: every model × region it is offered in × output tier, with the audio
// pricing options that make sense for it (pure, from the catalog).
import "server-only";
import { MODELS, regionalSpec, regionsOf } from "@/lib/rules/models/catalog";
import type { Region, Tier } from "@/lib/rules/models/types";
import type { AudioPricing } from "@/lib/rules/billing/prices";

export interface PriceSlot {
  model: string;
  modelLabel: string;
  region: Region;
  tiers: Tier[];
  audio: AudioPricing[];
}

export function tiersOf(model: string, region: Region): Tier[] {
  const spec = regionalSpec(model, region);
  if (!spec) return [];
  return [...(spec.output.kind === "size" ? spec.output.tiers : spec.output.resolutions)];
}

/** "any" always; "audio" / "silent" only where the model can make both. */
export function audioOptionsOf(model: string, region: Region): AudioPricing[] {
  const spec = regionalSpec(model, region);
  if (!spec) return [];
  return spec.audio.output === "optional" ? ["any", "audio", "silent"] : ["any"];
}

export function priceSlots(): PriceSlot[] {
  return MODELS.flatMap((m) =>
    regionsOf(m).map((region) => ({ model: m.id, modelLabel: m.label, region, tiers: tiersOf(m.id, region), audio: audioOptionsOf(m.id, region) })),
  );
}
