import ipaddr from "ipaddr.js";
import { describe, expect, it } from "vitest";
import { addressVerdict } from "@/lib/rules/net/address-policy";
import { isPrivateAddress } from "@/lib/adapters/net/ssrf";
import { urlProblem } from "@/lib/rules/models/url-safety";

// [address, allowed, range the verdict names, why]
const TABLE: [string, boolean, string, string][] = [
  // IPv4 refused
  ["0.0.0.0", false, "unspecified", "unspecified"],
  ["0.1.2.3", false, "unspecified", "this network (0/8)"],
  ["10.0.0.1", false, "private", "RFC 1918 10/8"],
  ["172.16.0.1", false, "private", "RFC 1918 172.16/12"],
  ["172.31.255.255", false, "private", "RFC 1918 172.16/12, last"],
  ["192.168.0.1", false, "private", "RFC 1918 192.168/16"],
  ["100.64.0.1", false, "carrierGradeNat", "CGNAT"],
  ["100.127.255.255", false, "carrierGradeNat", "CGNAT, last"],
  ["127.0.0.1", false, "loopback", "loopback"],
  ["127.255.255.254", false, "loopback", "loopback /8"],
  ["169.254.169.254", false, "linkLocal", "link-local (cloud metadata)"],
  ["224.0.0.1", false, "multicast", "multicast"],
  ["239.255.255.250", false, "multicast", "multicast (SSDP)"],
  ["255.255.255.255", false, "broadcast", "broadcast"],
  ["192.0.0.8", false, "reserved", "IETF protocol assignments"],
  ["192.0.2.10", false, "reserved", "TEST-NET-1"],
  ["198.51.100.1", false, "reserved", "TEST-NET-2"],
  ["203.0.113.1", false, "reserved", "TEST-NET-3"],
  ["198.18.0.1", false, "reserved", "benchmarking"],
  ["198.19.255.255", false, "reserved", "benchmarking, last"],
  ["192.88.99.1", false, "reserved", "6to4 relay anycast"],
  ["240.0.0.1", false, "reserved", "class E"],
  ["192.175.48.1", false, "as112", "AS112"],
  ["192.52.193.1", false, "amt", "AMT"],
  // IPv4 allowed
  ["8.8.8.8", true, "unicast", "public"],
  ["1.1.1.1", true, "unicast", "public"],
  ["47.88.1.1", true, "unicast", "public"],
  ["172.32.0.1", true, "unicast", "just outside 172.16/12"],
  ["100.128.0.1", true, "unicast", "just outside CGNAT"],
  ["223.255.255.255", true, "unicast", "just below multicast"],
  // IPv6 refused
  ["::", false, "unspecified", "unspecified"],
  ["::1", false, "loopback", "loopback"],
  ["[::1]", false, "loopback", "bracketed loopback"],
  ["fe80::1", false, "linkLocal", "link-local"],
  ["fe80::1%eth0", false, "linkLocal", "link-local with a zone"],
  ["fc00::1", false, "uniqueLocal", "unique-local"],
  ["fd12:3456::1", false, "uniqueLocal", "unique-local"],
  ["fec0::1", false, "deprecatedSiteLocal", "site-local"],
  ["ff02::1", false, "multicast", "multicast"],
  ["ff05::1:3", false, "multicast", "multicast (site)"],
  ["100::1", false, "discard", "discard-only"],
  ["2001:db8::1", false, "reserved", "documentation"],
  ["3fff::1", false, "reserved", "documentation (RFC 9637)"],
  ["2001:2::1", false, "benchmarking", "benchmarking"],
  ["2001:10::1", false, "deprecatedOrchid", "ORCHID"],
  ["2001:20::1", false, "orchid2", "ORCHIDv2"],
  ["5f00::1", false, "segmentRouting", "segment routing"],
  ["2001:0:4136:e378:8000:63bf:3fff:fdd2", false, "teredo", "Teredo (public server and client)"],
  ["2001:0:a00:1::f5ff:fffe", false, "teredo", "Teredo embedding 10.0.0.1"],
  ["::7f00:1", false, "reserved", "IPv4-compatible 127.0.0.1"],
  ["::808:808", false, "reserved", "IPv4-compatible 8.8.8.8 (deprecated form)"],
  ["4000::1", false, "reserved", "outside 2000::/3"],
  // IPv6 forms that embed an IPv4 address: the IPv4 decides
  ["::ffff:127.0.0.1", false, "loopback", "IPv4-mapped loopback"],
  ["::ffff:10.0.0.1", false, "private", "IPv4-mapped private"],
  ["::ffff:169.254.169.254", false, "linkLocal", "IPv4-mapped link-local"],
  ["::ffff:224.0.0.1", false, "multicast", "IPv4-mapped multicast"],
  ["::ffff:240.0.0.1", false, "reserved", "IPv4-mapped reserved"],
  ["::ffff:0:7f00:1", false, "loopback", "SIIT (RFC 6145) loopback"],
  ["64:ff9b::a00:1", false, "private", "NAT64 of 10.0.0.1"],
  ["64:ff9b::7f00:1", false, "loopback", "NAT64 of 127.0.0.1"],
  ["64:ff9b:1::808:808", false, "rfc6052", "local-use NAT64 prefix"],
  ["2002:7f00:1::", false, "loopback", "6to4 of 127.0.0.1"],
  ["2002:a00:1::1", false, "private", "6to4 of 10.0.0.1"],
  ["2002:a9fe:a9fe::1", false, "linkLocal", "6to4 of 169.254.169.254"],
  ["2002:e000:1::1", false, "multicast", "6to4 of 224.0.0.1"],
  ["::ffff:8.8.8.8", true, "ipv4Mapped", "IPv4-mapped public"],
  ["64:ff9b::808:808", true, "rfc6052", "NAT64 of 8.8.8.8"],
  ["2002:808:808::1", true, "6to4", "6to4 of 8.8.8.8"],
  // IPv6 allowed
  ["2606:4700:4700::1111", true, "unicast", "public"],
  ["2001:4860:4860::8888", true, "unicast", "public"],
  ["2a00:1450:4001::200e", true, "unicast", "public"],
  // Not an address: fail closed
  ["not-an-ip", false, "invalid", "garbage"],
  ["", false, "invalid", "empty"],
  ["999.1.1.1", false, "invalid", "out of range"],
];

