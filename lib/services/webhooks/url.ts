// Webhook endpoints must be public HTTPS URLs. With ALLOW_PRIVATE_URLS=true (tests, local setups)
// private addresses are allowed and plain http is accepted for loopback only. Which destinations
// are allowed is the outbound policy's answer for the "webhook" kind (lib/rules/net/policy.ts).
import "server-only";
import { validationFailed } from "@/lib/contracts/errors";
import { assertPublicEndpoint, endpointProblem } from "@/lib/adapters/net/endpoint";
import type { ResolveAll } from "@/lib/adapters/net/ssrf";
import { hostVerdict, policyFor, schemeVerdict } from "@/lib/rules/net/policy";

const EXAMPLE = "https://example.com/hooks/reelroom";

function refuse(message: string): never {
  throw validationFailed([{ path: "url", message }]);
}

/** The syntax and scheme rules (no DNS). Returns a message, or null when acceptable. */
export function webhookUrlProblem(url: string, allowPrivate: boolean): string | null {
  const policy = policyFor("webhook", { allowPrivate });
  const scheme = schemeVerdict(url, policy);
  if (!scheme.allowed && scheme.reason === "invalid_url") return `url must be an absolute URL such as ${EXAMPLE}.`;
  if (!scheme.allowed && scheme.reason === "unsupported_scheme") return `url must start with https:// (for example ${EXAMPLE}).`;
  const parsed = new URL(url);
  if (parsed.hash) return "url must not contain a #fragment.";
  const host = hostVerdict(parsed, policy);
  if (!host.allowed && host.reason === "private_address") {
    return `url points to a private or local network address (${host.host}), which is not allowed.`;
  }
  if (!scheme.allowed) {
    return allowPrivate
      ? "The webhook URL must use https; plain http is accepted only for loopback addresses (localhost, 127.0.0.1)."
      : "The webhook URL must use https.";
  }
  return null;
}

/** Full check, including DNS: every address of the host must be public unless private URLs are allowed. */
export async function assertWebhookUrl(url: string, allowPrivate: boolean, resolve?: ResolveAll): Promise<void> {
  const problem = webhookUrlProblem(url, allowPrivate);
  if (problem) refuse(problem);
  try {
    await assertPublicEndpoint(url, allowPrivate, resolve);
  } catch (error) {
    const message = endpointProblem("url", error);
    if (message) refuse(message);
    throw error;
  }
}
