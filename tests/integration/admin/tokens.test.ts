import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/adapters/db/client";
import { hashApiToken } from "@/lib/platform/auth/api-token";
import { Client, uniqueEmail } from "@/tests/support/client";
import { DB_KINDS, startApp, type TestApp } from "@/tests/support/app";
import { awayFromMinuteBoundary, bearer, createToken, join } from "@/tests/integration/admin/helpers";

describe.each(DB_KINDS)("API tokens on %s", (kind) => {
  let app: TestApp;
  let owner: Client;
  let account: { teamId: string; projectId: string };
  beforeAll(async () => {
    app = await startApp(kind);
    owner = new Client(app.url);
    account = await owner.signUp("Token Owner", uniqueEmail("tokens"));
  });
  afterAll(() => app?.stop());

  it("create → use as Bearer → last used is set → revoke → 401", async () => {
    const { token, id } = await createToken(owner, "CI pipeline");
    expect(token).toMatch(/^rr_/);
    const listed = await owner.json("/api/v1/tokens");
    const row = listed.body.tokens.find((t: { id: string }) => t.id === id);
    expect(row).toMatchObject({ name: "CI pipeline", lastUsedAt: null, mine: true });
    expect(JSON.stringify(listed.body)).not.toContain(token);

    const api = bearer(app, token);
    const projects = await api.json("/api/v1/projects");
    expect(projects.status).toBe(200);
    expect(projects.body.projects.map((p: { id: string }) => p.id)).toContain(account.projectId);
    const after = (await owner.json("/api/v1/tokens")).body.tokens.find((t: { id: string }) => t.id === id);
    expect(after.lastUsedAt).toBeTruthy();

    const db = createDb(app.databaseUrl);
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id } });
    await db.$disconnect();
    expect(stored.tokenHash).toBe(hashApiToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    const revoked = await owner.json(`/api/v1/tokens/${id}`, { method: "DELETE" });
    expect(revoked.status).toBe(200);
    expect(revoked.body.apiToken.revokedAt).toBeTruthy();
    const refused = await api.json("/api/v1/projects");
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe("unauthenticated");
    expect((await owner.json(`/api/v1/tokens/${id}`, { method: "DELETE" })).status).toBe(200); // idempotent
    expect((await owner.json("/api/v1/tokens")).body.tokens.map((t: { id: string }) => t.id)).not.toContain(id);
    expect((await owner.json("/api/v1/tokens?includeRevoked=true")).body.tokens.map((t: { id: string }) => t.id)).toContain(id);
  });

  it("a token of team A cannot read team B's project (404)", async () => {
    const other = new Client(app.url);
    const b = await other.signUp("Other Team", uniqueEmail("other"));
    const { token } = await createToken(owner);
    const res = await bearer(app, token).json(`/api/v1/projects/${b.projectId}`);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("not_found");
    const patch = await bearer(app, token).json(`/api/v1/projects/${b.projectId}`, { method: "PATCH", body: { name: "mine" } });
    expect(patch.status).toBe(404);
  });

  it("a viewer's token reads but cannot create a project (403)", async () => {
    const viewer = await join(app, owner, "viewer");
    const { token } = await createToken(viewer);
    const api = bearer(app, token);
    expect((await api.json("/api/v1/projects")).status).toBe(200);
    const res = await api.json("/api/v1/projects", { body: { name: "Nope" } });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("forbidden");
  });

  it("a token cannot mint another token; names are validated", async () => {
    const { token } = await createToken(owner);
    const res = await bearer(app, token).json("/api/v1/tokens", { body: { name: "child" } });
    expect(res.status).toBe(403);
    const empty = await owner.json("/api/v1/tokens", { body: { name: "  " } });
    expect(empty.status).toBe(422);
    expect(empty.body.error.issues[0].path).toBe("name");
    const unknown = await owner.json("/api/v1/tokens", { body: { name: "x", scope: "all" } });
    expect(unknown.status).toBe(422);
  });

  it("members see and revoke only their own tokens; admins see and revoke any in the team", async () => {
    const member = await join(app, owner, "member");
    const admin = await join(app, owner, "admin");
    const mine = await createToken(member, "member script");
    const ownerToken = await createToken(owner, "owner script");

    const memberList = (await member.json("/api/v1/tokens")).body.tokens;
    expect(memberList.map((t: { id: string }) => t.id)).toEqual([mine.id]);
    expect((await member.json(`/api/v1/tokens/${ownerToken.id}`, { method: "DELETE" })).status).toBe(404);

    const adminList = (await admin.json("/api/v1/tokens")).body.tokens;
    const memberRow = adminList.find((t: { id: string }) => t.id === mine.id);
    expect(memberRow).toMatchObject({ mine: false, user: { name: "member person" } });
    expect((await admin.json(`/api/v1/tokens/${mine.id}`, { method: "DELETE" })).status).toBe(200);
    expect((await bearer(app, mine.token).json("/api/v1/projects")).status).toBe(401);

    const stranger = new Client(app.url);
    await stranger.signUp("Stranger", uniqueEmail("stranger"));
    expect((await stranger.json(`/api/v1/tokens/${ownerToken.id}`, { method: "DELETE" })).status).toBe(404);
  });

  it("records token.created and token.revoked in the audit log", async () => {
    const { id } = await createToken(owner, "audited");
    await owner.json(`/api/v1/tokens/${id}`, { method: "DELETE" });
    const events = (await owner.json("/api/v1/audit?action=token.")).body.items.filter((e: { targetId: string }) => e.targetId === id);
    expect(events.map((e: { action: string }) => e.action).sort()).toEqual(["token.created", "token.revoked"]);
    expect(JSON.stringify(events)).not.toMatch(/rr_[A-Za-z0-9_-]{20}/);
  });
});

describe("write rate limit per token", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startApp("sqlite", { API_WRITE_RATE_PER_MINUTE: "3" });
  });
  afterAll(() => app?.stop());

  it("answers 429 with Retry-After after the budget, per token", async () => {
    const owner = new Client(app.url);
    await owner.signUp("Rate Owner", uniqueEmail("rate"));
    await awayFromMinuteBoundary();
    const { token } = await createToken(owner); // 1 of the session's 3
    const api = bearer(app, token);
    for (let i = 0; i < 3; i++) {
      const ok = await api.json("/api/v1/webhooks", { body: { url: `http://127.0.0.1:9/hook-${i}` } });
      expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    }
    const limited = await api.json("/api/v1/webhooks", { body: { url: "http://127.0.0.1:9/hook-x" } });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe("rate_limited");
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await api.json("/api/v1/webhooks")).status).toBe(200); // reads are not limited
    expect((await owner.json("/api/v1/tokens", { body: { name: "second" } })).status).toBe(201); // the session has its own budget
  });
});
