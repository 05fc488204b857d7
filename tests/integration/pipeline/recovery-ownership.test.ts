// Recovery after a create whose answer was lost must adopt the generation's own provider task and
// nobody else's: several worker processes are killed right after their create calls (before the
// answer is saved), while the others recover, on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDashScopeClient } from "@/lib/adapters/dashscope";
import { createDb } from "@/lib/adapters/db/client";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import { DB_KINDS, startApp, type TestApp } from "@/tests/support/app";
import { Client, uniqueEmail } from "@/tests/support/client";
import { t2vBody, waitForStatus } from "@/tests/support/generations";
import { startCrashingWorker, startWorkerProcess, type WorkerProcess } from "@/tests/support/worker";

const WORKERS = 3;
const GENERATIONS = 5;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once the worker process has started its loops. */
async function running(worker: WorkerProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (!worker.logs.join("").includes("running; Ctrl-C to stop")) {
    if (worker.child.exitCode !== null || Date.now() > deadline) throw new Error(`worker did not start:\n${worker.logs.join("")}`);
    await sleep(100);
  }
}

/**
 * WORKERS processes that each die right after their first create call (SIGKILL at "after-create"),
 * before its answer is saved; while some of them live they recover what the dead ones left. Once all
 * are dead, WORKERS healthy processes take over.
 */
function startFleet(app: TestApp) {
  const alive = new Set<WorkerProcess>();
  const doomed: WorkerProcess[] = [];
  let crashes = 0;
  let doomedGone = 0;
  let stopping = false;
  const spawn = (crash: boolean) => {
    const fast = { WORKER_TICK_MS: "50" };
    const worker = crash ? startCrashingWorker(app, "after-create", { env: fast }) : startWorkerProcess(app, fast);
    if (crash) doomed.push(worker);
    alive.add(worker);
    void worker.exited.then((code) => {
      alive.delete(worker);
      if (stopping) return;
      if (worker.child.signalCode === "SIGKILL" || code === 137) crashes += 1;
      if (!crash) spawn(false);
      else if (++doomedGone === WORKERS) for (let i = 0; i < WORKERS; i++) spawn(false);
    });
  };
  for (let i = 0; i < WORKERS; i++) spawn(true);
  return {
    crashes: () => crashes,
    /** All doomed workers are up, so their first creates start together. */
    ready: () => Promise.all(doomed.map(running)),
    async stop() {
      stopping = true;
      const all = [...alive];
      for (const w of all) w.child.kill("SIGTERM");
      await Promise.all(all.map((w) => w.exited));
    },
  };
}

