import type { LookupAddress } from "node:dns";
import { describe, expect, it } from "vitest";
import { addressAllowed, hostVerdict, isLoopbackHost, policyFor, schemeVerdict, type UrlKind } from "@/lib/rules/net/policy";
import { createSafeFetch } from "@/lib/adapters/net/safe-fetch";
import { assertFetchableUrl } from "@/lib/adapters/net/ssrf";
import type { Lookup } from "@/lib/adapters/net/agent";
import { urlProblem } from "@/lib/rules/models/url-safety";
import { assertWebhookUrl, webhookUrlProblem } from "@/lib/services/webhooks/url";
import { baseUrlProblem } from "@/lib/services/keys/base-url";

const KINDS: UrlKind[] = ["reference", "download", "upload", "webhook", "baseUrl"];

// [what, host as written in a URL, the address it leads to]: none of them may be reached.
const NOT_PUBLIC: [string, string, string][] = [
  ["private", "10.0.0.1", "10.0.0.1"],
  ["private 192.168/16", "192.168.1.5", "192.168.1.5"],
  ["loopback", "127.0.0.1", "127.0.0.1"],
  ["link-local", "[fe80::1]", "fe80::1"],
  ["cloud metadata", "169.254.169.254", "169.254.169.254"],
  ["IPv6-mapped loopback", "[::ffff:127.0.0.1]", "::ffff:127.0.0.1"],
  ["IPv6-mapped private", "[::ffff:10.0.0.1]", "::ffff:10.0.0.1"],
  ["unique-local", "[fd00::1]", "fd00::1"],
  ["localhost by name", "localhost", "127.0.0.1"],
  ["mDNS name", "printer.local", "169.254.10.20"],
  ["public-looking name resolving to private", "media.example.test", "10.0.0.1"],
  ["public-looking name resolving to metadata", "meta.example.test", "169.254.169.254"],
  ["public-looking name resolving to mapped loopback", "v6.example.test", "::ffff:127.0.0.1"],
];

const lookupTo =
  (address: string): Lookup =>
  (_host, options, callback) => {
    const answer: LookupAddress = { address, family: address.includes(":") ? 6 : 4 };
    if (options.all) callback(null, [answer]);
    else callback(null, answer.address, answer.family);
  };

/** The answer a caller of each kind gets in the end: refused before the request, or at connect time. */
async function refusedFor(kind: UrlKind, host: string, address: string): Promise<boolean> {
  const url = `https://${host}/file.mp4`;
  const resolve = async () => [address];
  const connect = async () => {
    const err = await createSafeFetch({ lookup: lookupTo(address) })(url, { allowPrivate: false, timeoutMs: 2000 }).then(
      () => null,
      (e: unknown) => e,
    );
    return (err as { code?: string } | null)?.code === "private_address";
  };
  switch (kind) {
    case "reference":
      return urlProblem("references.0.url", url) !== null || (await connect());
    case "download":
      return connect();
    case "upload":
      // Whether the provider can reach APP_URL: publicReachability has the static half; the name is
      // resolved by the provider, so the other half is the policy's answer for where it leads.
      return !hostVerdict(url, policyFor("upload", { allowPrivate: false })).allowed || !addressAllowed(address, { allowPrivate: false });
    case "webhook":
      if (webhookUrlProblem(url, false) !== null) return true;
      return (
        (await assertWebhookUrl(url, false, resolve).then(
          () => false,
          () => true,
        )) || (await connect())
      );
    case "baseUrl":
      if (baseUrlProblem(url, "singapore", false) !== null) return true;
      return (
        (await assertFetchableUrl(url, { allowPrivate: false, resolve }).then(
          () => false,
          () => true,
        )) || (await connect())
      );
  }
}

describe("one outbound policy, every kind of URL", () => {
  const rows = NOT_PUBLIC.flatMap(([what, host, address]) => KINDS.map((kind) => [kind, what, host, address] as const));

  it.each(rows)("%s: %s (%s → %s) is refused", async (kind, _what, host, address) => {
    expect(await refusedFor(kind, host, address)).toBe(true);
  });

  it.each(NOT_PUBLIC)("every kind gives the same static and connect-time answer for %s", (_what, host, address) => {
    const url = `https://${host}/x`;
    const answers = KINDS.map((kind) => {
      const policy = policyFor(kind, { allowPrivate: false });
      return [hostVerdict(url, policy).allowed, addressAllowed(address, policy)];
    });
    // Only a name that looks public passes the static half; it is refused when it resolves.
    const looksPublic = host.endsWith(".example.test");
    expect(answers).toEqual(KINDS.map(() => [looksPublic, false]));
  });

  it.each(KINDS)("%s: everything is allowed with ALLOW_PRIVATE_URLS, and an origin of ours without it", (kind) => {
    for (const [, host, address] of NOT_PUBLIC) {
      expect(hostVerdict(`https://${host}/x`, policyFor(kind, { allowPrivate: true })).allowed).toBe(true);
      expect(addressAllowed(address, { allowPrivate: true })).toBe(true);
      const ours = policyFor(kind, { allowPrivate: false, trustedOrigins: new Set([new URL(`https://${host}`).origin]) });
      expect(hostVerdict(`https://${host}/x`, ours).allowed).toBe(true);
    }
  });

  it.each(KINDS)("%s: a public address is allowed", (kind) => {
    const policy = policyFor(kind, { allowPrivate: false });
    expect(hostVerdict("https://8.8.8.8/x", policy).allowed).toBe(true);
    expect(addressAllowed("2606:4700:4700::1111", policy)).toBe(true);
  });
});

describe("plain http to loopback (simulator, local receivers)", () => {
  const LOOPBACK = ["127.0.0.1", "127.9.9.9", "[::1]", "[::ffff:127.0.0.1]", "localhost", "app.localhost"];

  it.each(LOOPBACK)("webhooks and base URLs accept http://%s only when private URLs are allowed", (host) => {
    expect(isLoopbackHost(new URL(`http://${host}/`).hostname)).toBe(true);
    expect(webhookUrlProblem(`http://${host}:8080/hook`, true)).toBeNull();
    expect(baseUrlProblem(`http://${host}:4010/api/v1`, "singapore", true)).toBeNull();
    expect(webhookUrlProblem(`http://${host}:8080/hook`, false)).not.toBeNull();
    expect(baseUrlProblem(`http://${host}:4010/api/v1`, "singapore", false)).not.toBeNull();
  });

  it.each(["10.0.0.1", "[fd00::1]", "example.com"])("webhooks and base URLs refuse http://%s either way", (host) => {
    for (const allowPrivate of [true, false]) {
      expect(webhookUrlProblem(`http://${host}/hook`, allowPrivate)).not.toBeNull();
      expect(baseUrlProblem(`http://${host}/api/v1`, "singapore", allowPrivate)).not.toBeNull();
    }
  });

  it("references and downloads take http anywhere, and no kind takes another scheme", () => {
    for (const kind of KINDS) {
      const policy = policyFor(kind, { allowPrivate: true });
      expect(schemeVerdict("http://example.com/a", policy).allowed).toBe(kind !== "webhook" && kind !== "baseUrl");
      expect(schemeVerdict("ftp://example.com/a", policy)).toMatchObject({ allowed: false, reason: "unsupported_scheme" });
    }
  });
});
