import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createSafeFetch, safeFetch } from "@/lib/adapters/net/safe-fetch";
import { FetchTimeoutError, TooManyRedirectsError, UnsafeUrlError } from "@/lib/adapters/net/errors";
import { startFixtureServer, type FixtureServer } from "./fixture-server";

let server: FixtureServer;
const url = (p: string) => `${server.baseUrl}${p}`;

// Only loopback is reachable here, so these tests treat 127.0.0.1 as "public"
// and every other address (127.0.0.2, ::1, …) as private.
const fetchTreating127001AsPublic = createSafeFetch({ isPrivateAddress: (ip) => ip !== "127.0.0.1" });

async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => null,
    (e: unknown) => e,
  );
}

beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.reset());

describe("safeFetch", () => {
  it("refuses 127.0.0.1 when private addresses are not allowed, without connecting", async () => {
    const err = await rejection(safeFetch(url("/ok"), { allowPrivate: false, timeoutMs: 2000 }));
    expect(err).toBeInstanceOf(UnsafeUrlError);
    expect((err as UnsafeUrlError).code).toBe("private_address");
    expect((err as Error).message).toMatch(/private or local network address/);
    expect(server.requests()).toHaveLength(0);
  });

  it("refuses a host name that resolves to loopback", async () => {
    const err = await rejection(safeFetch(`http://localhost:${server.port}/ok`, { allowPrivate: false, timeoutMs: 2000 }));
    expect(err).toBeInstanceOf(UnsafeUrlError);
    expect(server.requests()).toHaveLength(0);
  });

  it("allows 127.0.0.1 when private addresses are allowed", async () => {
    const res = await safeFetch(url("/ok"), { allowPrivate: true, timeoutMs: 2000 });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/plain");
    expect(await res.text()).toBe("ok GET");
  });

  it("sends Range and returns a partial body", async () => {
    const res = await safeFetch(url("/range/image.png"), {
      allowPrivate: true,
      timeoutMs: 2000,
      headers: { range: "bytes=0-7" },
    });
    expect(res.status).toBe(206);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  it("follows a redirect to a public address and reports the final URL", async () => {
    const target = url("/ok");
    const res = await fetchTreating127001AsPublic(url(`/redirect?to=${encodeURIComponent(target)}`), {
      allowPrivate: false,
      timeoutMs: 2000,
    });
    expect(await res.text()).toBe("ok GET");
    expect(res.url).toBe(target);
    expect(res.redirected).toBe(true);
  });

  it("connects through the guarded lookup when a name resolves only to allowed addresses", async () => {
    const loopbackIsPublic = createSafeFetch({ isPrivateAddress: (ip) => ip !== "127.0.0.1" && ip !== "::1" });
    const res = await loopbackIsPublic(`http://localhost:${server.port}/ok`, { allowPrivate: false, timeoutMs: 2000 });
    expect(await res.text()).toBe("ok GET");
  });

  // (The name-resolution path of the same check is covered by the "localhost" case above.)
  it.each(["127.0.0.2", "[::1]", "10.0.0.1", "169.254.169.254"])("refuses a redirect to %s", async (host) => {
    const target = `http://${host}:${server.port}/ok`;
    const err = await rejection(
      fetchTreating127001AsPublic(url(`/redirect?to=${encodeURIComponent(target)}`), {
        allowPrivate: false,
        timeoutMs: 2000,
      }),
    );
    expect(err).toBeInstanceOf(UnsafeUrlError);
    expect((err as UnsafeUrlError).code).toBe("private_address");
    expect(server.requests()).toEqual([expect.stringContaining("/redirect")]);
  });

  it("refuses a redirect to a non-http scheme", async () => {
    const err = await rejection(
      safeFetch(url(`/redirect?to=${encodeURIComponent("file:///etc/passwd")}`), {
        allowPrivate: true,
        timeoutMs: 2000,
      }),
    );
    expect(err).toBeInstanceOf(UnsafeUrlError);
    expect((err as UnsafeUrlError).code).toBe("unsupported_scheme");
  });

  it("stops after maxRedirects", async () => {
    const err = await rejection(safeFetch(url("/loop/0"), { allowPrivate: true, timeoutMs: 2000, maxRedirects: 3 }));
    expect(err).toBeInstanceOf(TooManyRedirectsError);
    expect(server.requests()).toHaveLength(4);
  });

  it("turns a POST into a GET on 302/303, as browsers do", async () => {
    const res = await safeFetch(url("/redirect?to=/ok"), {
      allowPrivate: true,
      timeoutMs: 2000,
      method: "POST",
      body: JSON.stringify({ a: 1 }),
      headers: { "content-type": "application/json" },
    });
    expect(await res.text()).toBe("ok GET");
  });

  it("sends a POST body", async () => {
    const res = await safeFetch(url("/ok"), { allowPrivate: true, timeoutMs: 2000, method: "POST", body: "x" });
    expect(await res.text()).toBe("ok POST");
  });

  it("applies the timeout to the whole call", async () => {
    const started = Date.now();
    const err = await rejection(safeFetch(url("/slow/image.png"), { allowPrivate: true, timeoutMs: 200 }));
    expect(err).toBeInstanceOf(FetchTimeoutError);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it("honours the caller's abort signal", async () => {
    const controller = new AbortController();
    const pending = rejection(safeFetch(url("/slow/image.png"), { allowPrivate: true, timeoutMs: 5000, signal: controller.signal }));
    controller.abort(new Error("stop"));
    expect(((await pending) as Error).message).toBe("stop");
  });
});
