import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/adapters/db/client";
import { Client, uniqueEmail } from "@/tests/support/client";
import { DB_KINDS, startApp, type TestApp } from "@/tests/support/app";
import { join } from "@/tests/integration/admin/helpers";
import { parseCsv } from "@/tests/support/csv";

const TEAM_NAME = 'Acme, "Studio" Ltd';

describe.each(DB_KINDS)("audit log on %s", (kind) => {
  let app: TestApp;
  let owner: Client;
  let ownerId: string;
  beforeAll(async () => {
    app = await startApp(kind, { WORKER_IN_PROCESS: "false" });
    owner = new Client(app.url);
    ownerId = (await owner.signUp("Audit Owner", uniqueEmail("audit"))).user.id;
  });
  afterAll(() => app?.stop());

  it("records key, token and webhook changes next to the foundation's events; filters and pages", async () => {
    expect((await owner.json("/api/v1/teams/current", { method: "PATCH", body: { name: TEAM_NAME } })).status).toBe(200);
    const token = await owner.json("/api/v1/tokens", { body: { name: "audit token" } });
    await owner.json(`/api/v1/tokens/${token.body.apiToken.id}`, { method: "DELETE" });
    const hook = await owner.json("/api/v1/webhooks", { body: { url: "http://127.0.0.1:9/audit?secret=shh" } });
    await owner.json(`/api/v1/webhooks/${hook.body.webhook.id}`, { method: "DELETE" });
    const member = await join(app, owner, "member", '=HYPERLINK("http://evil")');

    const all = await owner.json("/api/v1/audit");
    expect(all.status).toBe(200);
    const actions = all.body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(["team.renamed", "token.created", "token.revoked", "webhook.created", "webhook.deleted", "invitation.created", "member.joined"]),
    );
    expect(JSON.stringify(all.body)).not.toContain(token.body.token);
    expect(JSON.stringify(all.body)).not.toContain("secret=shh");
    expect(all.body.items[0].createdAt >= all.body.items[all.body.items.length - 1].createdAt).toBe(true);

    const tokens = (await owner.json("/api/v1/audit?action=token.")).body.items;
    expect(tokens.map((e: { action: string }) => e.action).sort()).toEqual(["token.created", "token.revoked"]);
    expect(tokens[0].actor).toMatchObject({ id: ownerId, name: "Audit Owner" });

    const mine = (await owner.json(`/api/v1/audit?actorId=${ownerId}`)).body.items;
    expect(mine.every((e: { actor: { id: string } }) => e.actor.id === ownerId)).toBe(true);
    expect(mine.map((e: { action: string }) => e.action)).not.toContain("member.joined");

    const today = new Date().toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect((await owner.json(`/api/v1/audit?to=${yesterday}`)).body.items).toHaveLength(0);
    expect((await owner.json(`/api/v1/audit?from=${today}&to=${today}`)).body.items.length).toBe(all.body.items.length);
    const bad = await owner.json("/api/v1/audit?from=yesterday");
    expect(bad.status).toBe(422);
    expect(bad.body.error.issues[0].path).toBe("from");

    const first = (await owner.json("/api/v1/audit?limit=2")).body;
    expect(first.items).toHaveLength(2);
    const second = (await owner.json(`/api/v1/audit?limit=2&cursor=${first.nextCursor}`)).body;
    expect(second.items).toHaveLength(2);
    expect(second.items.map((e: { id: string }) => e.id)).not.toContain(first.items[1].id);
    expect([...first.items, ...second.items].map((e: { id: string }) => e.id)).toEqual(all.body.items.slice(0, 4).map((e: { id: string }) => e.id));

    expect((await member.json("/api/v1/audit")).status).toBe(403);
    expect((await member.json("/api/v1/audit.csv")).status).toBe(403);
  });

  it("exports RFC 4180 CSV: quotes commas and quotes, CRLF, formulas neutralized", async () => {
    const res = await owner.fetch("/api/v1/audit.csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"/);
    const text = await res.text();
    expect(text.includes("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "").includes("\n")).toBe(false);
    expect(text).toContain('Acme, \\""Studio\\"" Ltd'); // JSON-escaped quotes, each doubled by CSV
    expect(text).toContain('"\'=HYPERLINK(""http://evil"")"');
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(["time", "action", "actor_id", "actor_email", "actor_name", "target_type", "target_id", "ip", "data"]);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
    const renamed = rows.find((r) => r[1] === "team.renamed")!;
    expect(JSON.parse(renamed[8])).toMatchObject({ to: TEAM_NAME });
    expect(renamed[4]).toBe("Audit Owner");
    const joined = rows.find((r) => r[1] === "member.joined")!;
    expect(joined[4]).toBe('\'=HYPERLINK("http://evil")');

    const filtered = parseCsv(await (await owner.fetch("/api/v1/audit.csv?action=token.")).text());
    expect(
      filtered
        .slice(1)
        .map((r) => r[1])
        .sort(),
    ).toEqual(["token.created", "token.revoked"]);
  });

  it("never shows another team's events", async () => {
    const other = new Client(app.url);
    await other.signUp("Other", uniqueEmail("other"));
    await other.json("/api/v1/projects", { body: { name: "Elsewhere" } });
    const db = createDb(app.databaseUrl);
    const foreign = await db.auditEvent.findFirstOrThrow({ where: { action: "project.created" }, orderBy: { createdAt: "desc" } });
    await db.$disconnect();
    const items = (await owner.json("/api/v1/audit?limit=200")).body.items.map((e: { id: string }) => e.id);
    expect(items).not.toContain(foreign.id);
    expect((await owner.json(`/api/v1/audit?cursor=${foreign.id}`)).status).toBe(422);
  });
});
