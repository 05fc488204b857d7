import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import { Client, uniqueEmail } from "@/tests/support/client";
import { DB_KINDS, startApp, type TestApp } from "@/tests/support/app";
import { t2vBody, waitForStatus } from "@/tests/support/generations";
import { bearer, createToken, join } from "@/tests/integration/admin/helpers";

// Role × route matrix for the generation, sharing, upload and cost routes: the four roles of team A,
// the owner of another team ("stranger", who only ever sees team A's ids, so 404) and an anonymous
// caller. Viewers browse and download but create or change nothing; members create and manage
// their own generations; admins and owners manage any; another team's ids are 404, never 403.
const WHO = ["anonymous", "stranger", "viewer", "member", "admin", "owner"] as const;
type Who = (typeof WHO)[number];
type Creator = "member" | "admin" | "owner";

// A valid 1×1 PNG.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

interface Ctx {
  projectId: string;
  /** A second project of team A, the destination of moves. */
  otherProjectId: string;
  strangerProjectId: string;
  /** Archived generations of team A by their creator, and one of the stranger's team. */
  archived: Record<Creator, string>;
  strangerGeneration: string;
  /** A member's generation that failed at the provider: never archived. */
  failed: string;
  /** Generations each role deletes in the DELETE cases: their own, and (admin, owner) someone else's. */
  disposable: Record<Creator, string>;
  othersDisposable: Record<"admin" | "owner", string>;
  /** A live share of the member's archived generation, and one of the owner's. */
  memberShareId: string;
  ownerShareId: string;
  shareToken: string;
  revokedShareToken: string;
  uploadId: string;
  uploadSig: string;
  budgetId: string;
  priceId: string;
}
type Store = Record<string, string>;

interface Case {
  name?: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: (ctx: Ctx, who: Who, store: Store) => string;
  body?: (ctx: Ctx) => unknown;
  raw?: { contentType: string; body: Buffer };
  expect: [anonymous: number, stranger: number, viewer: number, member: number, admin: number, owner: number];
  keep?: (body: any, store: Store) => void;
  /** Extra checks on a 2xx answer; returns a problem or null. */
  check?: (body: any, ctx: Ctx, who: Who) => string | null;
}

const p = (path: string) => () => path;
const g =
  (pick: (c: Ctx, who: Who) => string, suffix = "") =>
  (c: Ctx, who: Who) =>
    `/api/v1/generations/${pick(c, who)}${suffix}`;
/** The caller's own archived generation (viewers and strangers: the member's). */
const own = (c: Ctx, who: Who) => (who === "member" || who === "admin" || who === "owner" ? c.archived[who] : c.archived.member);
/** Someone else's archived generation: the member acts on the owner's, everyone else on the member's. */
const foreign = (c: Ctx, who: Who) => (who === "member" ? c.archived.owner : c.archived.member);
const memberGen = (c: Ctx) => c.archived.member;

const itemsOf = (body: any): string[] => body.items.map((i: { id: string }) => i.id);
const scopeIs = (body: any, _c: Ctx, who: Who) => {
  const want = who === "admin" || who === "owner" || who === "stranger" ? "team" : "own";
  return body.scope === want ? null : `scope ${body.scope}, expected ${want}`;
};

