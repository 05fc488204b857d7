// Database statements one worker sends to claim a tick's work: every step's claim (with its slot
// count, as worker.ts asks) and one webhook delivery pass, over 40 due generations and 10 due
// deliveries, on SQLite and PostgreSQL. A transaction counts its BEGIN and COMMIT.
// Before claims became one statement per batch: 160 for the generations, 63 (SQLite) or 81
// (PostgreSQL) for the delivery pass; 223 and 241 in all. Run: npx tsx bench/claims.ts
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate } from "@/lib/adapters/db/migrate";
import type { Db } from "@/lib/adapters/db/client";
import { statusesOfStep } from "@/lib/rules/generation-status";
import { createCountingDb } from "@/tests/support/counting-db";
import { startTempPostgres } from "@/scripts/lib/temp-postgres.mjs";
import { type BenchResult, row } from "@/bench/lib/table";

const DUE = { queued: 10, dispatching: 10, pending: 8, running: 7, archiving: 5 };
const DELIVERIES = 10;

async function seed(db: Db) {
  const user = await db.user.create({ data: { email: "bench@example.com", name: "Bench" } });
  const team = await db.team.create({ data: { name: "Bench" } });
  const project = await db.project.create({ data: { teamId: team.id, name: "Bench" } });
  const past = new Date(Date.now() - 60_000);
  let n = 0;
  for (const [status, count] of Object.entries(DUE)) {
    for (let i = 0; i < count; i++) {
      await db.generation.create({
        data: {
          teamId: team.id,
          projectId: project.id,
          creatorId: user.id,
          mode: "t2v",
          model: "wan2.2-t2v-plus",
          region: "intl",
          prompt: `bench ${n}`,
          request: { prompt: `bench ${n}` },
          status,
          keySource: "instance",
          requestHash: `hash-${n++}`,
          nextAttemptAt: past,
        },
      });
    }
  }
  for (let i = 0; i < DELIVERIES; i++) {
    const webhook = await db.webhook.create({
      data: { teamId: team.id, url: "http://127.0.0.1:9/hook", secretCiphertext: "x", events: "generation.succeeded", createdById: user.id },
    });
    await db.webhookDelivery.create({ data: { webhookId: webhook.id, event: "generation.succeeded", payload: "{}", status: "pending", nextAttemptAt: past } });
  }
}

/** One worker's claims for one tick, as worker.ts and delivery-pool.ts make them. */
async function claimTick(db: Db, workerId: string, statements: string[]) {
  const { claimGenerations } = await import("@/lib/services/worker/lease");
  const { DeliveryPool } = await import("@/lib/services/webhooks/delivery-pool");
  const generations = [
    await claimGenerations(statusesOfStep("dispatch"), workerId, 20, db),
    await claimGenerations(statusesOfStep("recover"), workerId, 10, db),
    await claimGenerations(statusesOfStep("poll"), workerId, 50, db),
    await claimGenerations(statusesOfStep("archive"), workerId, 4, db),
  ].flat().length;
  const generationStatements = statements.length;
  const pool = new DeliveryPool({ workerId, db, fetchImpl: async () => new Response(null, { status: 200 }) });
  await pool.fill();
  await pool.drain();
  return { generations, generationStatements, deliveryStatements: statements.length - generationStatements };
}

async function measure(url: string) {
  await migrate(url);
  const counting = createCountingDb(url);
  try {
    await seed(counting.db);
    counting.reset();
    const tick = await claimTick(counting.db, "bench-worker", counting.statements);
    return {
      claimedGenerations: tick.generations,
      generationClaimStatements: tick.generationStatements,
      // The delivery pass also records each attempt's outcome (one write per delivery).
      deliveryPassStatements: tick.deliveryStatements,
      statementsPerTickPerWorker: counting.statements.length,
    };
  } finally {
    await counting.db.$disconnect();
  }
}

export async function runClaimsBench(): Promise<BenchResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "reelroom-bench-claims-"));
  const sqliteUrl = `file:${path.join(dir, "bench.db")}`;
  Object.assign(process.env, { DATABASE_URL: sqliteUrl, DATA_DIR: dir });
  const pg = await startTempPostgres({ database: "bench" });
  try {
    const due = Object.values(DUE).reduce((a, b) => a + b, 0);
    const sqlite = await measure(sqliteUrl);
    const postgres = await measure(pg.url);
    // Each of the four steps claims in one statement and reads its rows in one more.
    const claimGoal = 4 * 2;
    const label = `worker: statements to claim one tick's work (${due} due generations across the four steps)`;
    return {
      rows: [
        row(
          label,
          `≤ ${claimGoal} (2 per step)`,
          `SQLite ${sqlite.generationClaimStatements}, PostgreSQL ${postgres.generationClaimStatements} (was 160 before one-statement claims)`,
          Math.max(sqlite.generationClaimStatements, postgres.generationClaimStatements) <= claimGoal,
        ),
        row(
          `worker: statements for one webhook delivery pass (${DELIVERIES} due deliveries)`,
          "—",
          `SQLite ${sqlite.deliveryPassStatements}, PostgreSQL ${postgres.deliveryPassStatements} (was 63 and 81)`,
        ),
      ],
      details: { dueGenerations: due, dueDeliveries: DELIVERIES, sqlite, postgres },
    };
  } finally {
    pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith("claims.ts")) runClaimsBench().then((r) => console.log(JSON.stringify(r, null, 2)));
