// Fair share: with one provider slot (PROVIDER_CONCURRENCY=1), member A queues 20 and then member B
// queues 2. B's first job must be among the next 2 dispatches, every job must dispatch, and each
// member's jobs must leave in the order they were queued. Also the queue positions shown before
// the worker starts, and who may set a project's priority.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import { DB_KINDS, startApp, stopChild, type TestApp } from "@/tests/support/app";
import { Client, uniqueEmail } from "@/tests/support/client";
import { t2vBody } from "@/tests/support/generations";
import { startWorkerProcess, type WorkerProcess } from "@/tests/support/worker";
import { join } from "@/tests/integration/admin/helpers";

type Item = { id: string; prompt: string; status: string; submittedAt: string | null; queuePosition: number | null; estimatedStartAt: string | null };

async function all(c: Client, projectId: string): Promise<Item[]> {
  const res = await c.json(`/api/v1/generations?projectId=${projectId}&limit=100`);
  expect(res.status).toBe(200);
  return res.body.items;
}

describe.each(DB_KINDS)("fair share on %s", (kind) => {
  let sim: RunningSimulator;
  let app: TestApp;
  let worker: WorkerProcess | undefined;
  let owner: Client;
  let member: Client;
  let projectId: string;

  beforeAll(async () => {
    sim = await startSimulator({ pendingMs: 50, runningMs: 50 });
    app = await startApp(kind, {
      DASHSCOPE_API_KEY: "sk-test-singapore",
      DASHSCOPE_REGION: "singapore",
      DASHSCOPE_BASE_URL: sim.baseUrlTemplate,
      SIMULATOR: "off",
      WORKER_IN_PROCESS: "false",
      PROVIDER_CONCURRENCY: "1",
    });
    owner = new Client(app.url);
    projectId = (await owner.signUp("Alice", uniqueEmail("fair-a"))).projectId;
    member = await join(app, owner, "member", "Bob");
  }, 60_000);
  afterAll(async () => {
    if (worker) await stopChild(worker.child);
    await app?.stop();
    await sim?.close();
  });

  it("lets only admins set a project's priority", async () => {
    const refused = await member.json(`/api/v1/projects/${projectId}`, { method: "PATCH", body: { priority: "high" } });
    expect(refused.status).toBe(403);
    const invalid = await owner.json(`/api/v1/projects/${projectId}`, { method: "PATCH", body: { priority: "urgent" } });
    expect(invalid.status).toBe(422);
    expect(JSON.stringify(invalid.body.error)).toContain("priority");
    const set = await owner.json(`/api/v1/projects/${projectId}`, { method: "PATCH", body: { priority: "low" } });
    expect(set.status).toBe(200);
    expect(set.body.project.priority).toBe("low");
    const back = await owner.json(`/api/v1/projects/${projectId}`, { method: "PATCH", body: { priority: "normal" } });
    expect(back.body.project.priority).toBe("normal");
  });

  it("dispatches round-robin across members, each member in submit order, and shows queue positions", async () => {
    const a = Array.from({ length: 20 }, (_, i) => `A-${String(i + 1).padStart(2, "0")} a lighthouse at dusk`);
    const b = Array.from({ length: 2 }, (_, i) => `B-${String(i + 1).padStart(2, "0")} a lighthouse at dusk`);
    for (const prompt of a) expect((await owner.json("/api/v1/generations", { body: t2vBody(projectId, prompt) })).status).toBe(201);
    for (const prompt of b) expect((await member.json("/api/v1/generations", { body: t2vBody(projectId, prompt) })).status).toBe(201);

    // Before any dispatch: A-01, B-01, A-02, B-02, A-03 … (round n of every member before round n + 1).
    const queued = await all(owner, projectId);
    const position = new Map(queued.map((g) => [g.prompt.slice(0, 4), g.queuePosition]));
    expect([position.get("A-01"), position.get("B-01"), position.get("A-02"), position.get("B-02"), position.get("A-03"), position.get("A-20")]).toEqual([
      1, 2, 3, 4, 5, 22,
    ]);
    const first = queued.find((g) => g.prompt.startsWith("A-01"))!;
    const last = queued.find((g) => g.prompt.startsWith("A-20"))!;
    expect(first.estimatedStartAt).not.toBeNull();
    expect(new Date(last.estimatedStartAt!).getTime()).toBeGreaterThan(new Date(first.estimatedStartAt!).getTime());
    const one = await owner.json(`/api/v1/generations/${last.id}`);
    expect(one.body.queuePosition).toBe(22);

    worker = startWorkerProcess(app, { PROVIDER_CONCURRENCY: "1" });
    const deadline = Date.now() + 150_000;
    let items = await all(owner, projectId);
    while (items.some((g) => !g.submittedAt) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
      items = await all(owner, projectId);
    }
    expect(items.filter((g) => !g.submittedAt).map((g) => g.prompt)).toEqual([]);
    const order = [...items].sort((x, y) => new Date(x.submittedAt!).getTime() - new Date(y.submittedAt!).getTime()).map((g) => g.prompt.slice(0, 4));
    expect(order.indexOf("B-01")).toBeLessThan(2);
    expect(order.filter((p) => p.startsWith("A"))).toEqual(a.map((p) => p.slice(0, 4)));
    expect(order.filter((p) => p.startsWith("B"))).toEqual(["B-01", "B-02"]);
    for (const g of items.filter((x) => x.status !== "queued")) expect(g.queuePosition).toBeNull();
  }, 200_000);

  it("sends a high-priority project's job ahead of everything queued before it", async () => {
    if (worker) await stopChild(worker.child);
    worker = undefined;
    const urgent = await owner.json("/api/v1/projects", { body: { name: "Launch day" } });
    expect(urgent.status).toBe(201);
    const urgentId = urgent.body.project.id;
    expect((await owner.json(`/api/v1/projects/${urgentId}`, { method: "PATCH", body: { priority: "high" } })).status).toBe(200);
    for (const n of [1, 2, 3]) expect((await member.json("/api/v1/generations", { body: t2vBody(projectId, `N-0${n} a calm lake`) })).status).toBe(201);
    const high = await owner.json("/api/v1/generations", { body: t2vBody(urgentId, "H-01 fireworks over the bay") });
    expect(high.status).toBe(201);
    expect((await owner.json(`/api/v1/generations/${high.body.generation.id}`)).body.queuePosition).toBe(1);

    worker = startWorkerProcess(app, { PROVIDER_CONCURRENCY: "1" });
    const deadline = Date.now() + 60_000;
    let items = [...(await all(owner, projectId)), ...(await all(owner, urgentId))].filter((g) => /^[NH]-/.test(g.prompt));
    while (items.some((g) => !g.submittedAt) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 300));
      items = [...(await all(owner, projectId)), ...(await all(owner, urgentId))].filter((g) => /^[NH]-/.test(g.prompt));
    }
    const order = [...items].sort((x, y) => new Date(x.submittedAt!).getTime() - new Date(y.submittedAt!).getTime()).map((g) => g.prompt.slice(0, 4));
    expect(order).toEqual(["H-01", "N-01", "N-02", "N-03"]);
  }, 90_000);
});
