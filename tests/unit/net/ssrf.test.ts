import { describe, expect, it, vi } from "vitest";
import { assertFetchableUrl, isPrivateAddress, UnsafeUrlError } from "@/lib/adapters/net/ssrf";
import { displayUrl } from "@/lib/adapters/net/errors";

describe("isPrivateAddress", () => {
  it.each([
    // IPv4
    ["127.0.0.1", true, "loopback"],
    ["127.255.255.254", true, "loopback /8"],
    ["10.1.2.3", true, "RFC 1918"],
    ["172.16.0.1", true, "RFC 1918"],
    ["172.31.255.255", true, "RFC 1918"],
    ["192.168.1.1", true, "RFC 1918"],
    ["169.254.169.254", true, "link-local (cloud metadata)"],
    ["100.64.0.1", true, "CGNAT"],
    ["100.127.255.255", true, "CGNAT"],
    ["0.0.0.0", true, "unspecified"],
    ["224.0.0.1", true, "multicast"],
    ["255.255.255.255", true, "broadcast"],
    ["192.0.2.10", true, "documentation"],
    ["240.0.0.1", true, "reserved"],
    ["8.8.8.8", false, "public"],
    ["1.1.1.1", false, "public"],
    ["172.32.0.1", false, "just outside 172.16/12"],
    ["100.128.0.1", false, "just outside CGNAT"],
    ["47.88.1.1", false, "public"],
    // IPv6
    ["::1", true, "loopback"],
    ["::", true, "unspecified"],
    ["fe80::1", true, "link-local"],
    ["fc00::1", true, "unique-local"],
    ["fd12:3456::1", true, "unique-local"],
    ["ff02::1", true, "multicast"],
    ["::ffff:127.0.0.1", true, "IPv4-mapped loopback"],
    ["::ffff:10.0.0.1", true, "IPv4-mapped private"],
    ["::ffff:169.254.169.254", true, "IPv4-mapped link-local"],
    ["::ffff:8.8.8.8", false, "IPv4-mapped public"],
    ["64:ff9b::a00:1", true, "NAT64 of 10.0.0.1"],
    ["64:ff9b::808:808", false, "NAT64 of 8.8.8.8"],
    ["2002:7f00:1::", true, "6to4 of 127.0.0.1"],
    ["2001:db8::1", true, "documentation"],
    ["2606:4700:4700::1111", false, "public"],
    ["2001:4860:4860::8888", false, "public"],
    ["[::1]", true, "bracketed loopback"],
    // Not an address: fail closed
    ["not-an-ip", true, "garbage"],
    ["", true, "empty"],
  ])("%s → %s (%s)", (ip, expected) => {
    expect(isPrivateAddress(ip)).toBe(expected);
  });
});

describe("assertFetchableUrl", () => {
  const resolveTo = (...addresses: string[]) => vi.fn(async () => addresses);

  it("accepts a host whose every address is public", async () => {
    const resolve = resolveTo("93.184.216.34", "2606:2800:220:1::1");
    const url = await assertFetchableUrl("https://cdn.example.com/a.mp4", { allowPrivate: false, resolve });
    expect(url.hostname).toBe("cdn.example.com");
    expect(resolve).toHaveBeenCalledWith("cdn.example.com");
  });

  it.each([
    ["one private address among public ones", ["93.184.216.34", "10.0.0.5"]],
    ["loopback", ["127.0.0.1"]],
    ["IPv4-mapped loopback", ["::ffff:127.0.0.1"]],
  ])("refuses a host resolving to %s", async (_label, addresses) => {
    await expect(assertFetchableUrl("https://evil.example/x", { allowPrivate: false, resolve: resolveTo(...addresses) })).rejects.toMatchObject({
      name: "UnsafeUrlError",
      code: "private_address",
    });
  });

  it.each(["http://127.0.0.1/x", "http://[::1]:8080/x", "http://169.254.169.254/latest", "http://0x7f.1/"])(
    "refuses the private literal %s without resolving",
    async (url) => {
      const resolve = resolveTo("8.8.8.8");
      await expect(assertFetchableUrl(url, { allowPrivate: false, resolve })).rejects.toBeInstanceOf(UnsafeUrlError);
      expect(resolve).not.toHaveBeenCalled();
    },
  );

  it("allows private addresses when told to, without resolving", async () => {
    const resolve = resolveTo("127.0.0.1");
    await expect(assertFetchableUrl("http://localhost:3000/x", { allowPrivate: true, resolve })).resolves.toBeInstanceOf(URL);
    expect(resolve).not.toHaveBeenCalled();
  });

  it.each([
    ["ftp://example.com/a", "unsupported_scheme"],
    ["file:///etc/passwd", "unsupported_scheme"],
    ["javascript:alert(1)", "unsupported_scheme"],
    ["not a url", "invalid_url"],
  ])("refuses %s (%s) even when private addresses are allowed", async (url, code) => {
    await expect(assertFetchableUrl(url, { allowPrivate: true })).rejects.toMatchObject({ code });
  });

  it("reports a host that does not resolve", async () => {
    const resolve = vi.fn(async () => {
      throw Object.assign(new Error("getaddrinfo ENOTFOUND nowhere.invalid"), { code: "ENOTFOUND" });
    });
    const err = await assertFetchableUrl("https://nowhere.invalid/a", { allowPrivate: false, resolve }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "unresolvable_host" });
    expect((err as Error).message).not.toContain("getaddrinfo");
  });
});

describe("displayUrl", () => {
  it("hides the query string, which may carry signatures", () => {
    expect(displayUrl("https://bucket.oss.example.com/a.mp4?Signature=secret&Expires=1")).toBe("https://bucket.oss.example.com/a.mp4");
  });
  it("shortens very long URLs", () => {
    expect(displayUrl(`https://x.example/${"a".repeat(300)}`)).toHaveLength(120);
  });
});
