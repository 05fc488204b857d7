// Checks of an outbound URL before any request: the scheme, an address-literal host and, for
// endpoints saved for later (webhooks, custom base URLs), every address the name resolves to now.
// The request itself is checked again at connect time (lib/adapters/net/agent.ts).
import "server-only";
import dns from "node:dns";
import net from "node:net";
import { isPrivateAddress } from "@/lib/rules/net/address-policy";
import { UnsafeUrlError, displayUrl } from "@/lib/adapters/net/errors";
import { policyFor, schemeVerdict } from "@/lib/rules/net/policy";

export { UnsafeUrlError } from "@/lib/adapters/net/errors";
// Which addresses are off limits is decided in one place (pure, also used by the form's URL checks).
export { isPrivateAddress } from "@/lib/rules/net/address-policy";

/** Decides whether an address is off limits; `isPrivateAddress` unless a test narrows it. */
export type AddressPredicate = (ip: string) => boolean;

const ANY_HTTP = policyFor("download", { allowPrivate: true });

/** Parses `url` and checks it is absolute http(s). Does not touch the network. */
function parseHttpUrl(url: string): URL {
  const verdict = schemeVerdict(url, ANY_HTTP);
  if (verdict.allowed) return verdict.url;
  if (verdict.reason === "invalid_url") throw new UnsafeUrlError("invalid_url", url, `"${displayUrl(url, 80)}" is not a valid URL.`);
  throw new UnsafeUrlError("unsupported_scheme", url, `${displayUrl(url)} must start with http:// or https://.`);
}

/** The URL's host without IPv6 brackets. */
function hostOf(url: URL): string {
  const h = url.hostname;
  return h.startsWith("[") && h.endsWith("]") ? h.slice(1, -1) : h;
}

export function privateAddressError(url: string): UnsafeUrlError {
  return new UnsafeUrlError("private_address", url, `${displayUrl(url)} points to a private or local network address, which is not allowed.`);
}

export type ResolveAll = (host: string) => Promise<string[]>;

const resolveWithDns: ResolveAll = async (host) => (await dns.promises.lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/**
 * The checks that need no DNS: http(s) only and, unless `allowPrivate`, no private IP-literal
 * host. Names are checked at connect time or by `assertFetchableUrl`.
 */
export function precheckUrl(url: string, allowPrivate: boolean, isPrivate: AddressPredicate = isPrivateAddress): URL {
  const parsed = parseHttpUrl(url);
  if (!allowPrivate) {
    const host = hostOf(parsed);
    if (net.isIP(host) && isPrivate(host)) throw privateAddressError(url);
  }
  return parsed;
}

/**
 * Checks that `url` is http(s) and, unless `allowPrivate`, that its host is public: an IP
 * literal is checked directly, a name is resolved (every address must be public). Throws
 * `UnsafeUrlError` otherwise.
 */
export async function assertFetchableUrl(url: string, opts: { allowPrivate: boolean; resolve?: ResolveAll }): Promise<URL> {
  const parsed = precheckUrl(url, opts.allowPrivate);
  const host = hostOf(parsed);
  if (opts.allowPrivate || net.isIP(host)) return parsed;

  let addresses: string[];
  try {
    addresses = await (opts.resolve ?? resolveWithDns)(host);
  } catch (cause) {
    throw new UnsafeUrlError("unresolvable_host", url, `The host of ${displayUrl(url)} could not be found.`, { cause });
  }
  if (addresses.length === 0) {
    throw new UnsafeUrlError("unresolvable_host", url, `The host of ${displayUrl(url)} could not be found.`);
  }
  if (addresses.some(isPrivateAddress)) throw privateAddressError(url);
  return parsed;
}
