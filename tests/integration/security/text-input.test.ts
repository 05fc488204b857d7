// Text the database cannot store (NUL, unpaired UTF-16 surrogates) is a 422 naming the field on
// every route and in every place text arrives — body, query, path, stored headers — never a 5xx;
// and a prompt or name without a visible character counts as empty.
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, uniqueEmail } from "@/tests/support/client";
import { DB_KINDS, startApp, type TestApp } from "@/tests/support/app";
import { t2vBody } from "@/tests/support/bodies";
import { fieldLabel } from "@/lib/rules/models/messages";
import { allRouteMethods } from "./routes";

const BAD = [
  ["an unpaired surrogate", "bad \ud800 text", /unpaired UTF-16 surrogate/],
  ["a NUL character", "bad \u0000 text", /NUL character/],
] as const;

type Body = Record<string, unknown>;
interface Ctx {
  projectId: string;
  teamId: string;
}

const r2vBody = (projectId: string): Body => ({
  projectId,
  model: "wan2.6-r2v",
  region: "singapore",
  prompt: "character1 waves",
  references: [{ url: "https://cdn.example.com/alice.mp4", type: "video" }],
  size: "1280*720",
  duration: 5,
});

// Every route that takes a JSON body, with a valid body and each of its text fields.
// Paths may name {projectId}.
const BODY_ROUTES: [method: string, path: string, body: (c: Ctx) => Body, fields: string[]][] = [
  [
    "POST",
    "/api/v1/signup",
    () => ({ name: "N", email: uniqueEmail("text"), password: "correct horse battery", teamName: "T" }),
    ["name", "email", "password", "teamName"],
  ],
  ["POST", "/api/v1/teams", () => ({ name: "Team" }), ["name"]],
  ["PATCH", "/api/v1/teams/current", () => ({ name: "Team" }), ["name"]],
  ["POST", "/api/v1/teams/switch", (c) => ({ teamId: c.teamId }), ["teamId"]],
  ["POST", "/api/v1/invitations", () => ({ role: "member", email: "invitee@example.com" }), ["role", "email"]],
  ["POST", "/api/v1/invitations/accept", () => ({ token: "x".repeat(32) }), ["token"]],
  ["POST", "/api/v1/projects", () => ({ name: "Project" }), ["name"]],
  ["PATCH", "/api/v1/projects/{projectId}", () => ({ name: "Project" }), ["name"]],
  ["PATCH", "/api/v1/generations/x", (c) => ({ projectId: c.projectId }), ["projectId"]],
  [
    "POST",
    "/api/v1/generations",
    (c) => ({ ...t2vBody(c.projectId), negativePrompt: "blurry", audioUrl: "https://cdn.example.com/a.mp3" }),
    ["prompt", "negativePrompt", "projectId", "model", "region", "size", "audioUrl"],
  ],
  ["POST", "/api/v1/generations", (c) => r2vBody(c.projectId), ["references.0.url", "references.0.type"]],
  ["POST", "/api/v1/estimates", (c) => ({ ...t2vBody(c.projectId), negativePrompt: "blurry" }), ["prompt", "negativePrompt", "projectId", "model", "size"]],
  ["POST", "/api/v1/estimates", (c) => r2vBody(c.projectId), ["references.0.url"]],
  [
    "PUT",
    "/api/v1/keys",
    () => ({ region: "singapore", apiKey: "sk-0123456789", workspaceId: "ws", baseUrl: "https://dashscope.example.com/api/v1" }),
    ["region", "apiKey", "workspaceId", "baseUrl"],
  ],
  ["PUT", "/api/v1/budgets", (c) => ({ projectId: c.projectId, currency: "USD", amount: "5" }), ["projectId", "currency", "amount"]],
  [
    "PUT",
    "/api/v1/prices",
    () => ({ model: "wan2.6-t2v", region: "singapore", tier: "720P", audio: "any", currency: "USD", pricePerSecond: "0.1", effectiveFrom: "2026-01-01" }),
    ["model", "region", "tier", "audio", "currency", "pricePerSecond", "effectiveFrom"],
  ],
  ["POST", "/api/v1/tokens", () => ({ name: "CI" }), ["name"]],
  ["POST", "/api/v1/webhooks", () => ({ url: "https://hooks.example.com/x", events: ["generation.succeeded"] }), ["url", "events.0"]],
  ["PATCH", "/api/v1/webhooks/x", () => ({ url: "https://hooks.example.com/y" }), ["url"]],
  ["PATCH", "/api/v1/members/x", () => ({ role: "viewer" }), ["role"]],
];

