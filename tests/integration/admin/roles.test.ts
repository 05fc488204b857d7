import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/adapters/db/client";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import { Client, uniqueEmail } from "@/tests/support/client";
import { DB_KINDS, startApp, type TestApp } from "@/tests/support/app";
import { createToken, join } from "@/tests/integration/admin/helpers";

// Role × route matrix: every admin route added here and the foundation's team routes, for the
// four roles of team A, the owner of another team ("stranger") and an anonymous caller.
const WHO = ["anonymous", "stranger", "viewer", "member", "admin", "owner"] as const;
type Who = (typeof WHO)[number];

interface Ctx {
  projectId: string;
  viewerMembershipId: string;
  memberTokenId: string;
  webhookId: string;
  deliveryId: string;
  invitationId: string;
}
type Store = Record<string, string>;

interface Case {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: (ctx: Ctx, who: Who, store: Store) => string;
  body?: unknown;
  expect: [anonymous: number, stranger: number, viewer: number, member: number, admin: number, owner: number];
  keep?: (body: any, store: Store) => void;
}

const p = (path: string) => () => path;
/** Admins and owners act on the item they created in an earlier case; the others on team A's shared one. */
const mineOr = (key: string, base: string, shared: (c: Ctx) => string) => (c: Ctx, who: Who, s: Store) =>
  `${base}/${who === "admin" || who === "owner" ? s[key] : shared(c)}`;

const CASES: Case[] = [
  // foundation
  { method: "GET", path: p("/api/v1/teams"), expect: [401, 200, 200, 200, 200, 200] },
  { method: "GET", path: p("/api/v1/teams/current"), expect: [401, 200, 200, 200, 200, 200] },
  { method: "PATCH", path: p("/api/v1/teams/current"), body: { name: "Team A" }, expect: [401, 200, 403, 403, 200, 200] },
  { method: "GET", path: p("/api/v1/members"), expect: [401, 200, 200, 200, 200, 200] },
  { method: "PATCH", path: (c) => `/api/v1/members/${c.viewerMembershipId}`, body: { role: "viewer" }, expect: [401, 404, 403, 403, 200, 200] },
  { method: "GET", path: p("/api/v1/invitations"), expect: [401, 200, 403, 403, 200, 200] },
  {
    method: "POST",
    path: p("/api/v1/invitations"),
    body: { role: "viewer" },
    expect: [401, 201, 403, 403, 201, 201],
    keep: (b, s) => (s.invitation = b.invitation.id),
  },
  { method: "DELETE", path: mineOr("invitation", "/api/v1/invitations", (c) => c.invitationId), expect: [401, 404, 403, 403, 200, 200] },
  { method: "GET", path: p("/api/v1/projects"), expect: [401, 200, 200, 200, 200, 200] },
  { method: "POST", path: p("/api/v1/projects"), body: { name: "Matrix" }, expect: [401, 201, 403, 201, 201, 201] },
  { method: "GET", path: (c) => `/api/v1/projects/${c.projectId}`, expect: [401, 404, 200, 200, 200, 200] },
  { method: "PATCH", path: (c) => `/api/v1/projects/${c.projectId}`, body: { name: "First project" }, expect: [401, 404, 403, 200, 200, 200] },
  // provider keys
  { method: "GET", path: p("/api/v1/keys"), expect: [401, 200, 403, 403, 200, 200] },
  { method: "PUT", path: p("/api/v1/keys"), body: { region: "singapore", apiKey: "sk-singapore-matrix0001" }, expect: [401, 200, 403, 403, 200, 200] },
  { method: "DELETE", path: p("/api/v1/keys/singapore"), expect: [401, 200, 403, 403, 200, 200] },
  // API tokens
  { method: "GET", path: p("/api/v1/tokens"), expect: [401, 200, 200, 200, 200, 200] },
  { method: "POST", path: p("/api/v1/tokens"), body: { name: "matrix" }, expect: [401, 201, 201, 201, 201, 201] },
  { method: "DELETE", path: (c) => `/api/v1/tokens/${c.memberTokenId}`, expect: [401, 404, 404, 200, 200, 200] },
  // webhooks
  { method: "GET", path: p("/api/v1/webhooks"), expect: [401, 200, 403, 403, 200, 200] },
  {
    method: "POST",
    path: p("/api/v1/webhooks"),
    body: { url: "http://127.0.0.1:9/matrix" },
    expect: [401, 201, 403, 403, 201, 201],
    keep: (b, s) => (s.webhook = b.webhook.id),
  },
  { method: "PATCH", path: (c) => `/api/v1/webhooks/${c.webhookId}`, body: { includeCost: true }, expect: [401, 404, 403, 403, 200, 200] },
  { method: "GET", path: (c) => `/api/v1/webhooks/${c.webhookId}/deliveries`, expect: [401, 404, 403, 403, 200, 200] },
  { method: "POST", path: (c) => `/api/v1/webhooks/deliveries/${c.deliveryId}/resend`, expect: [401, 404, 403, 403, 201, 201] },
  { method: "DELETE", path: mineOr("webhook", "/api/v1/webhooks", (c) => c.webhookId), expect: [401, 404, 403, 403, 200, 200] },
  // audit log and the API description
  { method: "GET", path: p("/api/v1/audit"), expect: [401, 200, 403, 403, 200, 200] },
  { method: "GET", path: p("/api/v1/audit.csv"), expect: [401, 200, 403, 403, 200, 200] },
  { method: "GET", path: p("/api/v1/openapi.json"), expect: [200, 200, 200, 200, 200, 200] },
];

