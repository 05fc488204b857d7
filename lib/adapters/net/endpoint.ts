// Shared checks for endpoints that administrators configure and the server then calls (webhook
// targets, custom DashScope base URLs).
import net from "node:net";
import { validationFailed } from "@/lib/platform/http/errors";
import { UnsafeUrlError } from "@/lib/adapters/net/errors";
import { assertFetchableUrl, type ResolveAll } from "@/lib/adapters/net/ssrf";

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  if (!net.isIP(host)) return false;
  return host === "::1" || host.startsWith("127.") || host === "::ffff:127.0.0.1";
}

/** The DNS half: every address of the host must be public (skipped when private URLs are allowed). */
export async function assertPublicEndpoint(field: string, url: string, allowPrivate: boolean, resolve?: ResolveAll): Promise<void> {
  if (allowPrivate) return;
  try {
    await assertFetchableUrl(url, { allowPrivate: false, resolve });
  } catch (error) {
    if (!(error instanceof UnsafeUrlError)) throw error;
    const message =
      error.code === "unresolvable_host"
        ? `The host of ${field} could not be found; check the address of your endpoint.`
        : `${field} points to a private or local network address, which is not allowed.`;
    throw validationFailed([{ path: field, message }]);
  }
}
