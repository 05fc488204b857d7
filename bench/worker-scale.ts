// The worker at scale: 1,000 generations in flight across 3 worker processes on PostgreSQL against
// the simulator, with a 5 s poll interval. Measures the statements each worker sends (from the
// server's statement log), how regularly each task is polled (at the simulator), how soon a video
// is archived after the provider finished it, CPU per worker, the list's latency meanwhile, and
// whether concurrent claims ever lose rows to each other. Needs a build (`npx next build`).
// Run: npx tsx --conditions=react-server bench/worker-scale.ts
import { createDashScopeClient } from "@/lib/adapters/dashscope";
import { createDb, type Db } from "@/lib/adapters/db/client";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import { STATUS } from "@/lib/rules/generation-status";
import { startApp } from "@/tests/support/app";
import { Client } from "@/tests/support/client";
import { startWorkerProcess, type WorkerProcess } from "@/tests/support/worker";
import { startTempPostgres } from "@/scripts/lib/temp-postgres.mjs";
import { cpuSecondsOfTree } from "@/bench/lib/process-cpu";
import { STATEMENT_LOG_SETTINGS, StatementLog } from "@/bench/lib/pg-statement-log";
import { percentile, round, timed } from "@/bench/lib/stats";
import { type BenchResult, row } from "@/bench/lib/table";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const withClientName = (url: string, name: string) => `${url}${url.includes("?") ? "&" : "?"}application_name=${name}`;

interface Options {
  inFlight?: number;
  workers?: number;
  intervalMs?: number;
  warmupMs?: number;
  windowMs?: number;
  /** Tasks that finish during the run, spread over it, to time their archiving. */
  finishing?: number;
  /** How long the list is timed after the statement window. */
  listMs?: number;
}

const TASK_BODY = { model: "wan2.6-t2v", input: { prompt: "bench" }, parameters: { size: "1280*720", duration: 5 } };
const RUNNING_MS = 1_000;

/** Creates the provider tasks: most stay PENDING for an hour, `finishing` succeed one after another. */
async function createTasks(sim: RunningSimulator, o: Required<Options>) {
  const provider = createDashScopeClient({ apiKey: "sk-bench", region: "singapore", baseUrl: sim.baseUrlTemplate });
  const tasks: { taskId: string; succeedsAfterMs: number | null }[] = [];
  sim.configure({ pendingMs: 3_600_000, runningMs: RUNNING_MS });
  for (let i = 0; i < o.inFlight - o.finishing; i++) tasks.push({ taskId: (await provider.createTask(TASK_BODY)).taskId, succeedsAfterMs: null });
  for (let i = 0; i < o.finishing; i++) {
    // The idle list timing and the workers' start take about 15 s before the warm-up begins.
    const pendingMs = 15_000 + o.warmupMs + (i / o.finishing) * (o.windowMs + o.listMs);
    sim.configure({ pendingMs });
    tasks.push({ taskId: (await provider.createTask(TASK_BODY)).taskId, succeedsAfterMs: pendingMs + RUNNING_MS });
  }
  return tasks;
}

/** One generation per provider task, in flight and due at times spread over one interval. */
async function seedGenerations(prisma: Db, owner: { teamId: string; projectId: string; userId: string }, taskIds: string[], intervalMs: number) {
  const now = Date.now();
  await prisma.generation.createMany({
    data: taskIds.map((providerTaskId, i) => ({
      teamId: owner.teamId,
      projectId: owner.projectId,
      creatorId: owner.userId,
      mode: "t2v",
      model: "wan2.6-t2v",
      region: "singapore",
      prompt: `bench ${i}`,
      request: { prompt: `bench ${i}`, model: "wan2.6-t2v", region: "singapore" },
      status: STATUS.pending,
      keySource: "instance",
      requestHash: `bench-${i}`,
      providerTaskId,
      submittedAt: new Date(now),
      dispatchedAt: new Date(now),
      nextAttemptAt: new Date(now + (i / taskIds.length) * intervalMs),
    })),
  });
}

/** List pages of 50, one after another with a short pause, until `until`. */
async function listLatencies(c: Client, projectId: string, until: number): Promise<number[]> {
  const times: number[] = [];
  while (Date.now() < until) {
    const [res, ms] = await timed(() => c.json(`/api/v1/generations?projectId=${projectId}&limit=50`));
    if (res.status !== 200) throw new Error(`list answered ${res.status}`);
    times.push(ms);
    await sleep(100);
  }
  return times;
}

