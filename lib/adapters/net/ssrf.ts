// Guards against server-side request forgery: user-supplied URLs (references,
// webhooks) must not reach loopback, private or otherwise internal addresses.
import dns from "node:dns";
import type { LookupAddress, LookupOptions } from "node:dns";
import net from "node:net";
import { isPrivateAddress } from "@/lib/adapters/net/address-policy";
import { UnsafeUrlError, displayUrl } from "@/lib/adapters/net/errors";

export { UnsafeUrlError } from "@/lib/adapters/net/errors";
// Which addresses are off limits is decided in one place (pure, also used by the form's URL checks).
export { addressVerdict, isPrivateAddress, type AddressVerdict } from "@/lib/adapters/net/address-policy";

/** Decides whether an address is off limits; `isPrivateAddress` unless a test narrows it. */
export type AddressPredicate = (ip: string) => boolean;

/** Parses `url` and checks it is absolute http(s). Does not touch the network. */
export function parseHttpUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UnsafeUrlError("invalid_url", url, `"${displayUrl(url, 80)}" is not a valid URL.`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new UnsafeUrlError("unsupported_scheme", url, `${displayUrl(url)} must start with http:// or https://.`);
  }
  return parsed;
}

/** The URL's host without IPv6 brackets. */
export function hostOf(url: URL): string {
  const h = url.hostname;
  return h.startsWith("[") && h.endsWith("]") ? h.slice(1, -1) : h;
}

function privateAddressError(url: string): UnsafeUrlError {
  return new UnsafeUrlError("private_address", url, `${displayUrl(url)} points to a private or local network address, which is not allowed.`);
}

export type ResolveAll = (host: string) => Promise<string[]>;

const resolveWithDns: ResolveAll = async (host) => (await dns.promises.lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/**
 * The checks that need no DNS: http(s) only and, unless `allowPrivate`, no
 * private IP-literal host. Names are checked at connect time (see
 * `createGuardedLookup`) or by `assertFetchableUrl`.
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
 * Checks that `url` is http(s) and, unless `allowPrivate`, that its host is
 * public: an IP literal is checked directly, a name is resolved (every address
 * must be public). Throws `UnsafeUrlError` otherwise.
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

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for node:http(s) that refuses private addresses at connect time,
 * so a host cannot pass the check and then re-resolve to an internal address.
 * (IP-literal hosts skip lookup in Node; check those with `assertFetchableUrl`.)
 */
export function createGuardedLookup(url: string, isPrivate: AddressPredicate = isPrivateAddress) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      if (addresses.length === 0 || addresses.some((a) => isPrivate(a.address))) {
        return callback(privateAddressError(url) as NodeJS.ErrnoException, []);
      }
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}
