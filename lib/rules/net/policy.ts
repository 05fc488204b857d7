// The one answer to "may the server connect there?" for every outbound URL: references the prober
// reads, the provider's result downloads, upload URLs the provider must reach, webhook targets and
// custom DashScope base URLs. Each kind differs only in its options (which schemes, whether plain
// http may go to loopback); private destinations are allowed instance-wide (ALLOW_PRIVATE_URLS, the
// simulator) or per origin (origins that are ours). Pure: the form's URL checks run in the browser.
import { addressVerdict } from "@/lib/rules/net/address-policy";

export type UrlKind = "reference" | "download" | "upload" | "webhook" | "baseUrl";

export interface OutboundPolicy {
  /** Schemes accepted outright. */
  readonly schemes: readonly ("http:" | "https:")[];
  /** Plain http accepted to a loopback host when private destinations are allowed (simulator, local receivers). */
  readonly httpToLoopback: boolean;
  /** Loopback, private and other non-public destinations allowed everywhere. */
  readonly allowPrivate: boolean;
  /** Origins that are ours (APP_URL, the in-process simulator): may be private even when `allowPrivate` is off. */
  readonly trustedOrigins: ReadonlySet<string>;
}

const KIND_RULES: Readonly<Record<UrlKind, Pick<OutboundPolicy, "schemes" | "httpToLoopback">>> = {
  reference: { schemes: ["http:", "https:"], httpToLoopback: false },
  download: { schemes: ["http:", "https:"], httpToLoopback: false },
  upload: { schemes: ["http:", "https:"], httpToLoopback: false },
  webhook: { schemes: ["https:"], httpToLoopback: true },
  baseUrl: { schemes: ["https:"], httpToLoopback: true },
};

const NO_ORIGINS: ReadonlySet<string> = new Set();

export function policyFor(kind: UrlKind, options: { allowPrivate: boolean; trustedOrigins?: ReadonlySet<string> }): OutboundPolicy {
  return { ...KIND_RULES[kind], allowPrivate: options.allowPrivate, trustedOrigins: options.trustedOrigins ?? NO_ORIGINS };
}

type UrlRefusal =
  | { reason: "invalid_url" }
  /** Not http(s) at all. */
  | { reason: "unsupported_scheme"; scheme: string }
  /** http where the kind wants https (and the http-to-loopback exception does not apply). */
  | { reason: "plain_http" }
  /** The host is an address or a name that is not public; `range` is ipaddr.js's name for it. */
  | { reason: "private_address"; host: string; range: string; name: boolean };

type UrlVerdict = { allowed: true; url: URL } | ({ allowed: false } & UrlRefusal);

/** The host without IPv6 brackets or a trailing dot, lower-cased. */
function bareHost(url: URL): string {
  return url.hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, "")
    .replace(/\.$/, "");
}

/**
 * Names that never lead to a public address: localhost and *.localhost are loopback (RFC 6761),
 * *.local is the local link (mDNS, RFC 6762). Null for every other name.
 */
function nameRange(host: string): "loopback" | "linkLocal" | null {
  if (host === "localhost" || host.endsWith(".localhost")) return "loopback";
  if (host.endsWith(".local")) return "linkLocal";
  return null;
}

function isAddressLiteral(host: string): boolean {
  return addressVerdict(host).range !== "invalid";
}

/** Loopback by name (localhost, *.localhost) or by address (127/8, ::1, their IPv4-mapped forms). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, "")
    .replace(/\.$/, "");
  return nameRange(host) === "loopback" || (isAddressLiteral(host) && addressVerdict(host).range === "loopback");
}

function parse(raw: string | URL): URL | null {
  if (raw instanceof URL) return raw;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/** May private destinations be reached through this URL (instance-wide, or an origin of ours)? */
export function allowsPrivate(url: URL, policy: OutboundPolicy): boolean {
  return policy.allowPrivate || policy.trustedOrigins.has(url.origin);
}

/** The scheme half: http(s) only, and https unless the http-to-loopback exception applies. */
export function schemeVerdict(raw: string | URL, policy: OutboundPolicy): UrlVerdict {
  const url = parse(raw);
  if (!url) return { allowed: false, reason: "invalid_url" };
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return { allowed: false, reason: "unsupported_scheme", scheme: url.protocol.replace(/:$/, "") };
  }
  if (policy.schemes.includes(url.protocol)) return { allowed: true, url };
  if (policy.httpToLoopback && allowsPrivate(url, policy) && isLoopbackHost(url.hostname)) return { allowed: true, url };
  return { allowed: false, reason: "plain_http" };
}

/**
 * The host half, without DNS: a non-public address literal or local name is refused unless private
 * destinations are allowed. Other names are decided when they resolve (`addressAllowed`).
 */
export function hostVerdict(raw: string | URL, policy: OutboundPolicy): UrlVerdict {
  const url = parse(raw);
  if (!url) return { allowed: false, reason: "invalid_url" };
  if (allowsPrivate(url, policy)) return { allowed: true, url };
  const host = bareHost(url);
  const named = nameRange(host);
  if (named) return { allowed: false, reason: "private_address", host, range: named, name: true };
  if (isAddressLiteral(host)) {
    const verdict = addressVerdict(host);
    if (!verdict.allowed) return { allowed: false, reason: "private_address", host, range: verdict.range, name: false };
  }
  return { allowed: true, url };
}

/** Both halves, scheme first. */
export function urlVerdict(raw: string | URL, policy: OutboundPolicy): UrlVerdict {
  const scheme = schemeVerdict(raw, policy);
  return scheme.allowed ? hostVerdict(scheme.url, policy) : scheme;
}

/** May a connection go to `ip` (one DNS answer, or the literal host) under this policy? */
export function addressAllowed(ip: string, policy: Pick<OutboundPolicy, "allowPrivate">): boolean {
  return policy.allowPrivate || addressVerdict(ip).allowed;
}