const CASES: Case[] = [
  // the catalog and estimates
  { method: "GET", path: p("/api/v1/models"), expect: [200, 200, 200, 200, 200, 200] },
  { method: "POST", path: p("/api/v1/estimates"), body: (c) => t2vBody(c.projectId), expect: [401, 404, 200, 200, 200, 200] },
  // creating and listing
  { method: "POST", path: p("/api/v1/generations"), body: (c) => t2vBody(c.projectId, "Matrix fox"), expect: [401, 404, 403, 201, 201, 201] },
  {
    method: "GET",
    path: p("/api/v1/generations?limit=100"),
    expect: [401, 200, 200, 200, 200, 200],
    check: (b, c, who) => {
      const ids = itemsOf(b);
      if (who === "stranger")
        return ids.includes(c.archived.member) ? "lists team A's generations" : ids.includes(c.strangerGeneration) ? null : "misses its own generation";
      return ids.includes(c.archived.owner) && ids.includes(c.archived.member) && !ids.includes(c.strangerGeneration)
        ? null
        : "not exactly team A's generations";
    },
  },
  // one generation
  { method: "GET", path: g(memberGen), expect: [401, 404, 200, 200, 200, 200] },
  { name: "GET another team's generation", method: "GET", path: g((c) => c.strangerGeneration), expect: [401, 200, 404, 404, 404, 404] },
  { method: "GET", path: g(memberGen, "/events"), expect: [401, 404, 200, 200, 200, 200] },
  { name: "move own", method: "PATCH", path: g(own), body: (c) => ({ projectId: c.otherProjectId }), expect: [401, 404, 403, 200, 200, 200] },
  { name: "move someone else's", method: "PATCH", path: g(foreign), body: (c) => ({ projectId: c.otherProjectId }), expect: [401, 404, 403, 403, 200, 200] },
  {
    name: "move own into another team's project",
    method: "PATCH",
    path: g(own),
    body: (c) => ({ projectId: c.strangerProjectId }),
    expect: [401, 404, 403, 404, 404, 404],
  },
  // videos
  { method: "GET", path: g(memberGen, "/video"), expect: [401, 404, 200, 200, 200, 200] },
  { name: "video of a generation never archived", method: "GET", path: g((c) => c.failed, "/video"), expect: [401, 404, 404, 404, 404, 404] },
  // share links
  { method: "GET", path: g(memberGen, "/share"), expect: [401, 404, 200, 200, 200, 200] },
  {
    name: "share own",
    method: "POST",
    path: g(own, "/share"),
    body: () => ({ expiresInDays: 7 }),
    expect: [401, 404, 403, 201, 201, 201],
    keep: (b, s) => (s.share = b.share.id),
  },
  {
    name: "share someone else's",
    method: "POST",
    path: g(foreign, "/share"),
    body: () => ({}),
    expect: [401, 404, 403, 403, 201, 201],
    keep: (b, s) => (s.foreignShare = b.share.id),
  },
  { name: "share a generation never archived", method: "POST", path: g((c) => c.failed, "/share"), body: () => ({}), expect: [401, 404, 403, 409, 409, 409] },
  {
    name: "revoke own share",
    method: "DELETE",
    path: (c, who, s) => `/api/v1/generations/${own(c, who)}/share?shareId=${s.share ?? c.memberShareId}`,
    expect: [401, 404, 403, 200, 200, 200],
  },
  {
    name: "revoke a share of someone else's",
    method: "DELETE",
    path: (c, who, s) =>
      who === "member"
        ? `/api/v1/generations/${c.archived.owner}/share?shareId=${c.ownerShareId}`
        : `/api/v1/generations/${c.archived.member}/share?shareId=${s.foreignShare ?? c.memberShareId}`,
    expect: [401, 404, 403, 403, 200, 200],
  },
  { name: "shared video (public)", method: "GET", path: (c) => `/api/v1/shares/${c.shareToken}/video`, expect: [200, 200, 200, 200, 200, 200] },
  {
    name: "shared video, forged token",
    method: "GET",
    path: (c) => `/api/v1/shares/${c.shareToken.split(".")[0]}.${"A".repeat(32)}/video`,
    expect: [404, 404, 404, 404, 404, 404],
  },
  { name: "shared video, revoked link", method: "GET", path: (c) => `/api/v1/shares/${c.revokedShareToken}/video`, expect: [404, 404, 404, 404, 404, 404] },
  // reference uploads
  { method: "POST", path: p("/api/v1/uploads?name=pixel.png"), raw: { contentType: "image/png", body: PNG }, expect: [401, 201, 403, 201, 201, 201] },
  {
    name: "uploaded file, signed (public)",
    method: "GET",
    path: (c) => `/api/v1/uploads/${c.uploadId}/file?sig=${c.uploadSig}`,
    expect: [200, 200, 200, 200, 200, 200],
  },
  {
    name: "uploaded file, bad signature",
    method: "GET",
    path: (c) => `/api/v1/uploads/${c.uploadId}/file?sig=${"A".repeat(c.uploadSig.length)}`,
    expect: [404, 404, 404, 404, 404, 404],
  },
  { name: "uploaded file, no signature", method: "GET", path: (c) => `/api/v1/uploads/${c.uploadId}/file`, expect: [404, 404, 404, 404, 404, 404] },
  // demo samples
  { method: "GET", path: p("/api/v1/simulator/samples"), expect: [401, 200, 200, 200, 200, 200] },
  // usage, budgets, prices
  { method: "GET", path: p("/api/v1/usage?groupBy=user"), expect: [401, 200, 200, 200, 200, 200], check: scopeIs },
  { method: "GET", path: p("/api/v1/usage.csv"), expect: [401, 200, 200, 200, 200, 200] },
  { method: "GET", path: p("/api/v1/budgets"), expect: [401, 200, 200, 200, 200, 200] },
  // The admin creates the team's CNY budget and removes it again, then the owner does the same.
  {
    method: "PUT",
    path: p("/api/v1/budgets"),
    body: () => ({ projectId: null, currency: "CNY", amount: "1000" }),
    expect: [401, 201, 403, 403, 201, 201],
    keep: (b, s) => (s.budget = b.budget.id),
  },
  {
    name: "budget for another team's project",
    method: "PUT",
    path: p("/api/v1/budgets"),
    body: (c) => ({ projectId: c.strangerProjectId, currency: "CNY", amount: "5" }),
    expect: [401, 201, 403, 403, 404, 404],
  },
  {
    method: "DELETE",
    path: (c, who, s) => `/api/v1/budgets/${s.budget && (who === "admin" || who === "owner") ? s.budget : c.budgetId}`,
    expect: [401, 404, 403, 403, 200, 200],
  },
  { method: "GET", path: p("/api/v1/prices"), expect: [401, 200, 200, 200, 200, 200] },
  {
    method: "PUT",
    path: p("/api/v1/prices"),
    body: () => ({ model: "wan2.5-t2v-preview", region: "singapore", tier: "480P", pricePerSecond: "0.05" }),
    expect: [401, 201, 403, 403, 201, 201],
    keep: (b, s) => (s.price = b.price.override.id),
  },
  {
    method: "DELETE",
    path: (c, who, s) => `/api/v1/prices/${s.price && (who === "admin" || who === "owner") ? s.price : c.priceId}`,
    expect: [401, 404, 403, 403, 200, 200],
  },
  // deleting generations comes last (the viewer and the stranger aim at the member's archived one)
  {
    name: "delete own",
    method: "DELETE",
    path: g((c, who) => (who === "member" || who === "admin" || who === "owner" ? c.disposable[who] : c.archived.member)),
    expect: [401, 404, 403, 200, 200, 200],
  },
  {
    name: "delete someone else's",
    method: "DELETE",
    path: g((c, who) => (who === "member" ? c.archived.owner : who === "admin" || who === "owner" ? c.othersDisposable[who] : c.archived.member)),
    expect: [401, 404, 403, 403, 200, 200],
  },
];

