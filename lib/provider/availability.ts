import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { REGIONS, type Region } from "@/lib/models/types";
import { simulatorEnabled } from "@/lib/provider/mode";

export interface RegionAvailability {
  region: Region;
  source: "team" | "instance" | "simulator" | null;
}

/** Per region, where this team's generations would go (null: no key, the region is unavailable). */
export async function regionAvailability(teamId: string): Promise<RegionAvailability[]> {
  const keys = await db().providerCredential.findMany({ where: { teamId }, select: { region: true } });
  const team = new Set(keys.map((k) => k.region));
  const e = env();
  return REGIONS.map((region) => ({
    region,
    source: team.has(region) ? "team" : e.DASHSCOPE_API_KEY && e.DASHSCOPE_REGION === region ? "instance" : simulatorEnabled() ? "simulator" : null,
  }));
}
