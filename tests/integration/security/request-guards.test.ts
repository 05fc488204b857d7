// The request wrapper's guards, over real HTTP on both databases: credentials before the body on
// every route, the Origin check on cookie-authenticated writes, JSON bodies only as JSON.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, uniqueEmail } from "@/tests/support/client";
import { DB_KINDS, startApp, type TestApp } from "@/tests/support/app";
import { t2vBody } from "@/tests/support/bodies";
import { allRouteMethods, isPublic, isStateChanging } from "./routes";

const ROUTES = allRouteMethods();
const EVIL = "https://evil.example";
// A valid 1×1 PNG.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

describe("the route list", () => {
  it("finds the routes of the review, and public routes that still exist", () => {
    const names = ROUTES.map((r) => `${r.method} ${r.pattern}`);
    expect(names).toEqual(
      expect.arrayContaining(["POST /api/v1/teams", "POST /api/v1/teams/switch", "POST /api/v1/invitations/accept", "DELETE /api/v1/teams/current"]),
    );
    expect(ROUTES.filter(isPublic).length).toBeGreaterThanOrEqual(8);
    expect(ROUTES.length).toBeGreaterThan(50);
  });
});

describe.each(DB_KINDS)("request guards on %s", (kind) => {
  let app: TestApp;
  let owner: Client;
  let account: { teamId: string; projectId: string };
  beforeAll(async () => {
    app = await startApp(kind);
    owner = new Client(app.url);
    account = await owner.signUp("Owner", uniqueEmail("guards"));
  });
  afterAll(() => app?.stop());

  describe("credentials come before the body on every route", () => {
    const anonymous = ROUTES.filter((r) => !isPublic(r));
    const withBody = anonymous.filter((r) => r.method !== "GET" && r.method !== "HEAD");

    it.each(anonymous.map((r) => [`${r.method} ${r.path}`, r] as const))("%s with an empty body → 401", async (_name, r) => {
      const res = await fetch(app.url + r.path, { method: r.method });
      expect(res.status).toBe(401);
      if (r.method !== "HEAD") expect((await res.json()).error).toMatchObject({ code: "unauthenticated", message: expect.any(String) });
    });

    it.each(withBody.map((r) => [`${r.method} ${r.path}`, r] as const))("%s with a malformed JSON body → 401", async (_name, r) => {
      const res = await fetch(app.url + r.path, { method: r.method, headers: { "content-type": "application/json" }, body: "{" });
      expect(res.status).toBe(401);
    });

    it.each(ROUTES.filter(isPublic).map((r) => [`${r.method} ${r.path}`, r] as const))(
      "public by design: %s answers without credentials, never 5xx",
      async (_name, r) => {
        const res = await fetch(app.url + r.path, { method: r.method, redirect: "manual" });
        expect(res.status).not.toBe(401);
        expect(res.status).toBeLessThan(500);
      },
    );
  });

  describe("cookie-authenticated writes must come from the app's origin", () => {
    const writes = ROUTES.filter((r) => isStateChanging(r) && !isPublic(r));

    it.each(writes.map((r) => [`${r.method} ${r.path}`, r] as const))("%s from another origin → 403 cross_origin_request", async (_name, r) => {
      const res = await owner.fetch(r.path, { method: r.method, headers: { origin: EVIL, "content-type": "application/json" }, body: "{}" });
      expect(res.status).toBe(403);
      expect((await res.json()).error).toMatchObject({ code: "cross_origin_request", message: expect.stringContaining(app.url) });
    });

    it.each([
      ["Origin: https://evil.example", () => ({ origin: EVIL })],
      ["Origin: null", () => ({ origin: "null" })],
      ["a sibling origin on another port", () => ({ origin: app.url.replace(/:\d+$/, ":1") })],
      ["Sec-Fetch-Site: cross-site", () => ({ "sec-fetch-site": "cross-site" })],
      ["Sec-Fetch-Site: same-site", () => ({ "sec-fetch-site": "same-site" })],
    ])("deleting the team with %s is refused and the team stays", async (_label, headers) => {
      const res = await owner.fetch("/api/v1/teams/current", { method: "DELETE", headers: headers() });
      expect(res.status).toBe(403);
      expect((await res.json()).error.code).toBe("cross_origin_request");
      expect((await owner.json("/api/v1/teams/current")).body.team.id).toBe(account.teamId);
    });

    it.each([
      ["the app's own Origin", () => ({ origin: app.url })],
      ["Sec-Fetch-Site: same-origin", () => ({ "sec-fetch-site": "same-origin" })],
      ["neither header (a non-browser client)", () => ({})],
    ])("a write with %s goes through", async (_label, headers) => {
      const res = await owner.json("/api/v1/projects", { body: { name: "Same origin" }, headers: headers() });
      expect(res.status).toBe(201);
    });

    it("reads from another origin are not writes and go through", async () => {
      expect((await owner.fetch("/api/v1/projects", { headers: { origin: EVIL, "sec-fetch-site": "cross-site" } })).status).toBe(200);
    });

    it("bearer-token calls are exempt (a page cannot send the header cross-site)", async () => {
      const created = await owner.json("/api/v1/tokens", { body: { name: "CI" } });
      expect(created.status).toBe(201);
      const res = await fetch(`${app.url}/api/v1/projects`, {
        method: "POST",
        headers: { authorization: `Bearer ${created.body.token}`, origin: EVIL, "content-type": "application/json" },
        body: JSON.stringify({ name: "From CI" }),
      });
      expect(res.status).toBe(201);
    });
  });

  describe("JSON bodies only as JSON", () => {
    const X = "x";
    const JSON_ROUTES: [string, string, unknown][] = [
      ["POST", "/api/v1/teams", { name: "Plain" }],
      ["PATCH", "/api/v1/teams/current", { name: "Plain" }],
      ["POST", "/api/v1/teams/switch", { teamId: X }],
      ["POST", "/api/v1/invitations", { role: "member" }],
      ["POST", "/api/v1/invitations/accept", { token: "x".repeat(32) }],
      ["POST", "/api/v1/projects", { name: "Plain" }],
      ["PATCH", `/api/v1/projects/${X}`, { name: "Plain" }],
      ["PATCH", `/api/v1/generations/${X}`, { projectId: X }],
      ["POST", "/api/v1/generations", "t2v"],
      ["POST", "/api/v1/estimates", "t2v"],
      ["POST", `/api/v1/generations/${X}/share`, { expiresInDays: 7 }],
      ["PUT", "/api/v1/keys", { region: "singapore", apiKey: "sk-0123456789" }],
      ["PUT", "/api/v1/budgets", { currency: "USD", amount: "5" }],
      ["PUT", "/api/v1/prices", { model: "wan2.6-t2v", region: "singapore", tier: "720P", pricePerSecond: "0.1" }],
      ["POST", "/api/v1/tokens", { name: "Plain" }],
      ["POST", "/api/v1/webhooks", { url: "https://hooks.example.com/x" }],
      ["PATCH", `/api/v1/webhooks/${X}`, { active: false }],
      ["PATCH", `/api/v1/members/${X}`, { role: "viewer" }],
    ];
    const bodyText = (body: unknown) => JSON.stringify(body === "t2v" ? t2vBody(account.projectId) : body);

    it.each(
      JSON_ROUTES.flatMap(([method, path, body]) =>
        ["text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", null].map(
          (type) => [method, path, type, body] as const,
        ),
      ),
    )("%s %s as %s → 415 unsupported_media_type", async (method, path, type, body) => {
      const headers: Record<string, string> = type ? { "content-type": type } : {};
      // A Uint8Array body gets no Content-Type of its own.
      const res = await owner.fetch(path, { method, headers, body: new TextEncoder().encode(bodyText(body)) });
      expect(res.status).toBe(415);
      expect((await res.json()).error).toEqual({
        code: "unsupported_media_type",
        message: "Send the body as JSON with the header Content-Type: application/json.",
      });
    });

    it("sign-up (public) refuses text/plain too", async () => {
      const res = await fetch(`${app.url}/api/v1/signup`, {
        method: "POST",
        body: JSON.stringify({ name: "P", email: uniqueEmail(), password: "correct horse battery" }),
      });
      expect(res.status).toBe(415);
      expect((await res.json()).error.code).toBe("unsupported_media_type");
    });

    it.each(["application/json", "application/json; charset=utf-8", "application/merge-patch+json"])("accepts %s", async (type) => {
      const res = await owner.fetch("/api/v1/teams/current", {
        method: "PATCH",
        headers: { "content-type": type },
        body: JSON.stringify({ name: "Json team" }),
      });
      expect(res.status).toBe(200);
    });

    it("uploads keep their own media types", async () => {
      const res = await owner.fetch("/api/v1/uploads?name=pixel.png", { method: "POST", headers: { "content-type": "image/png" }, body: PNG });
      expect(res.status).toBe(201);
    });

    it.each([
      ["DELETE", `/api/v1/generations/${X}`],
      ["POST", `/api/v1/webhooks/deliveries/${X}/resend`],
      ["POST", "/api/v1/teams/leave"],
    ])("an empty body on %s %s (no body taken) is not a media-type error", async (method, path) => {
      const res = await owner.fetch(path, { method, headers: { "content-type": "text/plain" }, body: "" });
      expect(res.status).not.toBe(415);
      expect(res.status).toBeLessThan(500);
    });

    it("an empty body where the body is optional is an empty object", async () => {
      const res = await owner.fetch(`/api/v1/generations/${X}/share`, { method: "POST", headers: { "content-type": "text/plain" } });
      expect(res.status).toBe(404);
    });
  });
});

