// What a region uses when the team has no key of its own there (a display hint for the keys page,
// in the same order as lib/provider/access.ts: team key, instance key of that region, simulator).
import { env } from "@/lib/env";
import type { Region } from "@/lib/models/types";
import { simulatorEnabled } from "@/lib/provider/mode";

export type KeySource = "team" | "instance" | "simulator" | "none";

export function fallbackFor(region: Region): Exclude<KeySource, "team"> {
  const e = env();
  if (e.DASHSCOPE_API_KEY && e.DASHSCOPE_REGION === region) return "instance";
  if (simulatorEnabled()) return "simulator";
  return "none";
}
