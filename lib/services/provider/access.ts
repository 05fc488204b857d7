// Which DashScope account a team's request goes to: the team's own key for the region, else the
// instance key (if it belongs to that region), else the simulator in demo mode.
import "server-only";
import { db } from "@/lib/adapters/db/client";
import { env } from "@/lib/platform/config/env";
import { openSecret } from "@/lib/adapters/crypto/secret-box";
import { baseUrlFor, createDashScopeClient, type DashScopeClient } from "@/lib/adapters/dashscope";
import { AppError } from "@/lib/contracts/errors";
import type { Region } from "@/lib/rules/models/types";
import { instanceFallback } from "@/lib/services/provider/mode";
import { ensureSimulator } from "@/lib/services/provider/simulator-instance";

export type KeySource = "team" | "instance" | "simulator";

export interface ProviderAccess {
  source: KeySource;
  credentialId: string | null;
  region: Region;
  /** Rate limits are per provider account: one bucket per key. */
  accountKey: string;
  client: DashScopeClient;
}

const SIMULATOR_KEY = "sk-reelroom-simulator";

async function build(
  source: KeySource,
  region: Region,
  apiKey: string,
  opts: { credentialId?: string; baseUrl?: string | null; workspaceId?: string | null },
): Promise<ProviderAccess> {
  const override = source === "simulator" ? (await ensureSimulator()).baseUrlTemplate : (opts.baseUrl ?? env().DASHSCOPE_BASE_URL);
  return {
    source,
    credentialId: opts.credentialId ?? null,
    region,
    accountKey: opts.credentialId ?? source,
    client: createDashScopeClient({
      apiKey,
      region,
      baseUrl: baseUrlFor(region, override ?? undefined),
      workspaceId: opts.workspaceId ?? undefined,
      timeoutMs: env().DASHSCOPE_TIMEOUT_MS,
    }),
  };
}

/** Where a new request for this team and region would go, or a clear error when nowhere. */
export async function resolveProviderAccess(teamId: string, region: Region): Promise<ProviderAccess> {
  const credential = await db().providerCredential.findUnique({ where: { teamId_region: { teamId, region } } });
  if (credential) {
    return build("team", region, openSecret(credential.keyCiphertext), {
      credentialId: credential.id,
      baseUrl: credential.baseUrl,
      workspaceId: credential.workspaceId,
    });
  }
  const fallback = instanceFallback(region);
  if (fallback === "instance") return build("instance", region, env().DASHSCOPE_API_KEY!, {});
  if (fallback === "simulator") return build("simulator", region, SIMULATOR_KEY, {});
  throw new AppError(
    "validation_failed",
    `No provider key for ${region}. An admin can add one in Settings → Provider keys, or choose a region that has a key.`,
    {
      issues: [{ path: "region", message: `No provider key is configured for ${region}.` }],
    },
  );
}

/** The account a dispatched generation used, so polls go to the same account. */
export async function accessForGeneration(g: { teamId: string; region: string; keySource: string; credentialId: string | null }): Promise<ProviderAccess> {
  const region = g.region as Region;
  if (g.keySource === "team" && g.credentialId) {
    const credential = await db().providerCredential.findUnique({ where: { id: g.credentialId } });
    if (credential) {
      return build("team", region, openSecret(credential.keyCiphertext), {
        credentialId: credential.id,
        baseUrl: credential.baseUrl,
        workspaceId: credential.workspaceId,
      });
    }
  }
  if (g.keySource === "instance" && env().DASHSCOPE_API_KEY) return build("instance", region, env().DASHSCOPE_API_KEY!, {});
  if (g.keySource === "simulator") return build("simulator", region, SIMULATOR_KEY, {});
  return resolveProviderAccess(g.teamId, region);
}
