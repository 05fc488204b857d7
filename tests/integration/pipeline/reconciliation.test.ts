// Reconciliation with the provider over real HTTP: a team key on the simulator, a task made with
// that key outside Reelroom, a generation whose task the provider does not know, and a finished
// task whose video was lost here. The check runs on demand (POST), the usage report counts the
// outside task apart, and only owners and admins see any of it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/adapters/db/client";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import { DB_KINDS, startApp, type TestApp } from "@/tests/support/app";
import { Client, uniqueEmail } from "@/tests/support/client";
import { t2vBody, waitForStatus } from "@/tests/support/generations";
import { join } from "@/tests/integration/admin/helpers";
import { clientFor, t2v } from "@/tests/integration/dashscope/helpers";

const KEY = "sk-reconcile-team-000000000001";

describe.each(DB_KINDS)("reconciliation on %s", (kind) => {
  let sim: RunningSimulator;
  let app: TestApp;
  let owner: Client;
  let projectId: string;

  beforeAll(async () => {
    sim = await startSimulator({ pendingMs: 50, runningMs: 50 });
    app = await startApp(kind, { DASHSCOPE_BASE_URL: sim.baseUrlTemplate, SIMULATOR: "off" });
    owner = new Client(app.url);
    projectId = (await owner.signUp("Rita Reconciler", uniqueEmail("recon"))).projectId;
    const saved = await owner.json("/api/v1/keys", { method: "PUT", body: { region: "singapore", apiKey: KEY } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
    await sim?.close();
  });

  it("finds outside tasks, unknown tasks and lost videos, and the usage report counts outside tasks apart", async () => {
    const ids: string[] = [];
    for (const prompt of ["A fox in the snow", "A heron at dawn"]) {
      const res = await owner.json("/api/v1/generations", { method: "POST", body: t2vBody(projectId, prompt) });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      ids.push(res.body.generation.id);
    }
    for (const id of ids) await waitForStatus(owner, id, ["succeeded"]);
    const [lost, unknown] = ids;
    const outside = await clientFor(sim, "singapore", KEY).createTask(t2v());

    // The lost video: the provider finished it, but here it expired. The unknown task: a task id the provider never made.
    const db = createDb(app.databaseUrl);
    const original = await db.generation.findUniqueOrThrow({ where: { id: unknown } });
    await db.generation.update({ where: { id: lost }, data: { status: "expired" } });
    await db.generation.update({ where: { id: unknown }, data: { providerTaskId: "task-nobody-knows", submittedAt: new Date(Date.now() - 3_600_000) } });
    await db.$disconnect();

    const checked = await owner.json("/api/v1/reconciliation", { method: "POST" });
    expect(checked.status, JSON.stringify(checked.body)).toBe(200);
    const account = checked.body.accounts.find((a: { keySource: string; region: string }) => a.keySource === "team" && a.region === "singapore");
    expect(account).toMatchObject({ status: "checked", error: null, outsideCounted: true, window: { complete: true } });
    expect(account.account).toBe(`Team key …${KEY.slice(-4)}`);
    const outsideIds = account.outside.map((t: { taskId: string }) => t.taskId);
    // The task the tampered generation really made is now linked to none, so it is outside too.
    expect(outsideIds.sort()).toEqual([outside.taskId, original.providerTaskId].sort());
    expect(account.unknown).toEqual([{ generationId: unknown, taskId: "task-nobody-knows", status: "succeeded" }]);
    expect(account.unarchived).toEqual([expect.objectContaining({ generationId: lost, status: "expired" })]);

    const listed = await owner.json("/api/v1/reconciliation");
    expect(listed.body.accounts).toEqual(checked.body.accounts);

    const today = new Date().toISOString().slice(0, 10);
    const usage = await owner.json(`/api/v1/usage?from=${today}&to=${today}&groupBy=model`);
    expect(usage.status).toBe(200);
    expect(usage.body.outsideTasks).toEqual({ count: 2, byModel: [{ model: "wan2.6-t2v", count: 2 }] });
    // Counted apart: the team's own rows still count its two generations only.
    expect(usage.body.rows.reduce((n: number, r: { generations: number }) => n + r.generations, 0)).toBe(2);

    // A second check keeps each outside task once.
    await owner.json("/api/v1/reconciliation", { method: "POST" });
    expect((await owner.json(`/api/v1/usage?from=${today}&to=${today}&groupBy=model`)).body.outsideTasks.count).toBe(2);
  });

  it("is for owners and admins only, and never shows another team's accounts", async () => {
    const member = await join(app, owner, "member", "Mo Member");
    expect((await member.json("/api/v1/reconciliation")).status).toBe(403);
    expect((await member.json("/api/v1/reconciliation", { method: "POST" })).status).toBe(403);
    expect((await member.json(`/api/v1/usage?groupBy=model`)).body.outsideTasks).toBeNull();
    const stranger = new Client(app.url);
    await stranger.signUp("Sam Stranger", uniqueEmail("recon-other"));
    const theirs = await stranger.json("/api/v1/reconciliation", { method: "POST" });
    expect(theirs.status).toBe(200);
    expect(theirs.body.accounts).toEqual([]);
  });
});

describe.each(DB_KINDS)("the worker reconciles on its own on %s", (kind) => {
  let sim: RunningSimulator;
  let app: TestApp;

  beforeAll(async () => {
    sim = await startSimulator({ pendingMs: 50, runningMs: 50 });
    app = await startApp(kind, { DASHSCOPE_BASE_URL: sim.baseUrlTemplate, SIMULATOR: "off", RECONCILE_INTERVAL_MS: "1000" });
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
    await sim?.close();
  });

  it("checks each account of the team every RECONCILE_INTERVAL_MS without being asked", async () => {
    const owner = new Client(app.url);
    await owner.signUp("Wes Worker", uniqueEmail("recon-worker"));
    expect((await owner.json("/api/v1/keys", { method: "PUT", body: { region: "singapore", apiKey: KEY } })).status).toBe(200);
    const outside = await clientFor(sim, "singapore", KEY).createTask(t2v());
    const deadline = Date.now() + 20_000;
    let accounts: { status: string; outside: { taskId: string }[]; checkedAt: string | null }[] = [];
    while (Date.now() < deadline) {
      accounts = (await owner.json("/api/v1/reconciliation")).body.accounts;
      if (accounts[0]?.outside.some((t) => t.taskId === outside.taskId)) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(accounts).toHaveLength(1);
    expect(accounts[0]).toMatchObject({ status: "checked", outside: [expect.objectContaining({ taskId: outside.taskId })] });
    const first = accounts[0].checkedAt;
    await new Promise((r) => setTimeout(r, 2_500));
    expect((await owner.json("/api/v1/reconciliation")).body.accounts[0].checkedAt).not.toBe(first);
  });
});
