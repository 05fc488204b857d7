// The model catalog as the form sees it (the same data as GET /api/v1/models), with a region's
// overrides applied. Pure: safe on the server and in the browser.
import type { DurationsJson as PublicDurations, ModelJson as PublicModel, ReferencesJson as PublicReferences } from "@/lib/contracts/model";
import type { ModelKind, Region, Tier } from "@/lib/rules/models/types";

export type { ModelJson as PublicModel } from "@/lib/contracts/model";

/** A model as offered in one region: its durations and reference limits may differ there. */
export interface RegionalModel extends PublicModel {
  region: Region;
  durations: PublicDurations;
  references: PublicReferences | null;
  regionNote: string | null;
}

export const REGION_LABELS: Record<Region, string> = {
  singapore: "Singapore",
  virginia: "Virginia (US)",
  beijing: "Beijing (China)",
};

/** Shown for a region the team cannot use. */
export const NO_KEY_TEXT = "No provider key — an admin can add one in Settings → Provider keys";

export function offeredIn(model: PublicModel, region: Region): boolean {
  return model.regions.some((offer) => offer.region === region);
}

export function regionalModel(model: PublicModel, region: Region): RegionalModel {
  const offer = model.regions.find((entry) => entry.region === region);
  return {
    ...model,
    region,
    durations: offer?.overrides?.durations ?? model.durations,
    references: offer?.overrides?.references ?? model.references,
    regionNote: offer?.note ?? null,
  };
}

export function modelsOfKind(models: readonly PublicModel[], kind: ModelKind): PublicModel[] {
  return models.filter((model) => model.kind === kind);
}

/** The first model of this kind offered in the region (catalog order puts the newest first). */
export function defaultModelId(models: readonly PublicModel[], kind: ModelKind, region: Region): string | undefined {
  const ofKind = modelsOfKind(models, kind);
  return (ofKind.find((model) => offeredIn(model, region)) ?? ofKind[0])?.id;
}

export function sizesOf(model: PublicModel): { tier: Tier; size: string; ratio: string }[] {
  if (model.output.kind !== "size") return [];
  return model.output.tiers.flatMap(({ tier, sizes }) => sizes.map((option) => ({ tier, ...option })));
}

/** Whether a duration is one the model takes in its region. */
export function durationAllowed(durations: PublicDurations, seconds: number): boolean {
  if (durations.kind === "fixed") return seconds === durations.value;
  if (durations.kind === "list") return durations.values.includes(seconds);
  return Number.isInteger(seconds) && seconds >= durations.min && seconds <= durations.max;
}

/** "1280*720" → "1280 × 720" */
export function formatSize(size: string): string {
  return size.replace("*", " × ");
}
