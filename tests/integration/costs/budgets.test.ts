// Monthly budgets end to end: the submit that would pass one is refused (402) and nothing is
// inserted or sent; roles, other teams, audit and validation; on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DB_KINDS } from "@/tests/support/app";
import { Client, uniqueEmail } from "@/tests/support/client";
import { join, startCostsApp, stopCostsApp, submit, t2v, type CostsEnv } from "./helpers";

describe.each(DB_KINDS)("budgets on %s", (kind) => {
  const env: Partial<CostsEnv> = {};
  let owner: Client;
  let account: { teamId: string; projectId: string };

  beforeAll(async () => {
    Object.assign(env, await startCostsApp(kind));
    owner = new Client(env.app!.url);
    account = await owner.signUp("Budget Owner", uniqueEmail("budget"));
  });
  afterAll(() => stopCostsApp(env));

  it("refuses the generation that would pass the project's budget, with the numbers, and inserts nothing", async () => {
    const put = await owner.json("/api/v1/budgets", { method: "PUT", body: { projectId: account.projectId, currency: "USD", amount: "0.60" } });
    expect(put.status, JSON.stringify(put.body)).toBe(201);
    expect(put.body.budget).toMatchObject({
      scope: "project",
      projectId: account.projectId,
      projectName: "First project",
      currency: "USD",
      amount: "0.6",
      committed: "0",
      percentUsed: 0,
    });

    const estimate = await owner.json("/api/v1/estimates", { body: t2v(account.projectId) });
    expect(estimate.body.budgets).toEqual([{ scope: "project", currency: "USD", limit: "0.6", committed: "0", remaining: "0.6" }]);

    const first = await submit(owner, t2v(account.projectId, "First within budget"));
    expect(first.status, JSON.stringify(first.body)).toBe(201);

    const second = await submit(owner, t2v(account.projectId, "Second over budget"));
    expect(second.status).toBe(402);
    expect(second.body.error.code).toBe("budget_exceeded");
    expect(second.body.error.message).toContain("$0.50");
    expect(second.body.error.message).toContain("$0.60");
    expect(second.body.error.message).toContain("$0.10 is left");

    const list = await owner.json(`/api/v1/generations?projectId=${account.projectId}`);
    expect(list.body.items.map((g: { prompt: string }) => g.prompt)).toEqual(["First within budget"]);
    expect(env.sim!.stats().tasks.filter((t) => t.prompt === "Second over budget")).toHaveLength(0);

    const budgets = await owner.json("/api/v1/budgets");
    expect(budgets.body.budgets).toEqual([expect.objectContaining({ amount: "0.6", committed: "0.5", remaining: "0.1", percentUsed: 83.3 })]);

    // Raising it replaces the same budget, and the next generation fits again.
    const raised = await owner.json("/api/v1/budgets", { method: "PUT", body: { projectId: account.projectId, currency: "USD", amount: "1.00" } });
    expect(raised.status).toBe(200);
    expect(raised.body.budget.id).toBe(put.body.budget.id);
    expect((await submit(owner, t2v(account.projectId, "Fits after the raise"))).status).toBe(201);

    const audit = await owner.json("/api/v1/audit?action=budget.");
    const changes = audit.body.items.filter((e: { action: string }) => e.action === "budget.changed").map((e: { data: unknown }) => e.data);
    expect(changes).toEqual([
      expect.objectContaining({ currency: "USD", old: "0.6", new: "1" }),
      expect.objectContaining({ scope: "project", old: null, new: "0.6" }),
    ]);
  });

  it("counts a team budget across projects, in its own currency only", async () => {
    await owner.json("/api/v1/budgets", { method: "PUT", body: { projectId: account.projectId, currency: "USD", amount: "10" } });
    const team = await owner.json("/api/v1/budgets", { method: "PUT", body: { projectId: null, currency: "USD", amount: "1.2" } });
    expect(team.status).toBe(201);
    expect(team.body.budget).toMatchObject({ scope: "team", committed: "1", percentUsed: 83.3 });
    const cny = await owner.json("/api/v1/budgets", { method: "PUT", body: { currency: "CNY", amount: "0.01" } });
    expect(cny.body.budget).toMatchObject({ scope: "team", currency: "CNY", committed: "0" });
    const over = await submit(owner, t2v(account.projectId, "Over the team budget"));
    expect(over.status).toBe(402);
    expect(over.body.error.message).toMatch(/team's monthly budget of \$1\.20/);
    expect((await owner.json(`/api/v1/budgets/${team.body.budget.id}`, { method: "DELETE" })).status).toBe(200);
    expect((await owner.json(`/api/v1/budgets/${cny.body.budget.id}`, { method: "DELETE" })).status).toBe(200);
    const audit = await owner.json("/api/v1/audit?action=budget.deleted");
    expect(audit.body.items).toHaveLength(2);
  });

  it("lets only owners and admins change budgets and hides other teams' budgets", async () => {
    const viewer = await join(env.app!, owner, "viewer");
    const member = await join(env.app!, owner, "member");
    const admin = await join(env.app!, owner, "admin");
    const body = { projectId: null, currency: "USD", amount: "50" };
    expect((await viewer.client.json("/api/v1/budgets", { method: "PUT", body })).status).toBe(403);
    expect((await member.client.json("/api/v1/budgets", { method: "PUT", body })).status).toBe(403);
    const byAdmin = await admin.client.json("/api/v1/budgets", { method: "PUT", body });
    expect(byAdmin.status).toBe(201);
    expect((await viewer.client.json("/api/v1/budgets")).body.budgets.length).toBeGreaterThan(0);
    expect((await member.client.json(`/api/v1/budgets/${byAdmin.body.budget.id}`, { method: "DELETE" })).status).toBe(403);

    const stranger = new Client(env.app!.url);
    const theirs = await stranger.signUp("Stranger", uniqueEmail("stranger"));
    expect((await stranger.json("/api/v1/budgets")).body.budgets).toEqual([]);
    expect((await stranger.json(`/api/v1/budgets/${byAdmin.body.budget.id}`, { method: "DELETE" })).status).toBe(404);
    expect((await stranger.json("/api/v1/budgets", { method: "PUT", body: { ...body, projectId: account.projectId } })).status).toBe(404);
    expect((await owner.json("/api/v1/budgets", { method: "PUT", body: { ...body, projectId: theirs.projectId } })).status).toBe(404);
    expect((await owner.json("/api/v1/budgets")).body.budgets.some((b: { id: string }) => b.id === byAdmin.body.budget.id)).toBe(true);
  });

  it("refuses malformed budgets with 422 naming the field", async () => {
    const cases: [unknown, string][] = [
      [{ currency: "USD", amount: 25 }, "amount"],
      [{ currency: "USD", amount: "-5" }, "amount"],
      [{ currency: "USD", amount: "0" }, "amount"],
      [{ currency: "USD", amount: "1.1234567" }, "amount"],
      [{ currency: "EUR", amount: "5" }, "currency"],
      [{ amount: "5" }, "currency"],
      [{ currency: "USD", amount: "5", color: "red" }, ""],
    ];
    for (const [body, path] of cases) {
      const res = await owner.json("/api/v1/budgets", { method: "PUT", body });
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.error.issues.map((i: { path: string }) => i.path)).toContain(path);
    }
  });
});
