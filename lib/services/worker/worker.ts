// The background worker: claims due rows and moves them one step. Runs inside the app process by
// default and as separate processes (`npm run worker`); all state is in the DB. Every step, webhook
// sending and the storage sweep have a loop of their own, and rows run in slots rather than in
// batches that wait for their slowest member: a slow provider call, download or webhook endpoint
// holds up only its own slot, never another team's generations.
import "server-only";
import { randomUUID } from "node:crypto";
import os from "node:os";
import { env } from "@/lib/platform/config/env";
import { claimForDispatch, claimGenerations, leaseMs } from "@/lib/services/worker/lease";
import { NO_HOOKS, type WorkerHooks } from "@/lib/services/worker/hooks";
import { dispatch, type TickState } from "@/lib/services/worker/dispatch";
import { poll, type ArchiveHandoff } from "@/lib/services/worker/poll";
import { archive } from "@/lib/services/worker/archive";
import { recover } from "@/lib/services/worker/recover";
import { every, Slots, type Loop } from "@/lib/services/worker/loop";
import { sweepAbandonedWrites } from "@/lib/services/worker/sweep";
import { DeliveryPool } from "@/lib/services/webhooks/delivery-pool";
import { deliverDueNotifications } from "@/lib/services/notifications/deliver";
import { runDueReconciliations } from "@/lib/services/reconciliation/service";
import { pruneRateLimits } from "@/lib/platform/auth/rate-limit";
import type { Generation } from "@/lib/adapters/db/generated/sqlite/client";
import { statusesOfStep, type InFlightStatus, type WorkerStep } from "@/lib/rules/generation-status";

interface StepContext {
  tick: TickState;
  hooks: WorkerHooks;
  /** This worker's archive slots, for a poll that finds its task done. */
  archive: ArchiveHandoff;
}

type Step = (g: Generation, workerId: string, ctx: StepContext) => Promise<void>;

interface StepSpec {
  name: WorkerStep;
  /** The statuses this step moves on, from the state machine. */
  statuses: readonly InFlightStatus[];
  run: Step;
  /** Rows of this step in flight at once (per worker process). */
  slots: number;
  /**
   * Rows one claim takes at most; beyond the free slots they wait in order for one. Only a short step
   * (one provider GET) queues: a queued row's lease runs while it waits.
   */
  batch: number;
}

const stepOf = (name: WorkerStep, run: Step, slots: number, batch = slots): StepSpec => ({ name, statuses: statusesOfStep(name), run, slots, batch });
// Dispatch runs one row at a time so the capacity check sees each submission before the next.
const DISPATCH = stepOf("dispatch", (g, workerId, ctx) => dispatch(g, workerId, ctx.tick, ctx.hooks), 20);
const RECOVER = stepOf("recover", (g, workerId) => recover(g, workerId), 10);
// Polls claim what is due (up to a batch per pass, another pass as soon as half of it is done), so
// each task is polled on time however many are in flight, with one claim per pass.
const POLL = stepOf("poll", (g, workerId, ctx) => poll(g, workerId, ctx.archive), 50, 200);
const ARCHIVE = stepOf("archive", (g, workerId, ctx) => archive(g, workerId, ctx.hooks), 4);

export interface WorkerHandle {
  id: string;
  stop(): Promise<void>;
}

interface WorkerOptions {
  /** Test hooks (crash points); none in normal operation. */
  hooks?: WorkerHooks;
}

function runRow(step: StepSpec, g: Generation, workerId: string, ctx: StepContext): Promise<void> {
  return step.run(g, workerId, ctx).catch((error) => console.error(`[reelroom] worker ${step.name} failed for ${g.id}:`, error));
}

/** One pass of dispatch: a batch of queued rows, strictly in dispatch order (lib/rules/queue-order.ts). */
async function dispatchPass(workerId: string, ctx: Omit<StepContext, "tick">): Promise<void> {
  const tick: TickState = { throttled: new Set() };
  const rows = await claimForDispatch(workerId, DISPATCH.slots);
  for (const g of rows) await runRow(DISPATCH, g, workerId, { ...ctx, tick });
}

/**
 * Each pass claims rows for the room it has and starts them without waiting for any. A pass that
 * filled its room may have left due rows behind: the next one runs once half of the room is free.
 */
function slottedStep(step: StepSpec, workerId: string, context: () => Omit<StepContext, "tick">) {
  let loop: Loop | undefined;
  let full = false;
  const slots = new Slots(step.slots, () => {
    if (full && slots.backlog <= step.batch / 2) {
      full = false;
      loop?.wake();
    }
  });
  const lease = leaseMs();
  const pass = async () => {
    const room = step.batch - slots.taken;
    if (room <= 0) return;
    const rows = await claimGenerations(step.statuses, workerId, room);
    const claimedAt = Date.now();
    full = rows.length === room;
    for (const g of rows)
      slots.start(async () => {
        // A row that waited half its lease is left to run out, for whichever worker claims it next.
        if (Date.now() - claimedAt > lease / 2) return;
        await runRow(step, g, workerId, { ...context(), tick: { throttled: new Set() } });
      });
  };
  const handoff: ArchiveHandoff = {
    reserve: () => slots.reserve(),
    start: (g) => slots.startReserved(() => runRow(step, g, workerId, { ...context(), tick: { throttled: new Set() } })),
    cancel: () => slots.unreserve(),
  };
  return {
    pass,
    handoff,
    attach: (l: Loop) => {
      loop = l;
    },
    drain: () => slots.drain(),
  };
}

export function startWorker({ hooks = NO_HOOKS }: WorkerOptions = {}): WorkerHandle {
  const id = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const { WORKER_TICK_MS } = env();
  const lease = leaseMs();
  const context = () => ({ hooks, archive: archiving.handoff });
  const archiving = slottedStep(ARCHIVE, id, context);
  const steps = [
    { step: RECOVER, ...slottedStep(RECOVER, id, context) },
    { step: POLL, ...slottedStep(POLL, id, context) },
    { step: ARCHIVE, ...archiving },
  ];
  const deliveries = new DeliveryPool({ workerId: id });
  const stepLoops = steps.map(({ step, pass, attach }) => {
    const loop = every(`worker ${step.name}`, WORKER_TICK_MS, pass);
    attach(loop);
    return loop;
  });
  const loops = [
    every("worker dispatch", WORKER_TICK_MS, () => dispatchPass(id, context())),
    ...stepLoops,
    every("webhook delivery", WORKER_TICK_MS, () => deliveries.fill()),
    every("notification delivery", WORKER_TICK_MS, () => deliverDueNotifications({ workerId: id })),
    every("storage sweep", lease, () => sweepAbandonedWrites(lease)),
    every("provider reconciliation", Math.min(60_000, env().RECONCILE_INTERVAL_MS), () => runDueReconciliations()),
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