describe.each(DB_KINDS)("recovery adopts only a generation's own task (%s)", (kind) => {
  let sim: RunningSimulator;
  let app: TestApp;
  let c: Client;
  let projectId: string;

  beforeAll(async () => {
    sim = await startSimulator();
    app = await startApp(kind, {
      DASHSCOPE_API_KEY: "sk-test",
      DASHSCOPE_BASE_URL: sim.baseUrlTemplate,
      SIMULATOR: "off",
      WORKER_IN_PROCESS: "false",
      WORKER_LEASE_MS: "2500",
      DASHSCOPE_TIMEOUT_MS: "8000",
    });
    c = new Client(app.url);
    ({ projectId } = await c.signUp("Recovery", uniqueEmail(`recovery-${kind}`)));
  });
  async function submit(prompt: string): Promise<string> {
    const res = await c.json("/api/v1/generations", { body: t2vBody(projectId, prompt) });
    expect(res.body?.generation?.id, JSON.stringify(res.body)).toBeTypeOf("string");
    return res.body.generation.id;
  }

  afterAll(async () => {
    await app?.stop();
    await sim?.close();
  });

  it("does not adopt another client's task of the same model: waits until it shows its prompt, then sends its own once", async () => {
    sim.reset();
    const worker = startWorkerProcess(app, { WORKER_TICK_MS: "50" });
    let done: any;
    let foreign: { taskId: string };
    const prompt = `Our own clip on ${kind}`;
    try {
      await running(worker);
      // Someone else's task on the same account, still in flight while the create below is lost.
      sim.configure({ pendingMs: 20_000 });
      foreign = await createDashScopeClient({ apiKey: "sk-test", region: "singapore", baseUrl: sim.baseUrlTemplate }).createTask({
        model: "wan2.6-t2v",
        input: { prompt: "Someone else's clip" },
        parameters: { size: "1280*720", duration: 5 },
      });
      sim.configure({ pendingMs: 1000, runningMs: 1000, failNextCreate: { status: 500, code: "InternalError" } });
      const id = await submit(prompt);
      done = await waitForStatus(c, id, ["succeeded", "failed", "expired"], 150_000);
    } finally {
      worker.child.kill("SIGTERM");
      await worker.exited;
    }
    expect(done.status).toBe("succeeded");
    expect(done.providerTaskId).not.toBe(foreign.taskId);
    const tasks = sim.stats().tasks;
    expect(tasks.find((t) => t.taskId === done.providerTaskId)?.prompt).toBe(prompt);
    expect(tasks.filter((t) => t.prompt === prompt)).toHaveLength(1);
    const events = (await c.json(`/api/v1/generations/${done.id}/events`)).body.events.map((e: { type: string }) => e.type);
    expect(events).toContain("dispatch_uncertain");
    expect(events).toContain("requeued");
  }, 180_000);

  it(`${GENERATIONS} generations, ${WORKERS} workers at a time, killed after their create calls: each generation ends with its own task, every prompt sent once`, async () => {
    sim.reset();
    // The first tasks stay in flight (without their prompt) long enough for the killed workers to
    // be replaced: recovery meets them before they can be told apart. Later tasks are quick.
    sim.configure({ pendingMs: 60_000, runningMs: 1000 });
    const prompts = Array.from({ length: GENERATIONS }, (_, i) => `Ownership ${kind} clip ${i}: a ${["red", "green", "blue", "white", "black"][i]} kite`);
    let done: any[];
    const ids: string[] = [];
    // On PostgreSQL the generations arrive while the workers run, so that without the one-create-
    // at-a-time slot their creates (and crashes) would overlap. SQLite gets them up front: its API
    // insert can meet SQLITE_BUSY_SNAPSHOT against the workers' writes, which is not what this tests.
    if (kind === "sqlite") for (const prompt of prompts) ids.push(await submit(prompt));
    const fleet = startFleet(app);
    const shortenLater = (async () => {
      while (fleet.crashes() === 0) await sleep(100);
      await sleep(3000);
      sim.configure({ pendingMs: 1000, runningMs: 2000 });
    })();
    try {
      await fleet.ready();
      if (kind === "postgres") for (const prompt of prompts) ids.push(await submit(prompt));
      done = await Promise.all(ids.map((id) => waitForStatus(c, id, ["succeeded", "failed", "expired"], 240_000)));
      await shortenLater;
    } finally {
      await fleet.stop();
    }
    const crashes = fleet.crashes();
    expect(crashes).toBe(WORKERS);
    expect(done.map((g) => g.status)).toEqual(Array(GENERATIONS).fill("succeeded"));

    const tasks = sim.stats().tasks;
    const byId = new Map(tasks.map((t) => [t.taskId, t]));
    for (const [i, g] of done.entries()) expect(byId.get(g.providerTaskId)?.prompt, `generation ${i}`).toBe(prompts[i]);
    for (const prompt of prompts)
      expect(
        tasks.filter((t) => t.prompt === prompt),
        prompt,
      ).toHaveLength(1);
    expect(sim.stats().totalCreates).toBe(GENERATIONS);
    expect(new Set(done.map((g) => g.providerTaskId)).size).toBe(GENERATIONS);

    const db = createDb(app.databaseUrl);
    try {
      const recovered = await db.generationEvent.findMany({
        where: { generationId: { in: ids }, type: "submitted" },
        select: { generationId: true, data: true },
      });
      // Each killed create left a task that its own generation adopted (a create whose answer came
      // after its lease ran out on a busy machine is adopted the same way).
      expect(recovered.filter((e) => (e.data as { recovered?: boolean }).recovered).length).toBeGreaterThanOrEqual(crashes);
      expect(await db.generation.count({ where: { id: { in: ids }, dispatchSlot: { not: null } } })).toBe(0);
    } finally {
      await db.$disconnect();
    }
  }, 300_000);
});
