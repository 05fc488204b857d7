// pending/running → (provider SUCCEEDED) archiving | failed | canceled | expired.
// One GET per in-flight task per interval, with jitter; backoff on errors; never for finished rows.
import "server-only";
import { ProviderError, providerErrorFromTask, type TaskResult } from "@/lib/adapters/dashscope";
import type { Generation } from "@/lib/adapters/db/generated/sqlite/client";
import { db, type Prisma } from "@/lib/adapters/db/client";
import { env } from "@/lib/platform/config/env";
import { actualCost, costDiffers } from "@/lib/rules/billing/actual";
import { addEvent } from "@/lib/services/generations/events";
import { accessForGeneration } from "@/lib/services/provider/access";
import { finish } from "@/lib/services/worker/finish";
import { release, transition } from "@/lib/services/worker/lease";
import { assertStatusIn, STATUS, statusesOfStep, type RowIn, type StepStatus } from "@/lib/rules/generation-status";

type Polled = RowIn<StepStatus<"poll">, Generation>;

const DAY_MS = 24 * 3600_000;
const jitter = (ms: number) => new Date(Date.now() + ms * (0.8 + Math.random() * 0.4));

export async function poll(g: Generation, workerId: string): Promise<void> {
  assertStatusIn(g, statusesOfStep("poll"));
  const access = await accessForGeneration(g);
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
      return succeeded(g, workerId, task);
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
  const interval = pollInterval(g);
  await release(g, workerId, jitter(interval), { status, attempts: 0 });
  if (status !== g.status)
    await addEvent(db(), g.id, status, { message: status === STATUS.running ? "The provider started generating." : "Waiting in the provider's queue." });
}

async function succeeded(g: Polled, workerId: string, task: TaskResult) {
  const usage = task.usage ?? { shape: "v26" as const };
  const price = g.unitPriceMicros !== null && g.currency ? { unitPriceMicros: g.unitPriceMicros, currency: g.currency } : null;
  const actual = actualCost(usage, price);
  const mismatch = g.estimatedBilledMs !== null && costDiffers(g.estimatedBilledMs, actual.billedMs);
  await db().$transaction(async (tx) => {
    const moved = await transition(
      g,
      workerId,
      g.status,
      {
        status: STATUS.archiving,
        providerVideoUrl: task.videoUrl ?? null,
        usage: usage as unknown as Prisma.InputJsonValue,
        actualBilledMs: actual.billedMs,
        actualAmountMicros: actual.amountMicros,
        costMismatch: mismatch,
        nextAttemptAt: new Date(),
        attempts: 0,
        leaseOwner: null,
        leaseUntil: null,
      },
      tx,
    );
    if (moved) {
      await addEvent(tx, g.id, "provider_succeeded", {
        message: `The provider finished the video; archiving it.${mismatch ? " The billed seconds differ from the estimate." : ""}`,
        data: {
          requestId: task.requestId,
          billedSeconds: actual.billedSeconds,
          estimateBilledSeconds: g.estimatedBilledMs === null ? null : g.estimatedBilledMs / 1000,
        },
      });
    }
  });
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
