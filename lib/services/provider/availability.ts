import "server-only";
import { db } from "@/lib/adapters/db/client";
import { REGIONS, type Region } from "@/lib/rules/models/types";
import { instanceFallback } from "@/lib/services/provider/mode";

export interface RegionAvailability {
  region: Region;
  source: "team" | "instance" | "simulator" | null;
}

/** Per region, where this team's generations would go (null: no key, the region is unavailable). */
export async function regionAvailability(teamId: string): Promise<RegionAvailability[]> {
  const keys = await db().providerCredential.findMany({ where: { teamId }, select: { region: true } });
  const team = new Set(keys.map((k) => k.region));
  return REGIONS.map((region) => ({ region, source: team.has(region) ? "team" : instanceFallback(region) }));
}
