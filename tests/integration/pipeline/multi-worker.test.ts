// Three worker processes share one PostgreSQL database: every generation is dispatched once and
// archived once, whatever the interleaving.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import { createDb } from "@/lib/adapters/db/client";
import { startApp, type TestApp } from "@/tests/support/app";
import { Client, uniqueEmail } from "@/tests/support/client";
import { t2vBody, waitForStatus } from "@/tests/support/generations";
import { startWorkerProcess, type WorkerProcess } from "@/tests/support/worker";

describe("several workers on PostgreSQL", () => {
  let sim: RunningSimulator;
  let app: TestApp;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    sim = await startSimulator({ pendingMs: 100, runningMs: 300 });
    app = await startApp("postgres", { DASHSCOPE_API_KEY: "sk-test", DASHSCOPE_BASE_URL: sim.baseUrlTemplate, SIMULATOR: "off", WORKER_IN_PROCESS: "false" });
    for (let i = 0; i < 3; i++) workers.push(startWorkerProcess(app, { WORKER_TICK_MS: "50" }));
  });
  afterAll(async () => {
    for (const w of workers) w.child.kill("SIGTERM");
    await Promise.all(workers.map((w) => w.exited));
    await app?.stop();
    await sim?.close();
  });

  it("dispatches and archives each of 15 generations exactly once", async () => {
    const c = new Client(app.url);
    const { projectId } = await c.signUp("Fleet", uniqueEmail("fleet"));
    const ids = await Promise.all(
      Array.from(
        { length: 15 },
        async (_, i) => (await c.json("/api/v1/generations", { body: t2vBody(projectId, `Fleet clip ${i}`) })).body.generation.id as string,
      ),
    );
    const done = await Promise.all(ids.map((id) => waitForStatus(c, id, ["succeeded", "failed", "expired"], 90_000)));
    expect(done.map((g) => g.status)).toEqual(Array(15).fill("succeeded"));
    expect(sim.stats().totalCreates).toBe(15);
    expect(new Set(done.map((g) => g.providerTaskId)).size).toBe(15);

    const db = createDb(app.databaseUrl);
    const events = await db.generationEvent.groupBy({
      by: ["generationId", "type"],
      where: { generationId: { in: ids }, type: { in: ["submitted", "succeeded"] } },
      _count: true,
    });
    const submitted = await db.generationEvent.findMany({ where: { generationId: { in: ids }, type: "submitted" }, select: { data: true } });
    await db.$disconnect();
    expect(events).toHaveLength(30);
    expect(events.every((e) => e._count === 1)).toBe(true);
    // Every dispatch was made by one of the three worker processes. Which one is a race (one
    // dispatch claim may take every due row), so how the work was spread is not asserted.
    const workerIds = workers.map((w) => /worker (\S+) running/.exec(w.logs.join(""))?.[1]);
    expect(workerIds.every(Boolean)).toBe(true);
    expect(submitted.map((e) => workerIds.includes((e.data as { workerId: string }).workerId))).toEqual(Array(15).fill(true));
  }, 120_000);
});