// Every query parameter that carries text, per route.
const QUERY_ROUTES: [method: string, path: string, params: string[]][] = [
  ["GET", "/api/v1/generations", ["q", "projectId", "model", "creatorId", "cursor", "status", "from"]],
  ["GET", "/api/v1/audit", ["action", "actorId", "cursor", "from"]],
  ["GET", "/api/v1/audit.csv", ["action", "actorId"]],
  ["GET", "/api/v1/usage", ["from", "to", "groupBy", "projectId"]],
  ["GET", "/api/v1/usage.csv", ["projectId"]],
  ["GET", "/api/v1/projects", ["includeArchived"]],
  ["GET", "/api/v1/tokens", ["includeRevoked"]],
  ["GET", "/api/v1/webhooks/x/deliveries", ["status", "cursor"]],
  ["DELETE", "/api/v1/generations/x/share", ["shareId"]],
  ["GET", "/api/v1/generations/x/video", ["download"]],
  ["POST", "/api/v1/uploads", ["name"]],
  ["GET", "/api/v1/uploads/x/file", ["sig"]],
];

function withValueAt(body: Body, path: string, value: string): Body {
  const copy = structuredClone(body);
  const keys = path.split(".");
  let at: any = copy;
  for (const key of keys.slice(0, -1)) at = at[key];
  at[keys[keys.length - 1]] = value;
  return copy;
}

/** One raw HTTP/1.1 request, for header bytes that fetch refuses to send. */
function rawRequest(url: string, lines: string[], body: Buffer): Promise<number> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => {
      socket.write(Buffer.concat([Buffer.from(lines.join("\r\n") + `\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n`, "latin1"), body]));
    });
    let answer = "";
    socket.on("data", (d) => (answer += d.toString("latin1")));
    socket.on("end", () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)));
    socket.on("error", reject);
  });
}

describe.each(DB_KINDS)("text the database cannot store, on %s", (kind) => {
  let app: TestApp;
  let owner: Client;
  let ctx: Ctx;
  beforeAll(async () => {
    // One write per route and field: far more than one caller's writes per minute (tested in request-guards.test.ts).
    app = await startApp(kind, { API_WRITE_RATE_PER_MINUTE: "100000", OUTBOUND_RATE_PER_MINUTE: "100000" });
    owner = new Client(app.url);
    ctx = await owner.signUp("Owner", uniqueEmail("text"));
  });
  afterAll(() => app?.stop());

  const bodyCases = BODY_ROUTES.flatMap(([method, path, body, fields]) =>
    fields.flatMap((field) => BAD.map(([label, value, rule]) => [method, path, field, label, body, value, rule] as const)),
  );

  it.each(bodyCases)("%s %s: body field %s with %s → 422 naming it", async (method, path, field, _label, body, value, rule) => {
    const res = await owner.json(path.replace("{projectId}", ctx.projectId), { method, body: withValueAt(body(ctx), field, value) });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("validation_failed");
    expect(res.body.error.issues).toEqual([{ path: field, message: expect.stringMatching(rule) }]);
    expect(res.body.error.issues[0].message.startsWith(`${fieldLabel(field)} contains`)).toBe(true);
  });

  it("the review's case: a prompt with a lone surrogate, sent as JSON text", async () => {
    const text = `{"projectId":"${ctx.projectId}","model":"wan2.6-t2v","region":"singapore","prompt":"bad \\ud800 text","size":"1280*720","duration":5}`;
    const res = await owner.fetch("/api/v1/generations", { method: "POST", headers: { "content-type": "application/json" }, body: text });
    expect(res.status).toBe(422);
    expect((await res.json()).error.issues[0].path).toBe("prompt");
  });

  it("a field name that is not valid text is named too", async () => {
    const res = await owner.json("/api/v1/projects", { body: { name: "P", ["bad\u0000key"]: 1 } });
    expect(res.status).toBe(422);
    expect(res.body.error.issues[0].path).toBe("bad\u0000key");
  });

  const queryCases = QUERY_ROUTES.flatMap(([method, path, params]) => params.map((param) => [method, path, param] as const));

  it.each(queryCases)("%s %s: query parameter %s with a NUL → 422 naming it", async (method, path, param) => {
    const res = await owner.json(`${path}?${param}=bad%00text`, { method });
    expect(res.status).toBe(422);
    expect(res.body.error.issues).toEqual([{ path: param, message: expect.stringMatching(/^The query parameter \w+ contains a NUL character/) }]);
  });

  it("invalid UTF-8 in a query decodes to U+FFFD, which is text", async () => {
    expect((await owner.json("/api/v1/generations?q=%ED%A0%80")).status).toBe(200);
  });

  const everyRoute = allRouteMethods().filter((r) => !r.pattern.startsWith("/api/auth/"));

  it.each(everyRoute.filter((r) => !["/api/v1/health", "/api/v1/models"].includes(r.pattern)).map((r) => [`${r.method} ${r.path}`, r] as const))(
    "%s: any query parameter with a NUL → 422 before anything runs",
    async (_name, r) => {
      const res = await owner.fetch(`${r.path}?note=%00`, { method: r.method });
      expect(res.status).toBe(422);
      if (r.method !== "HEAD") expect((await res.json()).error.issues).toEqual([{ path: "note", message: expect.stringMatching(/NUL character/) }]);
    },
  );

  const withParams = allRouteMethods("bad%00id").filter((r) => r.pattern.includes("[") && !r.pattern.startsWith("/api/auth/"));

  it.each(withParams.map((r) => [`${r.method} ${r.pattern}`, r] as const))("%s: a path segment with a NUL → 422 naming it", async (_name, r) => {
    const res = await owner.fetch(r.path, { method: r.method });
    expect(res.status).toBe(422);
    if (r.method !== "HEAD") {
      const name = /\[([^\]]+)\]/.exec(r.pattern)![1];
      expect((await res.json()).error.issues).toEqual([
        { path: name, message: expect.stringMatching(new RegExp(`^The path segment ${name} contains a NUL character`)) },
      ]);
    }
  });

  // Next.js itself answers 500 for these before any route runs; proxy.ts refuses them first.
  it.each(
    allRouteMethods("%ED%A0%80")
      .filter((r) => r.pattern.includes("[") && !r.pattern.startsWith("/api/auth/"))
      .map((r) => [`${r.method} ${r.pattern}`, r] as const),
  )("%s: a path segment of invalid UTF-8 → 422 naming the path", async (_name, r) => {
    const res = await owner.fetch(r.path, { method: r.method });
    expect(res.status).toBe(422);
    if (r.method !== "HEAD")
      expect((await res.json()).error).toMatchObject({ code: "validation_failed", issues: [{ path: "path", message: expect.stringMatching(/not UTF-8/) }] });
  });

  it("Idempotency-Key: bytes a header may carry are stored or refused, never a 5xx", async () => {
    const token = (await owner.json("/api/v1/tokens", { body: { name: "raw" } })).body.token as string;
    const body = Buffer.from(JSON.stringify(t2vBody(ctx.projectId)));
    const send = (key: Buffer) =>
      rawRequest(
        app.url,
        [
          "POST /api/v1/generations HTTP/1.1",
          `host: ${new URL(app.url).host}`,
          `authorization: Bearer ${token}`,
          "content-type: application/json",
          `idempotency-key: ${key.toString("latin1")}`,
        ],
        body,
      );
    const statuses = [
      await send(Buffer.from("key-\u0000-nul", "latin1")), // refused by the HTTP parser itself
      await send(Buffer.from([0x6b, 0xed, 0xa0, 0x80])), // UTF-8 of a lone surrogate: read as Latin-1 text
      await send(Buffer.from("caf\u00e9", "latin1")),
    ];
    for (const status of statuses) expect(status).toBeGreaterThan(0);
    for (const status of statuses) expect(status).toBeLessThan(500);
    expect(statuses.slice(1)).toEqual([201, 201]);
  });

  it("well-formed text outside ASCII is stored as sent", async () => {
    const res = await owner.json("/api/v1/projects", { body: { name: "Café 🎬 灯塔 \uFFFD" } });
    expect(res.status).toBe(201);
    expect(res.body.project.name).toBe("Café 🎬 灯塔 \uFFFD");
  });
});

