// Loopback URLs that are ours, and so safe to fetch even without ALLOW_PRIVATE_URLS: files this
// app serves (uploads, at APP_URL) and, in demo mode, the in-process simulator's sample media.
// They are the outbound policy's `trustedOrigins` option (lib/rules/net/policy.ts).
import "server-only";
import { env } from "@/lib/platform/config/env";
import { allowsPrivate, policyFor } from "@/lib/rules/net/policy";
import { simulatorEnabled } from "@/lib/services/provider/mode";
import { ensureSimulator } from "@/lib/services/provider/simulator-instance";

export async function trustedOrigins(): Promise<Set<string>> {
  const origins = new Set([new URL(env().APP_URL).origin]);
  if (simulatorEnabled()) origins.add(new URL((await ensureSimulator()).url).origin);
  return origins;
}

/** Whether the reference policy lets `url` reach a private destination because its origin is ours. */
export function isTrustedUrl(url: string, origins: ReadonlySet<string>): boolean {
  try {
    return allowsPrivate(new URL(url), policyFor("reference", { allowPrivate: false, trustedOrigins: origins }));
  } catch {
    return false;
  }
}
