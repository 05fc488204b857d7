import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, uniqueEmail } from "@/tests/support/client";
import { DB_KINDS, startApp, type TestApp } from "@/tests/support/app";
import { createDb } from "@/lib/adapters/db/client";

describe.each(DB_KINDS)("sign-up and sign-in on %s", (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startApp(kind, { SIGNIN_MAX_ATTEMPTS: "3" });
  });
  afterAll(() => app?.stop());

  it("creates the user, an owned team and a default project, then signs in", async () => {
    const c = new Client(app.url);
    const email = uniqueEmail("ada");
    const account = await c.signUp("Ada Lovelace", email);
    const projects = await c.json("/api/v1/projects");
    expect(projects.status).toBe(200);
    expect(projects.body.projects.map((p: { id: string }) => p.id)).toEqual([account.projectId]);
    const team = await c.json("/api/v1/teams/current");
    expect(team.body.team).toMatchObject({ id: account.teamId, role: "owner", name: "Ada Lovelace's team" });
  });

  it.each([
    [{ name: "A", email: "not-an-email", password: "correct horse battery" }, 422, "email"],
    [{ name: "A", email: uniqueEmail(), password: "short" }, 422, "password"],
    [{ name: "A", email: uniqueEmail(), password: "aaaaaaaaaaaa" }, 422, "password"],
    [{ name: "x".repeat(101), email: uniqueEmail(), password: "correct horse battery" }, 422, "name"],
    [{ name: "A", email: `${"x".repeat(250)}@example.com`, password: "correct horse battery" }, 422, "email"],
    [{ name: "", email: uniqueEmail(), password: "correct horse battery" }, 422, "name"],
  ])("refuses bad input %j with a message naming the field", async (body, status, field) => {
    const c = new Client(app.url);
    const res = await c.json("/api/v1/signup", { body });
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe("validation_failed");
    expect(res.body.error.issues.map((i: { path: string }) => i.path)).toContain(field);
  });

  it("refuses an existing email with 409 and leaves no partial rows", async () => {
    const db = createDb(app.databaseUrl);
    const email = uniqueEmail("dup");
    await new Client(app.url).signUp("First", email);
    const before = { users: await db.user.count(), teams: await db.team.count(), projects: await db.project.count() };
    const res = await new Client(app.url).json("/api/v1/signup", { body: { name: "Second", email: email.toUpperCase(), password: "correct horse battery" } });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/already exists/);
    expect({ users: await db.user.count(), teams: await db.team.count(), projects: await db.project.count() }).toEqual(before);
    await db.$disconnect();
  });

  it("answers malformed JSON with 400 and unknown routes' auth with 401", async () => {
    const c = new Client(app.url);
    const bad = await c.fetch("/api/v1/signup", { method: "POST", headers: { "content-type": "application/json" }, body: "{nope" });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe("malformed_json");
    const anon = await c.json("/api/v1/projects");
    expect(anon.status).toBe(401);
    expect(anon.body.error.code).toBe("unauthenticated");
  });

  it("rejects a wrong password and rate-limits repeated attempts, recording audit events", async () => {
    const email = uniqueEmail("limited");
    await new Client(app.url).signUp("Limited", email);
    for (let i = 0; i < 3; i++) expect(await new Client(app.url).signIn(email, "wrong password 123")).toBe(false);
    // Fourth attempt is throttled even with the right password.
    expect(await new Client(app.url).signIn(email, "correct horse battery")).toBe(false);
    const db = createDb(app.databaseUrl);
    expect(await db.auditEvent.count({ where: { action: "auth.signin_failed", targetId: email } })).toBe(3);
    expect(await db.auditEvent.count({ where: { action: "auth.signin_throttled", targetId: email } })).toBeGreaterThanOrEqual(1);
    await db.$disconnect();
  });

  it("signs out", async () => {
    const c = new Client(app.url);
    await c.signUp("Out", uniqueEmail("out"));
    const { body } = await c.json<{ csrfToken: string }>("/api/auth/csrf");
    await c.fetch("/api/auth/signout", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken: body.csrfToken, json: "true" }),
    });
    expect((await c.json("/api/v1/projects")).status).toBe(401);
  });
});
