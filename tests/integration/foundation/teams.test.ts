import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, uniqueEmail } from "@/tests/support/client";
import { DB_KINDS, startApp, type TestApp } from "@/tests/support/app";
import { createDb } from "@/lib/adapters/db/client";

async function invite(owner: Client, role: string) {
  const res = await owner.json("/api/v1/invitations", { body: { role } });
  expect(res.status).toBe(201);
  return new URL(res.body.invitation.url).pathname.split("/").pop()!;
}

async function join(app: TestApp, owner: Client, role: string) {
  const token = await invite(owner, role);
  const c = new Client(app.url);
  await c.signUp(`${role} person`, uniqueEmail(role));
  const accepted = await c.json("/api/v1/invitations/accept", { body: { token } });
  expect(accepted.status).toBe(200);
  return c;
}

describe.each(DB_KINDS)("teams, invitations, roles and projects on %s", (kind) => {
  let app: TestApp;
  let owner: Client;
  let ownerAccount: { teamId: string; projectId: string };
  beforeAll(async () => {
    app = await startApp(kind);
    owner = new Client(app.url);
    ownerAccount = await owner.signUp("Owner", uniqueEmail("owner"));
  });
  afterAll(() => app?.stop());

  it("invite link → second user accepts → sees the team's projects with their role", async () => {
    const member = await join(app, owner, "member");
    const team = await member.json("/api/v1/teams/current");
    expect(team.body.team).toMatchObject({ id: ownerAccount.teamId, role: "member" });
    const teams = await member.json("/api/v1/teams");
    expect(teams.body.teams).toHaveLength(2);
    const projects = await member.json("/api/v1/projects");
    expect(projects.body.projects.map((p: { id: string }) => p.id)).toContain(ownerAccount.projectId);
  });

  it("refuses a reused, revoked or unknown invitation", async () => {
    const token = await invite(owner, "viewer");
    const first = new Client(app.url);
    await first.signUp("First", uniqueEmail());
    expect((await first.json("/api/v1/invitations/accept", { body: { token } })).status).toBe(200);
    const second = new Client(app.url);
    await second.signUp("Second", uniqueEmail());
    const reused = await second.json("/api/v1/invitations/accept", { body: { token } });
    expect(reused.status).toBe(410);
    expect(reused.body.error.message).toMatch(/already used/);
    const unknown = await second.json("/api/v1/invitations/accept", { body: { token: "x".repeat(32) } });
    expect(unknown.status).toBe(404);
    const list = await owner.json("/api/v1/invitations");
    const revokedToken = await invite(owner, "member");
    const fresh = (await owner.json("/api/v1/invitations")).body.invitations.find(
      (i: { id: string }) => !list.body.invitations.some((j: { id: string }) => j.id === i.id),
    );
    expect((await owner.json(`/api/v1/invitations/${fresh.id}`, { method: "DELETE" })).status).toBe(200);
    expect((await second.json("/api/v1/invitations/accept", { body: { token: revokedToken } })).status).toBe(410);
  });

  it("refuses an expired invitation", async () => {
    const token = await invite(owner, "member");
    const db = createDb(app.databaseUrl);
    await db.invitation.updateMany({
      where: { teamId: ownerAccount.teamId, acceptedAt: null, revokedAt: null },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await db.$disconnect();
    const c = new Client(app.url);
    await c.signUp("Late", uniqueEmail());
    const res = await c.json("/api/v1/invitations/accept", { body: { token } });
    expect(res.status).toBe(410);
    expect(res.body.error.message).toMatch(/expired/);
  });

  it("enforces roles: viewers read only, members cannot manage people, admins cannot touch owners", async () => {
    const viewer = await join(app, owner, "viewer");
    expect((await viewer.json("/api/v1/projects")).status).toBe(200);
    const create = await viewer.json("/api/v1/projects", { body: { name: "Nope" } });
    expect(create.status).toBe(403);
    expect(create.body.error.code).toBe("forbidden");
    const member = await join(app, owner, "member");
    expect((await member.json("/api/v1/invitations", { body: { role: "viewer" } })).status).toBe(403);
    expect((await member.json("/api/v1/projects", { body: { name: "Member project" } })).status).toBe(201);
    const admin = await join(app, owner, "admin");
    const members = (await admin.json("/api/v1/members")).body.members as { id: string; role: string }[];
    const ownerRow = members.find((m) => m.role === "owner")!;
    expect((await admin.json(`/api/v1/members/${ownerRow.id}`, { method: "PATCH", body: { role: "member" } })).status).toBe(403);
    expect((await admin.json("/api/v1/invitations", { body: { role: "admin" } })).status).toBe(403);
    const viewerRow = members.find((m) => m.role === "viewer")!;
    expect((await admin.json(`/api/v1/members/${viewerRow.id}`, { method: "PATCH", body: { role: "member" } })).status).toBe(200);
    expect((await admin.json(`/api/v1/members/${viewerRow.id}`, { method: "PATCH", body: { role: "boss" } })).status).toBe(422);
  });

  it("keeps at least one owner", async () => {
    const c = new Client(app.url);
    await c.signUp("Solo", uniqueEmail("solo"));
    const leave = await c.json("/api/v1/teams/leave", { method: "POST" });
    expect(leave.status).toBe(409);
    expect(leave.body.error.message).toMatch(/at least one owner/);
    const me = (await c.json("/api/v1/members")).body.members[0];
    const demote = await c.json(`/api/v1/members/${me.id}`, { method: "PATCH", body: { role: "admin" } });
    expect(demote.status).toBe(409);
  });

  it("answers 404 for another team's project and member ids", async () => {
    const stranger = new Client(app.url);
    await stranger.signUp("Stranger", uniqueEmail("stranger"));
    const res = await stranger.json(`/api/v1/projects/${ownerAccount.projectId}`);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("not_found");
    const patch = await stranger.json(`/api/v1/projects/${ownerAccount.projectId}`, { method: "PATCH", body: { name: "mine" } });
    expect(patch.status).toBe(404);
    const switched = await stranger.json("/api/v1/teams/switch", { body: { teamId: ownerAccount.teamId } });
    expect(switched.status).toBe(404);
  });

  it("creates, renames and archives projects; validates names", async () => {
    const created = await owner.json("/api/v1/projects", { body: { name: "Spring campaign" }, headers: { "x-forwarded-for": "203.0.113.7" } });
    expect(created.status).toBe(201);
    const id = created.body.project.id;
    const db = createDb(app.databaseUrl);
    const audit = await db.auditEvent.findFirst({ where: { action: "project.created", targetId: id } });
    await db.$disconnect();
    expect(audit?.ip).toBe("203.0.113.7");
    expect((await owner.json(`/api/v1/projects/${id}`, { method: "PATCH", body: { name: "Spring 2027" } })).body.project.name).toBe("Spring 2027");
    expect((await owner.json(`/api/v1/projects/${id}`, { method: "PATCH", body: { archived: true } })).body.project.archivedAt).toBeTruthy();
    const active = (await owner.json("/api/v1/projects")).body.projects.map((p: { id: string }) => p.id);
    expect(active).not.toContain(id);
    const all = (await owner.json("/api/v1/projects?includeArchived=true")).body.projects.map((p: { id: string }) => p.id);
    expect(all).toContain(id);
    const bad = await owner.json("/api/v1/projects", { body: { name: "x".repeat(101) } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.issues[0].path).toBe("name");
    const unknown = await owner.json("/api/v1/projects", { body: { name: "ok", color: "red" } });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.message).toMatch(/Unknown field/);
  });
});
