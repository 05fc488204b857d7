// Loopback URLs that are ours, and so safe to fetch even without ALLOW_PRIVATE_URLS: files this
// app serves (uploads, at APP_URL) and, in demo mode, the in-process simulator's sample media.
import { env } from "@/lib/platform/env";
import { simulatorEnabled } from "@/lib/services/provider/mode";
import { ensureSimulator } from "@/lib/services/provider/simulator-instance";

export async function trustedOrigins(): Promise<Set<string>> {
  const origins = new Set([new URL(env().APP_URL).origin]);
  if (simulatorEnabled()) origins.add(new URL((await ensureSimulator()).url).origin);
  return origins;
}

export function isTrustedUrl(url: string, origins: Set<string>): boolean {
  try {
    return origins.has(new URL(url).origin);
  } catch {
    return false;
  }
}
