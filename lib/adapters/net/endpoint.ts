// The DNS half of the check for endpoints that administrators configure and the server calls later
// (webhook targets, custom DashScope base URLs). Throws the adapter's own `UnsafeUrlError`; the
// service that saves the endpoint turns it into its validation error with `endpointProblem`.
import "server-only";
import { UnsafeUrlError } from "@/lib/adapters/net/errors";
import { assertFetchableUrl, type ResolveAll } from "@/lib/adapters/net/ssrf";

/** Every address of the host must be public (skipped when private URLs are allowed). */
export async function assertPublicEndpoint(url: string, allowPrivate: boolean, resolve?: ResolveAll): Promise<void> {
  if (allowPrivate) return;
  await assertFetchableUrl(url, { allowPrivate: false, resolve });
}

/** What to tell the person who entered `field`, or null when the error is not a refused URL. */
export function endpointProblem(field: string, error: unknown): string | null {
  if (!(error instanceof UnsafeUrlError)) return null;
  return error.code === "unresolvable_host"
    ? `The host of ${field} could not be found; check the address of your endpoint.`
    : `${field} points to a private or local network address, which is not allowed.`;
}
