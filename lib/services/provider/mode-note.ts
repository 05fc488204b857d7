// One sentence on where a team's videos are made, for first-run guidance: the built-in simulator
// (free, no key), the real provider (real costs), a mix, or nowhere yet. Pure.
import "server-only";
import type { RegionAvailability } from "@/lib/services/provider/availability";

export type GenerationMode = "simulator" | "provider" | "mixed" | "none";

export const SIMULATOR_NOTE = "Videos are made by the built-in simulator: no cost, no provider key needed.";

export function generationMode(regions: readonly Pick<RegionAvailability, "source">[]): GenerationMode {
  const sources = regions.map((r) => r.source).filter((source) => source !== null);
  if (sources.length === 0) return "none";
  if (sources.every((source) => source === "simulator")) return "simulator";
  return sources.includes("simulator") ? "mixed" : "provider";
}

export function generationModeNote(mode: GenerationMode): string {
  switch (mode) {
    case "simulator":
      return SIMULATOR_NOTE;
    case "provider":
      return "Videos are made by Alibaba Cloud's Wan models with your provider key, so real costs apply; the form shows what each video will cost before you generate.";
    case "mixed":
      return "Regions with a provider key make real videos at real cost (shown before you generate); the other regions use the built-in simulator: no cost, no provider key needed.";
    case "none":
      return "No region has a provider key yet: an admin can add one in Settings → Provider keys.";
  }
}
