import { env } from "@/lib/env";

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
