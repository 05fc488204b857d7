// The background worker: a loop that claims due rows and moves them one step. Runs inside the
// app process by default and as separate processes (`npm run worker`); all state is in the DB.
import { randomUUID } from "node:crypto";
import os from "node:os";
import { env } from "@/lib/env";
import { claimDue } from "@/lib/worker/lease";
import { dispatch, type TickState } from "@/lib/worker/dispatch";
import { poll } from "@/lib/worker/poll";
import { archive } from "@/lib/worker/archive";
import { recover } from "@/lib/worker/recover";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver";
import { pruneRateLimits } from "@/lib/auth/rate-limit";
import type { Generation } from "@/lib/generated/sqlite/client";

type Step = (g: Generation, workerId: string, tick: TickState) => Promise<void>;

// Dispatch runs one row at a time so the capacity check sees each submission before the next.
const STEPS: { statuses: string[]; run: Step; batch: number; sequential?: boolean }[] = [
  { statuses: ["queued"], run: dispatch, batch: 20, sequential: true },
  { statuses: ["dispatching"], run: recover, batch: 10 },
  { statuses: ["pending", "running"], run: poll, batch: 50 },
  { statuses: ["archiving"], run: archive, batch: 4 },
];

export interface WorkerHandle {
  id: string;
  stop(): Promise<void>;
}

export async function tick(workerId: string): Promise<number> {
  let worked = 0;
  const state: TickState = { throttled: new Set() };
  for (const step of STEPS) {
    const rows = await claimDue(step.statuses, workerId, env().WORKER_LEASE_MS, step.batch);
    const run = (g: Generation) => step.run(g, workerId, state).catch((error) => console.error(`[reelroom] worker step failed for ${g.id}:`, error));
    if (step.sequential) for (const g of rows) await run(g);
    else await Promise.all(rows.map(run));
    worked += rows.length;
  }
  worked += await deliverDueWebhooks({ workerId, limit: 20 }).catch((error: unknown) => {
    console.error("[reelroom] webhook delivery failed:", error);
    return 0;
  });
  return worked;
}

export function startWorker(): WorkerHandle {
  const id = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  let stopped = false;
  let lastPrune = 0;
  const done = (async () => {
    while (!stopped) {
      const started = Date.now();
      try {
        await tick(id);
        if (started - lastPrune > 3600_000) {
          lastPrune = started;
          await pruneRateLimits();
        }
      } catch (error) {
        console.error("[reelroom] worker tick failed:", error);
      }
      const wait = Math.max(50, env().WORKER_TICK_MS - (Date.now() - started));
      await new Promise((r) => setTimeout(r, wait));
    }
  })();
  return {
    id,
    stop: async () => {
      stopped = true;
      await done;
    },
  };
}