describe.each(DB_KINDS)("a prompt or name with no visible character is empty, on %s", (kind) => {
  let app: TestApp;
  let owner: Client;
  let ctx: Ctx;
  beforeAll(async () => {
    app = await startApp(kind);
    owner = new Client(app.url);
    ctx = await owner.signUp("Owner", uniqueEmail("invisible"));
  });
  afterAll(() => app?.stop());

  const INVISIBLE = "\u200b\u200b \u2060\ufeff\u3164";

  it("a prompt of zero-width spaces is refused (422 naming prompt) and nothing is created or sent", async () => {
    for (const path of ["/api/v1/estimates", "/api/v1/generations"]) {
      const res = await owner.json(path, { body: t2vBody(ctx.projectId, INVISIBLE) });
      expect(res.status, path).toBe(422);
      expect(res.body.error.issues.map((i: { path: string }) => i.path)).toEqual(["prompt"]);
      expect(res.body.error.issues[0].message).toMatch(/empty/i);
    }
    expect((await owner.json(`/api/v1/generations?projectId=${ctx.projectId}`)).body.items).toEqual([]);
  });

  it.each([
    ["POST", "/api/v1/projects", "name"],
    ["POST", "/api/v1/teams", "name"],
    ["PATCH", "/api/v1/teams/current", "name"],
    ["POST", "/api/v1/tokens", "name"],
  ])("%s %s: a %s of invisible characters → 422", async (method, path, field) => {
    const res = await owner.json(path, { method, body: { [field]: INVISIBLE } });
    expect(res.status).toBe(422);
    expect(res.body.error.issues.map((i: { path: string }) => i.path)).toEqual([field]);
  });

  it("sign-up with an invisible name → 422 naming name", async () => {
    const res = await new Client(app.url).json("/api/v1/signup", { body: { name: INVISIBLE, email: uniqueEmail(), password: "correct horse battery" } });
    expect(res.status).toBe(422);
    expect(res.body.error.issues.map((i: { path: string }) => i.path)).toEqual(["name"]);
  });
});
