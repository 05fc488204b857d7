// Submit latency (p50/p95 of sequential submits, simulator at zero latency) and 200 concurrent
// submits → exactly 200 generations. Run: npx tsx bench/submit.ts
import { createDb } from "@/lib/adapters/db/client";
import { startSimulator } from "@/lib/simulator";
import { startApp } from "@/tests/support/app";
import { Client } from "@/tests/support/client";
import { t2vBody } from "@/tests/support/bodies";
import { percentile, round, timed } from "@/bench/lib/stats";
import { type BenchResult, row } from "@/bench/lib/table";

export async function runSubmitBench({ sequential = 300, concurrent = 200 } = {}): Promise<BenchResult> {
  const sim = await startSimulator({ pendingMs: 0, runningMs: 0 });
  const app = await startApp("sqlite", {
    DASHSCOPE_API_KEY: "sk-bench",
    DASHSCOPE_BASE_URL: sim.baseUrlTemplate,
    SIMULATOR: "off",
    WORKER_IN_PROCESS: "false",
    API_WRITE_RATE_PER_MINUTE: "1000000",
    OUTBOUND_RATE_PER_MINUTE: "1000000",
  });
  try {
    const c = new Client(app.url);
    const { projectId } = await c.signUp("Bench", `bench.${Date.now()}@example.com`);
    for (let i = 0; i < 20; i++) await c.json("/api/v1/generations", { body: t2vBody(projectId, `warm-up ${i}`) });
    const latencies: number[] = [];
    for (let i = 0; i < sequential; i++) {
      const [res, ms] = await timed(() => c.json("/api/v1/generations", { body: t2vBody(projectId, `sequential ${i}`) }));
      if (res.status !== 201) throw new Error(`submit failed: ${JSON.stringify(res.body)}`);
      latencies.push(ms);
    }
    const [results, burstMs] = await timed(() =>
      Promise.all(
        Array.from({ length: concurrent }, (_, i) =>
          c.json("/api/v1/generations", { body: t2vBody(projectId, `burst ${i}`), headers: { "idempotency-key": `burst-${i}` } }),
        ),
      ),
    );
    const db = createDb(app.databaseUrl);
    const stored = await db.generation.count({ where: { prompt: { startsWith: "burst " } } });
    await db.$disconnect();
    const p95 = round(percentile(latencies, 95));
    const created = results.filter((r) => r.status === 201).length;
    return {
      rows: [
        row(`submit: p95 of ${sequential} sequential submits (SQLite, HTTP)`, "≤ 50 ms", `${p95} ms (p50 ${round(percentile(latencies, 50))} ms)`, p95 <= 50),
        row(
          `submit: ${concurrent} concurrent submits → generations stored`,
          `exactly ${concurrent}`,
          `${stored} (${created} answered 201, ${round(burstMs / 1000)} s)`,
          stored === concurrent,
        ),
      ],
      details: { latencies: { p50: percentile(latencies, 50), p95 }, burstMs },
    };
  } finally {
    await app.stop();
    await sim.close();
  }
}

if (process.argv[1]?.endsWith("submit.ts")) runSubmitBench().then((r) => console.log(JSON.stringify(r, null, 2)));
