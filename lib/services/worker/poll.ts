// pending/running → (provider SUCCEEDED) archiving | failed | canceled | expired.
// One GET per in-flight task per interval, with jitter; backoff on errors; never for finished rows.
// A poll that changes nothing writes one statement (the guarded update that schedules the next).
import "server-only";
import { ProviderError, providerErrorFromTask, type TaskResult } from "@/lib/adapters/dashscope";
import type { Generation } from "@/lib/adapters/db/generated/sqlite/client";
import { db, type Prisma } from "@/lib/adapters/db/client";
import { env } from "@/lib/platform/config/env";
import { actualCost, costDiffers } from "@/lib/rules/billing/actual";
import { addEvent } from "@/lib/services/generations/events";
import { accessForGeneration, type ProviderAccess } from "@/lib/services/provider/access";
import { finish } from "@/lib/services/worker/finish";
import { honourCancelRequest } from "@/lib/services/worker/cancel-request";
import { leaseMs, release, transition } from "@/lib/services/worker/lease";
import { assertStatusIn, STATUS, statusesOfStep, type RowIn, type StepStatus } from "@/lib/rules/generation-status";

type Polled = RowIn<StepStatus<"poll">, Generation>;

const DAY_MS = 24 * 3600_000;
const jitter = (ms: number) => new Date(Date.now() + ms * (0.8 + Math.random() * 0.4));

/**
 * The next poll, one interval (± 10 %) after this one was due rather than after it ran, so the wait
 * for a claim does not add up from poll to poll; never sooner than 0.8 interval from now.
 */
function nextPollAt(g: Polled, interval: number): Date {
  const onSchedule = g.nextAttemptAt.getTime() + interval * (0.9 + Math.random() * 0.2);
  return new Date(Math.max(onSchedule, Date.now() + 0.8 * interval));
}

/**
 * A free archive slot of this worker. A task found done moves to archiving still leased to this
 * worker, which archives it next, with no claim and no wait for another pass.
 */
export interface ArchiveHandoff {
  /** Holds a slot; false when none is free (the row is then left for any worker's archive claim). */
  reserve(): boolean;
  /** Archives the row in the held slot. */
  start(g: Generation): void;
  /** Gives the held slot back. */
  cancel(): void;
}

/** Team keys read from the database once per key and interval, not once per poll. */
const ACCESS_TTL_MS = 10_000;
const accessCache = new Map<string, { until: number; access: Promise<ProviderAccess> }>();

function accessFor(g: Generation): Promise<ProviderAccess> {
  if (g.keySource !== "team" || !g.credentialId) return accessForGeneration(g);
  const now = Date.now();
  const key = `${g.credentialId}:${g.region}`;
  const cached = accessCache.get(key);
  if (cached && cached.until > now) return cached.access;
  for (const [k, entry] of accessCache) if (entry.until <= now) accessCache.delete(k);
  const access = accessForGeneration(g);
  accessCache.set(key, { until: now + ACCESS_TTL_MS, access });
  access.catch(() => accessCache.delete(key));
  return access;
}

export async function poll(g: Generation, workerId: string, archive?: ArchiveHandoff): Promise<void> {
  assertStatusIn(g, statusesOfStep("poll"));
  const access = await accessFor(g);
  if (g.cancelRequestedAt && (await honourCancelRequest(g, workerId, access.client))) return;
  let task: TaskResult;
  try {
    task = await access.client.getTask(g.providerTaskId!);
  } catch (error) {
    return onPollError(g, workerId, error);
  }
  switch (task.status) {
    case "PENDING":
    case "RUNNING":
      return progress(g, workerId, task.status === "PENDING" ? STATUS.pending : STATUS.running);
    case "SUCCEEDED":
      return succeeded(g, workerId, task, archive);
    case "FAILED":
    case "CANCELED": {
      const e = providerErrorFromTask(task);
      const to = task.status === "FAILED" ? STATUS.failed : STATUS.canceled;
      await finish(
        g,
        workerId,
        to,
        {
          errorCode: task.code ?? (to === STATUS.canceled ? "Canceled" : "Failed"),
          errorMessage: task.message ? e.userMessage : to === STATUS.canceled ? "The task was canceled at the provider." : e.userMessage,
        },
        {
          message: to === STATUS.failed ? `Generation failed at the provider: ${e.userMessage}` : "The task was canceled at the provider.",
          data: { code: task.code ?? null, requestId: task.requestId },
        },
      );
      return;
    }
    default:
      await finish(
        g,
        workerId,
        STATUS.expired,
        { errorCode: "TaskLost", errorMessage: "The provider no longer knows this task (task ids are kept for 24 hours)." },
        {
          message: "The provider answered UNKNOWN for this task: it is older than 24 hours or was lost.",
          data: { requestId: task.requestId },
        },
      );
  }
}

