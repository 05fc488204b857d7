// Which DashScope base URL a key check talks to, and whether a custom one is acceptable. Which
// destinations are allowed is the outbound policy's answer for the "baseUrl" kind.
import "server-only";
import { baseUrlFor, type FetchLike } from "@/lib/adapters/dashscope";
import { env } from "@/lib/platform/config/env";
import { validationFailed } from "@/lib/contracts/errors";
import type { Region } from "@/lib/rules/models/types";
import { safeFetch } from "@/lib/adapters/net/safe-fetch";
import { assertPublicEndpoint, endpointProblem } from "@/lib/adapters/net/endpoint";
import { policyFor, schemeVerdict } from "@/lib/rules/net/policy";

const HINT = "such as https://dashscope-intl.aliyuncs.com/api/v1";

/** Syntax rules for a custom base URL: https, or http to loopback when private URLs are allowed. */
export function baseUrlProblem(url: string, region: Region, allowPrivate: boolean): string | null {
  let parsed: URL;
  try {
    parsed = new URL(baseUrlFor(region, url));
  } catch {
    return `baseUrl must be an absolute URL ${HINT}.`;
  }
  if (parsed.username || parsed.password) return "baseUrl must not contain a user name or password.";
  if (parsed.search || parsed.hash) return "baseUrl must not contain a query string or fragment.";
  const scheme = schemeVerdict(parsed, policyFor("baseUrl", { allowPrivate }));
  if (scheme.allowed) return null;
  if (scheme.reason === "plain_http") {
    return allowPrivate
      ? "The base URL must use https; plain http is accepted only for loopback addresses (localhost, 127.0.0.1)."
      : "The base URL must use https.";
  }
  return `baseUrl must start with https:// (${HINT}).`;
}

/** Refuses a custom base URL that is malformed or (unless allowed) reaches a private address. */
export async function assertUsableBaseUrl(url: string, region: Region): Promise<void> {
  const allowPrivate = env().ALLOW_PRIVATE_URLS;
  const problem = baseUrlProblem(url, region, allowPrivate);
  if (problem) throw validationFailed([{ path: "baseUrl", message: problem }]);
  try {
    await assertPublicEndpoint(baseUrlFor(region, url), allowPrivate);
  } catch (error) {
    const message = endpointProblem("baseUrl", error);
    if (message) throw validationFailed([{ path: "baseUrl", message }]);
    throw error;
  }
}

export interface CheckTarget {
  /** The override passed to the DashScope client (may contain `{region}`), or undefined for the official URL. */
  baseUrl?: string;
  /** A fetch that refuses private addresses when the URL came from a user. */
  fetchImpl?: FetchLike;
}

/** The credential's own base URL, else DASHSCOPE_BASE_URL, else the official one (baseUrlFor decides). */
export function checkTarget(customBaseUrl: string | undefined): CheckTarget {
  const e = env();
  if (!customBaseUrl) return { baseUrl: e.DASHSCOPE_BASE_URL };
  const allowPrivate = e.ALLOW_PRIVATE_URLS;
  const guarded: FetchLike = (input, init) => safeFetch(input, { ...init, allowPrivate, timeoutMs: e.DASHSCOPE_TIMEOUT_MS, maxRedirects: 0 });
  return { baseUrl: customBaseUrl, fetchImpl: guarded };
}