/** Three workers claim 50 due rows at once, ten times: does any claim come back short while rows are due? */
async function concurrentClaims(url: string, workers: number) {
  const { claimDue } = await import("@/lib/services/worker/lease");
  const clients = Array.from({ length: workers }, () => createDb(url));
  const free = () =>
    clients[0].generation.updateMany({ where: { status: STATUS.pending }, data: { leaseOwner: null, leaseUntil: null, nextAttemptAt: new Date(0) } });
  let asked = 0;
  let claimed = 0;
  let twice = 0;
  try {
    for (let round = 0; round < 10; round++) {
      await free();
      const claims = await Promise.all(
        clients.map((database, i) => claimDue("Generation", { owner: `claim-${i}`, statuses: [STATUS.pending], limit: 50, database })),
      );
      const ids = claims.flat();
      asked += 50 * workers;
      claimed += ids.length;
      twice += ids.length - new Set(ids).size;
    }
    await free();
  } finally {
    await Promise.all(clients.map((c) => c.$disconnect()));
  }
  return { asked, claimed, lost: asked - claimed, claimedTwice: twice };
}

export async function runWorkerScaleBench(options: Options = {}): Promise<BenchResult> {
  const o: Required<Options> = { inFlight: 1000, workers: 3, intervalMs: 5000, warmupMs: 15_000, windowMs: 60_000, finishing: 60, listMs: 30_000, ...options };
  const pg = await startTempPostgres({ database: "bench", settings: STATEMENT_LOG_SETTINGS });
  process.env.TEST_POSTGRES_URL = pg.url;
  const sim = await startSimulator({ concurrency: { default: 100_000 }, perSecond: { default: 100_000 } });
  const tuning = { WORKER_POLL_INTERVAL_MS: String(o.intervalMs), WORKER_TICK_MS: "1000" };
  const app = await startApp("postgres", {
    WORKER_IN_PROCESS: "false",
    DASHSCOPE_API_KEY: "sk-bench",
    DASHSCOPE_BASE_URL: sim.baseUrlTemplate,
    SIMULATOR: "off",
    ...tuning,
  });
  Object.assign(process.env, app.env);
  const prisma = createDb(withClientName(app.databaseUrl, "bench"));
  const workers: WorkerProcess[] = [];
  try {
    const c = new Client(app.url);
    const { teamId, projectId, user } = await c.signUp("Bench", `scale.${Date.now()}@example.com`);
    const tasks = await createTasks(sim, o);
    await seedGenerations(
      prisma,
      { teamId, projectId, userId: user.id },
      tasks.map((t) => t.taskId),
      o.intervalMs,
    );
    for (let i = 0; i < 20; i++) await c.json(`/api/v1/generations?projectId=${projectId}&limit=50`);
    const idleList = await listLatencies(c, projectId, Date.now() + 10_000);
    for (let i = 1; i <= o.workers; i++) workers.push(startWorkerProcess(app, { ...tuning, DATABASE_URL: withClientName(app.databaseUrl, `w${i}`) }));
    while (!workers.every((w) => w.logs.join("").includes("running"))) await sleep(100);
    await sleep(o.warmupMs);

    // First the worker's own figures, with every statement logged; then the list's latency with the
    // log off (it costs the server more than the workers do), while the same work goes on.
    const log = new StatementLog(pg.logFile);
    const start = {
      at: Date.now(),
      log: log.mark(),
      polls: sim.stats().totalPolls,
      gaps: sim.pollGaps().length,
      cpu: workers.map((w) => cpuSecondsOfTree(w.child.pid!)),
    };
    await sleep(o.windowMs);
    const seconds = (Date.now() - start.at) / 1000;
    const cpu = workers.map((w, i) => (cpuSecondsOfTree(w.child.pid!) - start.cpu[i]) / seconds);
    const statements = log.countBetween(start.log, log.mark());
    const polls = sim.stats().totalPolls - start.polls;
    const gaps = sim.pollGaps().slice(start.gaps);
    await prisma.$executeRawUnsafe("ALTER SYSTEM SET log_statement = 'none'");
    await prisma.$queryRawUnsafe("SELECT pg_reload_conf()");
    const list = await listLatencies(c, projectId, Date.now() + o.listMs);

    const finishing = tasks.filter((t) => t.succeedsAfterMs !== null);
    const deadline = Date.now() + 60_000;
    const archived = () => prisma.generation.findMany({ where: { providerTaskId: { in: finishing.map((t) => t.taskId) }, archivedAt: { not: null } } });
    while ((await archived()).length < finishing.length && Date.now() < deadline) await sleep(500);
    const createdAt = new Map(sim.stats().tasks.map((t) => [t.taskId, Date.parse(t.createdAt)]));
    const delays = (await archived()).map((g) => {
      const task = finishing.find((t) => t.taskId === g.providerTaskId)!;
      return (g.archivedAt!.getTime() - (createdAt.get(task.taskId)! + task.succeedsAfterMs!)) / 1000;
    });
    for (const w of workers) w.child.kill("SIGTERM");
    await Promise.all(workers.map((w) => w.exited));
    const claims = await concurrentClaims(app.databaseUrl, o.workers);

    const workerNames = workers.map((_, i) => `w${i + 1}`);
    const workerStatements = workerNames.reduce((sum, name) => sum + (statements.byClient[name] ?? 0), 0);
    const perPoll = workerStatements / polls;
    const perTick = workerStatements / o.workers / seconds;
    const interval = o.intervalMs / 1000;
    const gapSeconds = gaps.map((ms) => ms / 1000);
    const [p1, p50, p99] = [1, 50, 99].map((p) => percentile(gapSeconds, p));
    const archiveP95 = percentile(delays, 95);
    const listP95 = percentile(list, 95);
    const setup = `${o.inFlight.toLocaleString("en")} in flight, ${o.workers} workers, PostgreSQL`;
    return {
      rows: [
        row(
          `worker at scale: statements per polled task (${setup})`,
          "≤ 2",
          `${round(perPoll, 2)} (${workerStatements} statements for ${polls} polls in ${round(seconds, 0)} s; ${round(perTick, 0)} per worker per 1 s tick)`,
          perPoll <= 2,
        ),
        row(
          `worker at scale: time between two polls of a task (interval ${interval} s)`,
          `${round(interval * 0.8, 1)}–${round(interval * 1.2, 1)} s (± 20 %)`,
          `p1 ${round(p1, 2)} s, median ${round(p50, 2)} s, p99 ${round(p99, 2)} s (${gaps.length} gaps)`,
          p1 >= interval * 0.8 && p99 <= interval * 1.2,
        ),
        row(
          "worker at scale: provider SUCCEEDED → archived (p95)",
          `≤ ${interval + 5} s`,
          `${round(archiveP95, 2)} s (${delays.length} of ${finishing.length} archived)`,
          delays.length === finishing.length && archiveP95 <= interval + 5,
        ),
        row(
          "worker at scale: rows lost by concurrent claims",
          "0",
          `${claims.lost} of ${claims.asked} asked (${claims.claimedTwice} claimed twice)`,
          claims.lost === 0 && claims.claimedTwice === 0,
        ),
        row(
          "worker at scale: list p95 while the workers run (statement log off)",
          "≤ 25 ms",
          `${round(listP95, 1)} ms, median ${round(percentile(list, 50), 1)} ms (${list.length} pages of 50; before the workers started: p95 ${round(percentile(idleList, 95), 1)} ms)`,
          listP95 <= 25,
        ),
        row("worker at scale: CPU per worker", "—", cpu.map((share) => `${round(share * 100, 0)} %`).join(", ") + " of a core"),
      ],
      details: {
        seconds,
        polls,
        statementsByClient: statements.byClient,
        statementsByKind: statements.byKind,
        gapSeconds: { p1, p50, p99 },
        delays,
        claims,
        cpu,
      },
    };
  } finally {
    for (const w of workers) if (w.child.exitCode === null) w.child.kill("SIGKILL");
    await prisma.$disconnect();
    await app.stop();
    await sim.close();
    pg.stop();
  }
}

if (process.argv[1]?.endsWith("worker-scale.ts")) runWorkerScaleBench().then((r) => console.log(JSON.stringify(r, null, 2)));