/** The simulator's tasks last seconds, not minutes: poll them often enough for a lively demo. */
export function pollInterval(g: { keySource: string }): number {
  const configured = env().WORKER_POLL_INTERVAL_MS;
  return g.keySource === "simulator" ? Math.min(configured, 2_000) : configured;
}

async function progress(g: Polled, workerId: string, status: StepStatus<"poll">) {
  await release(g, workerId, nextPollAt(g, pollInterval(g)), { status, attempts: 0 });
  if (status !== g.status)
    await addEvent(db(), g.id, status, { message: status === STATUS.running ? "The provider started generating." : "Waiting in the provider's queue." });
}

async function succeeded(g: Polled, workerId: string, task: TaskResult, archive?: ArchiveHandoff) {
  const usage = task.usage ?? { shape: "v26" as const };
  const price = g.unitPriceMicros !== null && g.currency ? { unitPriceMicros: g.unitPriceMicros, currency: g.currency } : null;
  const actual = actualCost(usage, price);
  const mismatch = g.estimatedBilledMs !== null && costDiffers(g.estimatedBilledMs, actual.billedMs);
  const keep = archive?.reserve() ?? false;
  const data = {
    status: STATUS.archiving,
    providerVideoUrl: task.videoUrl ?? null,
    actualBilledMs: actual.billedMs,
    actualAmountMicros: actual.amountMicros,
    costMismatch: mismatch,
    nextAttemptAt: new Date(),
    attempts: 0,
    leaseOwner: keep ? workerId : null,
    leaseUntil: keep ? new Date(Date.now() + leaseMs()) : null,
  };
  let moved = false;
  try {
    moved = await db().$transaction(async (tx) => {
      if (!(await transition(g, workerId, g.status, { ...data, usage: usage as unknown as Prisma.InputJsonValue }, tx))) return false;
      await addEvent(tx, g.id, "provider_succeeded", {
        message: `The provider finished the video; archiving it.${mismatch ? " The billed seconds differ from the estimate." : ""}`,
        data: {
          requestId: task.requestId,
          billedSeconds: actual.billedSeconds,
          estimateBilledSeconds: g.estimatedBilledMs === null ? null : g.estimatedBilledMs / 1000,
        },
      });
      return true;
    });
  } finally {
    if (keep && !moved) archive?.cancel();
  }
  if (keep && moved) archive?.start({ ...g, ...data, usage: usage as unknown as Generation["usage"] });
}

async function onPollError(g: Polled, workerId: string, error: unknown) {
  const e = error instanceof ProviderError ? error : null;
  const age = Date.now() - (g.submittedAt ?? g.createdAt).getTime();
  if (age > DAY_MS) {
    await finish(
      g,
      workerId,
      STATUS.expired,
      { errorCode: "TaskLost", errorMessage: "The task could not be checked for 24 hours and has expired at the provider." },
      {
        message: "Gave up polling: the provider's task ids live 24 hours.",
      },
    );
    return;
  }
  const failures = g.attempts + 1;
  const delay = Math.min(5 * 60_000, env().WORKER_POLL_INTERVAL_MS * 2 ** Math.min(failures, 6));
  await release(g, workerId, jitter(delay), { attempts: failures });
  if (failures === 1 || failures % 5 === 0) {
    await addEvent(db(), g.id, "poll_error", {
      message: `Could not check the task: ${e?.userMessage ?? "unexpected error"}; retrying.`,
      data: { kind: e?.kind ?? "unknown", requestId: e?.requestId ?? null },
    });
  }
}