async function shareOf(c: Client, generationId: string) {
  const res = await c.json(`/api/v1/generations/${generationId}/share`, { body: {} });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { id: res.body.share.id as string, token: new URL(res.body.share.url).pathname.split("/").pop()! };
}

async function generate(c: Client, projectId: string, prompt: string): Promise<string> {
  const res = await c.json("/api/v1/generations", { body: t2vBody(projectId, prompt) });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.generation.id;
}

describe.each(DB_KINDS)("role × route matrix for generations and costs on %s", (kind) => {
  let sim: RunningSimulator;
  let app: TestApp;
  const clients = {} as Record<Who, Client>;
  let ctx: Ctx;

  beforeAll(async () => {
    sim = await startSimulator({ pendingMs: 100, runningMs: 200 });
    app = await startApp(kind, {
      DASHSCOPE_API_KEY: "sk-test-singapore",
      DASHSCOPE_REGION: "singapore",
      DASHSCOPE_BASE_URL: sim.baseUrlTemplate,
      SIMULATOR: "off",
    });
    clients.owner = new Client(app.url);
    const account = await clients.owner.signUp("Matrix Owner", uniqueEmail("owner"));
    clients.admin = await join(app, clients.owner, "admin");
    clients.member = await join(app, clients.owner, "member");
    clients.viewer = await join(app, clients.owner, "viewer");
    clients.stranger = new Client(app.url);
    const strangerAccount = await clients.stranger.signUp("Stranger", uniqueEmail("stranger"));
    clients.anonymous = new Client(app.url);

    const projectId = account.projectId;
    const other = await clients.owner.json("/api/v1/projects", { body: { name: "Matrix moves" } });
    expect(other.status).toBe(201);
    const archived = {
      member: await generate(clients.member, projectId, "Member's lighthouse"),
      admin: await generate(clients.admin, projectId, "Admin's lighthouse"),
      owner: await generate(clients.owner, projectId, "Owner's lighthouse"),
    };
    const disposable = {
      member: await generate(clients.member, projectId, "Member's to delete"),
      admin: await generate(clients.admin, projectId, "Admin's to delete"),
      owner: await generate(clients.owner, projectId, "Owner's to delete"),
    };
    const othersDisposable = {
      admin: await generate(clients.member, projectId, "Member's, for the admin to delete"),
      owner: await generate(clients.admin, projectId, "Admin's, for the owner to delete"),
    };
    const failed = await generate(clients.member, projectId, "A cat [sim:fail=DataInspectionFailed]");
    const strangerGeneration = await generate(clients.stranger, strangerAccount.projectId, "Stranger's lighthouse");
    for (const [c, id] of [
      [clients.member, archived.member],
      [clients.admin, archived.admin],
      [clients.owner, archived.owner],
      [clients.member, disposable.member],
      [clients.admin, disposable.admin],
      [clients.owner, disposable.owner],
      [clients.member, othersDisposable.admin],
      [clients.admin, othersDisposable.owner],
      [clients.stranger, strangerGeneration],
    ] as const) {
      expect((await waitForStatus(c, id, ["succeeded", "failed"])).status).toBe("succeeded");
    }
    expect((await waitForStatus(clients.member, failed, ["succeeded", "failed"])).status).toBe("failed");

    const memberShare = await shareOf(clients.member, archived.member);
    const ownerShare = await shareOf(clients.owner, archived.owner);
    const revoked = await shareOf(clients.member, archived.member);
    const revoke = await clients.member.json(`/api/v1/generations/${archived.member}/share?shareId=${revoked.id}`, { method: "DELETE" });
    expect(revoke.status).toBe(200);

    const uploaded = await clients.member.fetch("/api/v1/uploads?name=fixture.png", { method: "POST", headers: { "content-type": "image/png" }, body: PNG });
    expect(uploaded.status).toBe(201);
    const upload = (await uploaded.json()).upload;
    const budget = await clients.owner.json("/api/v1/budgets", { method: "PUT", body: { projectId: other.body.project.id, currency: "CNY", amount: "1000" } });
    expect(budget.status, JSON.stringify(budget.body)).toBe(201);
    const price = await clients.owner.json("/api/v1/prices", {
      method: "PUT",
      body: { model: "wan2.6-t2v", region: "singapore", tier: "1080P", pricePerSecond: "0.15" },
    });
    expect(price.status, JSON.stringify(price.body)).toBe(201);

    ctx = {
      projectId,
      otherProjectId: other.body.project.id,
      strangerProjectId: strangerAccount.projectId,
      archived,
      strangerGeneration,
      failed,
      disposable,
      othersDisposable,
      memberShareId: memberShare.id,
      ownerShareId: ownerShare.id,
      shareToken: memberShare.token,
      revokedShareToken: revoked.token,
      uploadId: upload.id,
      uploadSig: new URL(upload.url).searchParams.get("sig")!,
      budgetId: budget.body.budget.id,
      priceId: price.body.price.override.id,
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
        const payload = c.raw
          ? { headers: { "content-type": c.raw.contentType }, body: new Uint8Array(c.raw.body) }
          : c.body
            ? { headers: { "content-type": "application/json" }, body: JSON.stringify(c.body(ctx)) }
            : {};
        const raw = await clients[who].fetch(path, { method: c.method, ...payload });
        const isJson = raw.headers.get("content-type")?.includes("json");
        const text = isJson ? await raw.text() : `<${raw.headers.get("content-type")}, ${(await raw.arrayBuffer()).byteLength} bytes>`;
        const res = { status: raw.status, body: isJson ? JSON.parse(text) : text };
        const label = `${who} ${c.name ? `[${c.name}] ` : ""}${c.method} ${path}`;
        if (res.status !== c.expect[index]) mismatches.push(`${label}: ${res.status} (expected ${c.expect[index]}) ${JSON.stringify(res.body)?.slice(0, 200)}`);
        else if (res.status < 300) {
          c.keep?.(res.body, store);
          const problem = c.check?.(res.body, ctx, who);
          if (problem) mismatches.push(`${label}: ${problem}`);
        }
        if (res.status >= 400) expect(res.body?.error?.code, label).toBeTruthy();
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("serves a generation's video only once it is archived (404 before, 200 after)", async () => {
    const id = await generate(clients.member, ctx.projectId, "Video appears later");
    const early = await clients.viewer.fetch(`/api/v1/generations/${id}/video`);
    expect(early.status).toBe(404);
    expect((await early.json()).error.code).toBe("not_found");
    await waitForStatus(clients.member, id, ["succeeded"]);
    for (const who of ["viewer", "member", "admin", "owner"] as const) {
      const res = await clients[who].fetch(`/api/v1/generations/${id}/video`);
      expect(res.status, who).toBe(200);
      expect(res.headers.get("content-type")).toBe("video/mp4");
      await res.arrayBuffer();
    }
    expect((await clients.stranger.fetch(`/api/v1/generations/${id}/video`)).status).toBe(404);
  });

  it("an API token acts with its owner's current role: a member demoted to viewer can no longer change their own generations", async () => {
    const person = await join(app, clients.owner, "member", "Demoted Dana");
    const { token } = await createToken(person, "dana's script");
    const script = bearer(app, token);
    const created = await script.json("/api/v1/generations", { body: t2vBody(ctx.projectId, "Dana's lighthouse") });
    expect(created.status).toBe(201);
    const id = created.body.generation.id;
    await waitForStatus(person, id, ["succeeded"]);
    const shares = { session: await shareOf(person, id), token: await shareOf(person, id) };

    const members = (await clients.owner.json("/api/v1/members")).body.members as { id: string; user: { name: string } }[];
    const dana = members.find((m) => m.user.name === "Demoted Dana")!;
    expect((await clients.owner.json(`/api/v1/members/${dana.id}`, { method: "PATCH", body: { role: "viewer" } })).status).toBe(200);

    const problems: string[] = [];
    const attempt = async (label: string, want: number, call: Promise<{ status: number; body: any }>) => {
      const res = await call;
      if (res.status !== want) problems.push(`${label}: ${res.status} (expected ${want}) ${JSON.stringify(res.body)?.slice(0, 160)}`);
    };
    for (const [via, c] of [
      ["session", person],
      ["token", script],
    ] as const) {
      await attempt(`${via} POST /generations`, 403, c.json("/api/v1/generations", { body: t2vBody(ctx.projectId, "Not any more") }));
      await attempt(`${via} PATCH own generation`, 403, c.json(`/api/v1/generations/${id}`, { method: "PATCH", body: { projectId: ctx.otherProjectId } }));
      await attempt(`${via} POST own share`, 403, c.json(`/api/v1/generations/${id}/share`, { body: {} }));
      await attempt(`${via} DELETE own share`, 403, c.json(`/api/v1/generations/${id}/share?shareId=${shares[via].id}`, { method: "DELETE" }));
      await attempt(`${via} DELETE own generation`, 403, c.json(`/api/v1/generations/${id}`, { method: "DELETE" }));
      await attempt(`${via} GET own generation`, 200, c.json(`/api/v1/generations/${id}`));
    }
    const video = await person.fetch(`/api/v1/generations/${id}/video`);
    expect(video.status).toBe(200);
    await video.arrayBuffer();
    expect(problems).toEqual([]);
  });
});
