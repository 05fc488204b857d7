// The audit log names what each entry is about: members, projects, tokens, webhooks, budgets, keys,
// by name, looked up in the team's own data, or from the entry itself once the thing is gone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, uniqueEmail } from "@/tests/support/client";
import { DB_KINDS, startApp, type TestApp } from "@/tests/support/app";
import { join } from "@/tests/integration/admin/helpers";

interface Entry {
  action: string;
  targetType: string | null;
  targetId: string | null;
  targetName: string | null;
}

describe.each(DB_KINDS)("audit target names on %s", (kind) => {
  let app: TestApp;
  let owner: Client;
  beforeAll(async () => {
    app = await startApp(kind, { WORKER_IN_PROCESS: "false" });
    owner = new Client(app.url);
    await owner.signUp("Nora Names", uniqueEmail("names"));
  });
  afterAll(() => app?.stop());

  it("names every target by what people call it, never by its id", async () => {
    const project = (await owner.json("/api/v1/projects", { body: { name: "Spring campaign" } })).body.project;
    expect((await owner.json(`/api/v1/projects/${project.id}`, { method: "PATCH", body: { name: "Summer campaign" } })).status).toBe(200);
    expect((await owner.json("/api/v1/tokens", { body: { name: "CI pipeline" } })).status).toBe(201);
    const hook = (await owner.json("/api/v1/webhooks", { body: { url: "http://127.0.0.1:9/hooks/reelroom?secret=shh" } })).body.webhook;
    await owner.json(`/api/v1/webhooks/${hook.id}`, { method: "DELETE" });
    expect((await owner.json("/api/v1/budgets", { method: "PUT", body: { projectId: project.id, currency: "USD", amount: "5" } })).status).toBeLessThan(300);
    await join(app, owner, "member", "Mia Member");

    const { items } = (await owner.json<{ items: Entry[] }>("/api/v1/audit?limit=200")).body;
    const named = (action: string) => items.filter((e) => e.action === action).map((e) => e.targetName);
    expect(named("project.created")).toContain("Summer campaign"); // the current name
    expect(named("project.renamed")).toEqual(["Summer campaign"]);
    expect(named("token.created")).toEqual(["CI pipeline"]);
    expect(named("webhook.created")).toEqual(["http://127.0.0.1:9/hooks/reelroom"]); // gone: the recorded URL, without its query
    expect(named("webhook.deleted")).toEqual(["http://127.0.0.1:9/hooks/reelroom"]);
    expect(named("budget.changed")).toEqual(["Summer campaign"]);
    expect(named("member.joined")).toEqual(["Mia Member"]);
    expect(named("invitation.created")).toEqual(["Link for a new member"]);
    for (const e of items) if (e.targetType) expect(e.targetName, e.action).not.toBe(e.targetId);
    expect(JSON.stringify(items)).not.toContain("secret=shh");
  });
});