/** Waits until the current fixed one-minute rate-limit window has at least `ms` left. */
async function windowWithAtLeast(ms: number): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < ms) await new Promise((r) => setTimeout(r, left + 50));
}

describe.each(DB_KINDS)("outbound requests are rate limited on %s", (kind) => {
  const LIMIT = 3;
  let app: TestApp;
  beforeAll(async () => {
    app = await startApp(kind, { OUTBOUND_RATE_PER_MINUTE: String(LIMIT) });
  });
  afterAll(() => app?.stop());

  const OUTBOUND: [string, string][] = [
    ["POST", "/api/v1/estimates"],
    ["POST", "/api/v1/generations"],
    ["PUT", "/api/v1/keys"],
    ["POST", "/api/v1/webhooks"],
    ["PATCH", "/api/v1/webhooks/x"],
    ["POST", "/api/v1/webhooks/deliveries/x/resend"],
  ];

  it("every route that contacts other servers counts against OUTBOUND_RATE_PER_MINUTE: over it → 429 with Retry-After", async () => {
    const c = new Client(app.url);
    const { projectId } = await c.signUp("Prober", uniqueEmail("outbound"));
    await windowWithAtLeast(20_000);
    for (let i = 0; i < LIMIT; i++) {
      expect((await c.json("/api/v1/estimates", { body: t2vBody(projectId) })).status).toBe(200);
    }
    for (const [method, path] of OUTBOUND) {
      const res = await c.json(path, { method, body: method === "POST" && path.endsWith("generations") ? t2vBody(projectId) : {} });
      expect(res.status, `${method} ${path}`).toBe(429);
      expect(res.body.error).toMatchObject({
        code: "rate_limited",
        message: expect.stringMatching(/^Too many requests that make the server contact other sites; retry in \d+ s\.$/),
      });
      const retryAfter = Number(res.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
    }
    // Other writes and other callers keep their own budgets.
    expect((await c.json("/api/v1/projects", { body: { name: "Still fine" } })).status).toBe(201);
    const other = new Client(app.url);
    const second = await other.signUp("Other", uniqueEmail("outbound"));
    expect((await other.json("/api/v1/estimates", { body: t2vBody(second.projectId) })).status).toBe(200);
  });
});
