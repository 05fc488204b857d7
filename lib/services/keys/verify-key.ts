// Asks DashScope whether a key works in a region, and explains a key pasted for the wrong region.
import "server-only";
import { createDashScopeClient, isProviderError, type FetchLike } from "@/lib/adapters/dashscope";
import { env } from "@/lib/platform/config/env";
import { AppError, validationFailed } from "@/lib/contracts/errors";
import { REGIONS, type Region } from "@/lib/rules/models/types";
import { checkTarget } from "@/lib/services/keys/base-url";

export interface KeyToVerify {
  region: Region;
  apiKey: string;
  workspaceId?: string;
  baseUrl?: string;
}

const TRANSIENT = new Set(["network", "timeout", "server", "throttled", "malformed"]);

async function checkIn(key: KeyToVerify, region: Region, fetchOverride?: FetchLike): Promise<"valid" | "invalid"> {
  const target = checkTarget(key.baseUrl);
  const client = createDashScopeClient({
    apiKey: key.apiKey,
    region,
    baseUrl: target.baseUrl,
    workspaceId: key.workspaceId,
    timeoutMs: env().DASHSCOPE_TIMEOUT_MS,
    fetchImpl: fetchOverride ?? target.fetchImpl,
  });
  return client.checkKey();
}

/** The provider's answer as an error the API can show (never the raw body or the key). */
function explain(error: unknown, region: Region): never {
  if (!isProviderError(error)) throw error;
  const provider = { ...(error.code && { code: error.code }), ...(error.requestId && { requestId: error.requestId }) };
  if (TRANSIENT.has(error.kind)) {
    throw new AppError("provider_unavailable", `DashScope (${region}) could not be reached to check the key, so nothing was saved: ${error.userMessage}`, {
      provider,
    });
  }
  if (error.kind === "forbidden" || error.kind === "arrearage") {
    throw validationFailed([
      {
        path: "apiKey",
        message: `DashScope refused this key in ${region}${error.code ? ` (${error.code})` : ""}: check the workspace id and the account's access to Model Studio.`,
      },
    ]);
  }
  throw new AppError("provider_error", `DashScope answered the key check in ${region} unexpectedly, so nothing was saved. Try again later.`, { provider });
}

/** Resolves when the key is valid for `key.region`; otherwise throws a 422 (or 502/503) AppError. */
export async function verifyKey(key: KeyToVerify, fetchOverride?: FetchLike): Promise<void> {
  let verdict: "valid" | "invalid";
  try {
    verdict = await checkIn(key, key.region, fetchOverride);
  } catch (error) {
    explain(error, key.region);
  }
  if (verdict === "valid") return;

  // A dedicated endpoint without {region} serves one region only: there is nothing else to try.
  const canTryOthers = !key.baseUrl || key.baseUrl.includes("{region}");
  if (canTryOthers) {
    const others = REGIONS.filter((r) => r !== key.region);
    const answers = await Promise.all(others.map((r) => checkIn(key, r, fetchOverride).catch(() => "unknown" as const)));
    const owner = others.find((_, i) => answers[i] === "valid");
    if (owner) {
      throw validationFailed([{ path: "region", message: `This key belongs to ${owner}, not ${key.region}: choose ${owner} or paste a ${key.region} key.` }]);
    }
  }
  throw validationFailed([
    {
      path: "apiKey",
      message: `DashScope rejected this key for ${key.region}: check that you copied the whole key from the Model Studio console of that region.`,
    },
  ]);
}