describe.each(DB_KINDS)("role × route matrix on %s", (kind) => {
  let sim: RunningSimulator;
  let app: TestApp;
  const clients = {} as Record<Who, Client>;
  let ctx: Ctx;
  beforeAll(async () => {
    sim = await startSimulator();
    app = await startApp(kind, { DASHSCOPE_BASE_URL: sim.baseUrlTemplate, WORKER_IN_PROCESS: "false" });
    clients.owner = new Client(app.url);
    const account = await clients.owner.signUp("Matrix Owner", uniqueEmail("owner"));
    clients.admin = await join(app, clients.owner, "admin");
    clients.member = await join(app, clients.owner, "member");
    clients.viewer = await join(app, clients.owner, "viewer");
    clients.stranger = new Client(app.url);
    await clients.stranger.signUp("Stranger", uniqueEmail("stranger"));
    clients.anonymous = new Client(app.url);

    const members = (await clients.owner.json("/api/v1/members")).body.members as { id: string; role: string }[];
    const hook = await clients.owner.json("/api/v1/webhooks", { body: { url: "http://127.0.0.1:9/shared" } });
    const invitation = await clients.owner.json("/api/v1/invitations", { body: { role: "member" } });
    const db = createDb(app.databaseUrl);
    const delivery = await db.webhookDelivery.create({
      data: { webhookId: hook.body.webhook.id, generationId: "g-matrix", event: "generation.succeeded", payload: "{}", status: "failed" },
    });
    await db.$disconnect();
    ctx = {
      projectId: account.projectId,
      viewerMembershipId: members.find((m) => m.role === "viewer")!.id,
      memberTokenId: (await createToken(clients.member, "member's")).id,
      webhookId: hook.body.webhook.id,
      deliveryId: delivery.id,
      invitationId: invitation.body.invitation.id,
    };
  });
  afterAll(async () => {
    await app?.stop();
    await sim?.close();
  });

  it("answers each caller with the expected status", async () => {
    const mismatches: string[] = [];
    for (const [index, who] of WHO.entries()) {
      const store: Store = {};
      for (const c of CASES) {
        const path = c.path(ctx, who, store);
        const raw = await clients[who].fetch(path, {
          method: c.method,
          ...(c.body !== undefined && { headers: { "content-type": "application/json" }, body: JSON.stringify(c.body) }),
        });
        const text = await raw.text();
        const res = { status: raw.status, body: raw.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text };
        if (res.status !== c.expect[index])
          mismatches.push(`${who} ${c.method} ${path}: ${res.status} (expected ${c.expect[index]}) ${JSON.stringify(res.body)?.slice(0, 160)}`);
        else if (res.status < 300) c.keep?.(res.body, store);
        if (res.status >= 400) expect(res.body?.error?.code, `${who} ${c.method} ${path}`).toBeTruthy();
      }
    }
    expect(mismatches).toEqual([]);
  });
});
