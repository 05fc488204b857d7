import "server-only";
import { env } from "@/lib/platform/config/env";
import type { Region } from "@/lib/rules/models/types";

/**
 * The simulator stands in for DashScope when no instance key is configured (demo mode), or when
 * SIMULATOR=on. Teams that saved their own key for a region still reach the real provider there.
 */
export function simulatorEnabled(): boolean {
  const e = env();
  if (e.SIMULATOR === "on") return true;
  if (e.SIMULATOR === "off") return false;
  return !e.DASHSCOPE_API_KEY;
}

/**
 * Where a region's requests go when the team has no key of its own there: the instance key if it
 * belongs to that region, else the simulator in demo mode, else nowhere.
 */
export function instanceFallback(region: Region): "instance" | "simulator" | null {
  const e = env();
  if (e.DASHSCOPE_API_KEY && e.DASHSCOPE_REGION === region) return "instance";
  return simulatorEnabled() ? "simulator" : null;
}
