// Webhook endpoints must be public HTTPS URLs. With ALLOW_PRIVATE_URLS=true (tests, local setups)
// private addresses are allowed and plain http is accepted for loopback only.
import net from "node:net";
import { validationFailed } from "@/lib/platform/http/errors";
import { assertPublicEndpoint, isLoopbackHost } from "@/lib/adapters/net/endpoint";
import { isPrivateAddress, type ResolveAll } from "@/lib/adapters/net/ssrf";

const EXAMPLE = "https://example.com/hooks/reelroom";

function refuse(message: string): never {
  throw validationFailed([{ path: "url", message }]);
}

/** The syntax and scheme rules (no DNS). Returns a message, or null when acceptable. */
export function webhookUrlProblem(url: string, allowPrivate: boolean): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `url must be an absolute URL such as ${EXAMPLE}.`;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return `url must start with https:// (for example ${EXAMPLE}).`;
  if (parsed.hash) return "url must not contain a #fragment.";
  const host = parsed.hostname.replace(/^\[|\]$/g, "");
  if (!allowPrivate && net.isIP(host) && isPrivateAddress(host)) {
    return `url points to a private or local network address (${host}), which is not allowed.`;
  }
  if (parsed.protocol === "http:" && !(allowPrivate && isLoopbackHost(parsed.hostname))) {
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
  await assertPublicEndpoint("url", url, allowPrivate, resolve);
}
