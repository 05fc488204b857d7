// The background worker: claims due rows and moves them one step. Runs inside the app process by
// default and as separate processes (`npm run worker`); all state is in the DB. Every step, webhook
// sending and the storage sweep have a loop of their own, and rows run in slots rather than in
// batches that wait for their slowest member: a slow provider call, download or webhook endpoint
// holds up only its own slot, never another team's generations.
import "server-only";
import { randomUUID } from "node:crypto";
import os from "node:os";
import { env } from "@/lib/platform/config/env";
import { claimGenerations, leaseMs } from "@/lib/services/worker/lease";
import { NO_HOOKS, type WorkerHooks } from "@/lib/services/worker/hooks";
import { dispatch, type TickState } from "@/lib/services/worker/dispatch";
import { poll } from "@/lib/services/worker/poll";
import { archive } from "@/lib/services/worker/archive";
import { recover } from "@/lib/services/worker/recover";
import { every, Slots } from "@/lib/services/worker/loop";
import { sweepAbandonedWrites } from "@/lib/services/worker/sweep";
import { DeliveryPool } from "@/lib/services/webhooks/delivery-pool";
import { pruneRateLimits } from "@/lib/platform/auth/rate-limit";
import type { Generation } from "@/lib/adapters/db/generated/sqlite/client";
import { statusesOfStep, type InFlightStatus, type WorkerStep } from "@/lib/rules/generation-status";

type Step = (g: Generation, workerId: string, tick: TickState, hooks: WorkerHooks) => Promise<void>;

interface StepSpec {
  name: WorkerStep;
  /** The statuses this step moves on, from the state machine. */
  statuses: readonly InFlightStatus[];
  run: Step;
  /** Rows of this step in flight at once (per worker process). */
  slots: number;
}

// Dispatch runs one row at a time so the capacity check sees each submission before the next.
const stepOf = (name: WorkerStep, run: Step, slots: number): StepSpec => ({ name, statuses: statusesOfStep(name), run, slots });
const DISPATCH = stepOf("dispatch", dispatch, 20);
const SLOTTED_STEPS: StepSpec[] = [
  stepOf("recover", recover, 10),
  stepOf("poll", poll, 50),
  stepOf("archive", (g, workerId, _tick, hooks) => archive(g, workerId, hooks), 4),
];

export interface WorkerHandle {
  id: string;
  stop(): Promise<void>;
}

interface WorkerOptions {
  /** Test hooks (crash points); none in normal operation. */
  hooks?: WorkerHooks;
}

function runRow(step: StepSpec, g: Generation, workerId: string, state: TickState, hooks: WorkerHooks): Promise<void> {
  return step.run(g, workerId, state, hooks).catch((error) => console.error(`[reelroom] worker ${step.name} failed for ${g.id}:`, error));
}

/** One pass of dispatch: a batch of queued rows, strictly in order. */
async function dispatchPass(workerId: string, hooks: WorkerHooks): Promise<void> {
  const state: TickState = { throttled: new Set() };
  const rows = await claimGenerations(DISPATCH.statuses, workerId, DISPATCH.slots);
  for (const g of rows) await runRow(DISPATCH, g, workerId, state, hooks);
}

/** Each pass claims rows for the free slots and starts them without waiting for any. */
function slottedStep(step: StepSpec, workerId: string, hooks: WorkerHooks) {
  const slots = new Slots(step.slots);
  const pass = async () => {
    if (slots.free === 0) return;
    const rows = await claimGenerations(step.statuses, workerId, slots.free);
    for (const g of rows) slots.start(() => runRow(step, g, workerId, { throttled: new Set() }, hooks));
  };
  return { pass, drain: () => slots.drain() };
}

export function startWorker({ hooks = NO_HOOKS }: WorkerOptions = {}): WorkerHandle {
  const id = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const { WORKER_TICK_MS } = env();
  const lease = leaseMs();
  const steps = SLOTTED_STEPS.map((step) => ({ step, ...slottedStep(step, id, hooks) }));
  const deliveries = new DeliveryPool({ workerId: id });
  const loops = [
    every("worker dispatch", WORKER_TICK_MS, () => dispatchPass(id, hooks)),
    ...steps.map(({ step, pass }) => every(`worker ${step.name}`, WORKER_TICK_MS, pass)),
    every("webhook delivery", WORKER_TICK_MS, () => deliveries.fill()),
    every("storage sweep", lease, () => sweepAbandonedWrites(lease)),
    every("rate-limit prune", 3600_000, () => pruneRateLimits()),
  ];
  return {
    id,
    stop: async () => {
      await Promise.all(loops.map((loop) => loop.stop()));
      await Promise.all([...steps.map((s) => s.drain()), deliveries.drain()]);
    },
  };
}