describe("addressVerdict", () => {
  it.each(TABLE)("%s → allowed %s (%s; %s)", (ip, allowed, range) => {
    expect(addressVerdict(ip)).toEqual({ allowed, range });
  });

  it.each(TABLE)("lib/adapters/net/ssrf.ts gives the same answer for %s", (ip, allowed) => {
    expect(isPrivateAddress(ip)).toBe(!allowed);
  });
});

type Ranges = Record<string, [ipaddr.IPv4 | ipaddr.IPv6, number] | [ipaddr.IPv4 | ipaddr.IPv6, number][]>;

/** Every special range ipaddr.js knows, as [name, cidr] (so a range it adds later is covered too). */
function specialRanges(sample: ipaddr.IPv4 | ipaddr.IPv6): [string, string][] {
  const ranges = (sample as unknown as { SpecialRanges: Ranges }).SpecialRanges;
  return Object.entries(ranges).flatMap(([name, value]) => {
    const list = (Array.isArray(value[0]) ? value : [value]) as [ipaddr.IPv4 | ipaddr.IPv6, number][];
    return list.map(([addr, bits]) => [name, `${addr.toString()}/${bits}`] as [string, string]);
  });
}

function firstAndLast(cidr: string): string[] {
  const parsed = ipaddr.parseCIDR(cidr);
  const first = ipaddr.IPv4.isValid(cidr.split("/")[0]) ? ipaddr.IPv4.networkAddressFromCIDR(cidr) : ipaddr.IPv6.networkAddressFromCIDR(cidr);
  const last = parsed[0].kind() === "ipv4" ? ipaddr.IPv4.broadcastAddressFromCIDR(cidr) : ipaddr.IPv6.broadcastAddressFromCIDR(cidr);
  return [first.toString(), last.toString()];
}

// Ranges that embed an IPv4 address are decided by that address, not refused whole.
const EMBEDDING = new Set(["ipv4Mapped", "rfc6145", "rfc6052", "6to4"]);

describe("every special range of ipaddr.js is refused", () => {
  const cases = [...specialRanges(new ipaddr.IPv4([0, 0, 0, 0])), ...specialRanges(new ipaddr.IPv6([0, 0, 0, 0, 0, 0, 0, 0]))]
    .filter(([name]) => !EMBEDDING.has(name))
    .flatMap(([name, cidr]) => firstAndLast(cidr).map((ip) => [name, cidr, ip] as const));

  it("enumerates both families", () => {
    expect(cases.some(([, cidr]) => cidr.includes(":"))).toBe(true);
    expect(cases.some(([, cidr]) => !cidr.includes(":"))).toBe(true);
  });

  it.each(cases)("%s (%s): %s", (_name, _cidr, ip) => {
    expect(addressVerdict(ip).allowed).toBe(false);
  });

  it.each([...EMBEDDING])("%s with a loopback IPv4 inside is refused", (name) => {
    const ip = { ipv4Mapped: "::ffff:127.0.0.1", rfc6145: "::ffff:0:7f00:1", rfc6052: "64:ff9b::7f00:1", "6to4": "2002:7f00:1::1" }[name]!;
    expect(addressVerdict(ip)).toEqual({ allowed: false, range: "loopback" });
  });
});

describe("the form's URL check asks the same question", () => {
  const literal = (ip: string) => (ip.includes(":") ? `[${ip.replace(/%.*$/, "")}]` : ip);
  const urlCases = TABLE.filter(([ip, , range]) => range !== "invalid" && !ip.startsWith("[") && !ip.includes("%")).map(
    ([ip, allowed]) => [`http://${literal(ip)}/a.png`, allowed] as const,
  );

  it.each(urlCases)("%s: allowed %s", (url, allowed) => {
    const problem = urlProblem("audioUrl", url);
    if (allowed) expect(problem).toBeNull();
    else expect(problem).toMatch(/^audioUrl points at an? [a-z-]+ address \(.+\), which the provider cannot reach; use a public URL$/);
  });

  it.each([
    ["http://224.0.0.1/a.png", "a multicast address"],
    ["http://240.0.0.1/a.png", "a reserved address"],
    ["http://198.18.0.1/a.png", "a reserved address"],
    ["http://255.255.255.255/a.png", "a broadcast address"],
    ["http://[ff02::1]/a.png", "a multicast address"],
    ["http://[64:ff9b::a00:1]/a.png", "a private address"],
    ["http://[2002:7f00:1::]/a.png", "a loopback address"],
  ])("names the range of %s (missed before: %s)", (url, words) => {
    expect(urlProblem("references.0.url", url)).toContain(`references.0.url points at ${words}`);
  });
});
