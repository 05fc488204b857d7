// The one answer to "may the server connect to this address?": only public unicast addresses.
// A pure function over ipaddr.js's range names, so the form's URL checks (which run in the
// browser too), the DNS-time guard in lib/adapters/net/ssrf.ts and the connect hook in
// lib/adapters/net/agent.ts ask the same question.
import ipaddr from "ipaddr.js";

export interface AddressVerdict {
  allowed: boolean;
  /**
   * ipaddr.js's range name ("unicast", "loopback", "private", "multicast", "reserved", …) of the
   * address, or of the IPv4 address it embeds when that one is refused; "invalid" when `ip` is
   * not an address.
   */
  range: string;
}

const PUBLIC = "unicast";

// IPv6 forms that carry an IPv4 address the packets end up at: the IPv4 decides.
const EMBEDDING_RANGES = new Set(["ipv4Mapped", "rfc6145", "rfc6052", "6to4"]);

// Outside 2000::/3 nothing is allocated as global unicast; ipaddr.js still calls it "unicast".
const GLOBAL_UNICAST = ipaddr.parseCIDR("2000::/3") as [ipaddr.IPv6, number];

/** Whether the server may connect to `ip` (IPv4, IPv6, bracketed or with a zone). Fails closed. */
export function addressVerdict(ip: string): AddressVerdict {
  const bare = ip.startsWith("[") && ip.endsWith("]") ? ip.slice(1, -1) : ip;
  let addr: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    addr = ipaddr.parse(bare);
  } catch {
    return { allowed: false, range: "invalid" };
  }
  if (addr.kind() === "ipv4") return verdictOf((addr as ipaddr.IPv4).range());

  const v6 = addr as ipaddr.IPv6;
  const range = v6.range();
  if (EMBEDDING_RANGES.has(range)) {
    const embedded = embeddedIPv4(v6, range);
    if (!embedded) return verdictOf(range);
    const inner = embedded.range();
    return inner === PUBLIC ? { allowed: true, range } : { allowed: false, range: inner };
  }
  if (range === PUBLIC && !v6.match(GLOBAL_UNICAST)) return { allowed: false, range: "reserved" };
  // Teredo (2001::/32) is refused whatever it embeds: the relay, not us, decides where it lands.
  return verdictOf(range);
}

/** True unless `ip` is a public unicast address (see `addressVerdict`). */
export function isPrivateAddress(ip: string): boolean {
  return !addressVerdict(ip).allowed;
}

function verdictOf(range: string): AddressVerdict {
  return { allowed: range === PUBLIC, range };
}

function embeddedIPv4(v6: ipaddr.IPv6, range: string): ipaddr.IPv4 | null {
  const p = v6.parts;
  const fromParts = (hi: number, lo: number) => new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
  switch (range) {
    case "ipv4Mapped": // ::ffff:a.b.c.d
    case "rfc6145": // ::ffff:0:a.b.c.d
      return fromParts(p[6], p[7]);
    case "rfc6052": // NAT64 well-known prefix 64:ff9b::a.b.c.d (the local-use 64:ff9b:1::/48 is refused whole)
      return p[0] === 0x64 && p[1] === 0xff9b && p[2] === 0 && p[3] === 0 && p[4] === 0 && p[5] === 0 ? fromParts(p[6], p[7]) : null;
    case "6to4": // 2002:AABB:CCDD::/48
      return fromParts(p[1], p[2]);
    default:
      return null;
  }
}
