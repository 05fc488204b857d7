// Provider calls per active task per poll interval (goal ≤ 1) and for finished tasks (goal 0).
// Uses 5 tasks: the provider runs at most 5 at once per model, the rest wait in our queue.
// Run: npx tsx bench/polling.ts
import { startSimulator } from "@/lib/simulator";
import { startApp } from "@/tests/support/app";
import { Client } from "@/tests/support/client";
import { t2vBody } from "@/tests/support/bodies";
import { round } from "@/bench/lib/stats";
import { type BenchResult, row } from "@/bench/lib/table";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runPollingBench({ tasks = 5, intervalMs = 1000, windowMs = 6000 } = {}): Promise<BenchResult> {
  const sim = await startSimulator({ pendingMs: 0, runningMs: windowMs + 4000 });
  const app = await startApp("sqlite", {
    DASHSCOPE_API_KEY: "sk-bench",
    DASHSCOPE_BASE_URL: sim.baseUrlTemplate,
    SIMULATOR: "off",
    WORKER_POLL_INTERVAL_MS: String(intervalMs),
    WORKER_TICK_MS: "100",
  });
  try {
    const c = new Client(app.url);
    const { projectId } = await c.signUp("Bench", `poll.${Date.now()}@example.com`);
    const ids: string[] = [];
    for (let i = 0; i < tasks; i++) ids.push((await c.json("/api/v1/generations", { body: t2vBody(projectId, `poll ${i}`) })).body.generation.id);
    const taskIds = async () => Promise.all(ids.map(async (id) => (await c.json(`/api/v1/generations/${id}`)).body.providerTaskId as string | null));
    while ((await taskIds()).some((t) => !t)) await sleep(100);
    const providerIds = (await taskIds()) as string[];
    const polls = () => providerIds.reduce((sum, t) => sum + (sim.stats().polls[t] ?? 0), 0);
    const before = polls();
    await sleep(windowMs);
    const activeRate = (polls() - before) / tasks / (windowMs / intervalMs);
    const status = async () => Promise.all(ids.map(async (id) => (await c.json(`/api/v1/generations/${id}`)).body.status as string));
    while ((await status()).some((s) => s !== "succeeded")) await sleep(200);
    const finishedBefore = polls();
    await sleep(windowMs);
    const finished = polls() - finishedBefore;
    return {
      rows: [
        row(`polling: provider calls per active task per interval (${tasks} tasks)`, "≤ 1", String(round(activeRate, 3)), activeRate <= 1),
        row("polling: provider calls for finished tasks", "0", String(finished), finished === 0),
      ],
      details: { tasks, intervalMs, windowMs },
    };
  } finally {
    await app.stop();
    await sim.close();
  }
}

if (process.argv[1]?.endsWith("polling.ts")) runPollingBench().then((r) => console.log(JSON.stringify(r, null, 2)));
