// The connect hook of the undici Agent, with DNS answered by the test: a public-looking name that
// resolves to a private address is refused when the connection is opened, on the first request and
// on any redirect hop, and every new connection resolves (and is checked) again.
import type { LookupAddress } from "node:dns";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Lookup } from "@/lib/adapters/net/agent";
import { UnsafeUrlError } from "@/lib/adapters/net/errors";
import { createSafeFetch } from "@/lib/adapters/net/safe-fetch";
import { probeMedia, ProbeError } from "@/lib/adapters/probe";
import { startFixtureServer, type FixtureServer } from "./fixture-server";

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.reset());

/** A DNS that answers from `answers` (a list is used up one answer per lookup) and records the names asked. */
function fakeDns(answers: Record<string, string | string[]>): { lookup: Lookup; asked: string[] } {
  const asked: string[] = [];
  const lookup: Lookup = (hostname, options, callback) => {
    asked.push(hostname);
    const planned = answers[hostname];
    const address = Array.isArray(planned) ? planned.shift() : planned;
    if (!address) return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" }), []);
    const answer: LookupAddress = { address, family: address.includes(":") ? 6 : 4 };
    if (options.all) callback(null, [answer]);
    else callback(null, answer.address, answer.family);
  };
  return { lookup, asked };
}

const rejection = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e,
  );

// Only loopback is reachable here: where a test needs a "public" answer, 127.0.0.1 plays it.
const only127001IsPublic = (ip: string) => ip !== "127.0.0.1";

describe("the Agent's connect hook", () => {
  it("refuses a public-looking name that resolves to 127.0.0.1, at connect time", async () => {
    const dns = fakeDns({ "media.example.test": "127.0.0.1" });
    const url = `http://media.example.test:${server.port}/ok`;
    const err = await rejection(createSafeFetch({ lookup: dns.lookup })(url, { allowPrivate: false, timeoutMs: 2000 }));
    expect(err).toBeInstanceOf(UnsafeUrlError);
    expect(err).toMatchObject({ code: "private_address", url });
    expect((err as Error).message).toBe(`http://media.example.test:${server.port}/ok points to a private or local network address, which is not allowed.`);
    expect(dns.asked).toEqual(["media.example.test"]);
    expect(server.requests()).toHaveLength(0);
  });

  it("connects through the same hook when the answer is allowed", async () => {
    const dns = fakeDns({ "media.example.test": "127.0.0.1" });
    const fetchPublic = createSafeFetch({ lookup: dns.lookup, isPrivateAddress: only127001IsPublic });
    const res = await fetchPublic(`http://media.example.test:${server.port}/ok`, { allowPrivate: false, timeoutMs: 2000 });
    expect(await res.text()).toBe("ok GET");
    expect(dns.asked).toEqual(["media.example.test"]);
  });

  it("refuses a redirect hop whose name resolves to a private address", async () => {
    const dns = fakeDns({ "media.example.test": "127.0.0.1", "internal.example.test": "10.0.0.1" });
    const fetchPublic = createSafeFetch({ lookup: dns.lookup, isPrivateAddress: only127001IsPublic });
    const hop = `http://internal.example.test:${server.port}/ok`;
    const err = await rejection(
      fetchPublic(`http://media.example.test:${server.port}/redirect?to=${encodeURIComponent(hop)}`, { allowPrivate: false, timeoutMs: 2000 }),
    );
    expect(err).toBeInstanceOf(UnsafeUrlError);
    expect(err).toMatchObject({ code: "private_address", url: hop });
    expect(dns.asked).toEqual(["media.example.test", "internal.example.test"]);
    expect(server.requests()).toEqual(["GET /redirect -"]);
  });

  it("resolves and checks again for every connection, so a name cannot rebind after a first answer", async () => {
    const dns = fakeDns({ "media.example.test": ["127.0.0.1", "10.0.0.1"] });
    const fetchPublic = createSafeFetch({ lookup: dns.lookup, isPrivateAddress: only127001IsPublic });
    const url = `http://media.example.test:${server.port}/ok`;
    expect(await (await fetchPublic(url, { allowPrivate: false, timeoutMs: 2000 })).text()).toBe("ok GET");
    const err = await rejection(fetchPublic(url, { allowPrivate: false, timeoutMs: 2000 }));
    expect(err).toMatchObject({ code: "private_address" });
    expect(server.requests()).toHaveLength(1);
  });

  it("reaches the reference prober as a blocked address", async () => {
    const dns = fakeDns({ "media.example.test": "127.0.0.1" });
    const url = `http://media.example.test:${server.port}/range/image.png`;
    const err = await rejection(probeMedia(url, { fetchImpl: createSafeFetch({ lookup: dns.lookup }) }));
    expect(err).toBeInstanceOf(ProbeError);
    expect(err).toMatchObject({ code: "blocked_address" });
    expect(server.requests()).toHaveLength(0);
  });
});
