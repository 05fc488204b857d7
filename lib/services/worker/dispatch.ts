// queued → dispatching → pending: one provider create call per generation. The row is marked
// `dispatching` before the call, so a crash mid-call is found and reconciled (recover.ts)
// instead of being sent twice. It also takes its account's create slot (limits.ts): no other
// create for that account and model starts until this row has left `dispatching`.
import "server-only";
import { ProviderError } from "@/lib/adapters/dashscope";
import { buildProviderRequest } from "@/lib/rules/models/builders";
import type { GenerationRequest, Region } from "@/lib/rules/models/types";
import type { Generation } from "@/lib/adapters/db/generated/sqlite/client";
import { addEvent } from "@/lib/services/generations/events";
import { accessForGeneration } from "@/lib/services/provider/access";
import { db } from "@/lib/adapters/db/client";
import { NO_HOOKS, type WorkerHooks } from "@/lib/services/worker/hooks";
import { finish } from "@/lib/services/worker/finish";
import { release, transition } from "@/lib/services/worker/lease";
import { backOff, createSlotHeldSince, createSlotOf, freeStaleSlot, isUniqueViolation, waitForCapacity } from "@/lib/services/worker/limits";
import { pollInterval } from "@/lib/services/worker/poll";
import { cancelBeforeDispatch, pollSoonIfCancelRequested } from "@/lib/services/worker/cancel-request";
import { assertStatusIn, STATUS, statusesOfStep, type RowIn, type StepStatus } from "@/lib/rules/generation-status";

const later = (ms: number) => new Date(Date.now() + ms * (0.85 + Math.random() * 0.3));

/** Accounts (key + model + region) throttled or busy with a create during this tick: skip them until the next. */
export interface TickState {
  throttled: Set<string>;
}

const accountOf = createSlotOf;

type Queued = RowIn<StepStatus<"dispatch">, Generation>;
type Dispatching = RowIn<typeof STATUS.dispatching, Generation>;

export async function dispatch(g: Generation, workerId: string, tick: TickState = { throttled: new Set() }, hooks: WorkerHooks = NO_HOOKS): Promise<void> {
  assertStatusIn(g, statusesOfStep("dispatch"));
  hooks.at("after-claim");
  if (g.cancelRequestedAt) return cancelBeforeDispatch(g, workerId);
  // A row that cannot go now keeps its nextAttemptAt, so it keeps its place in the queue; its
  // account backs off as a whole (limits.ts) instead.
  if (tick.throttled.has(accountOf(g))) return release(g, workerId, g.nextAttemptAt);
  const wait = await waitForCapacity(g);
  if (wait > 0) return holdAccount(g, workerId, tick, wait);
  const slot = accountOf(g);
  const heldSince = await createSlotHeldSince(g);
  if (heldSince) return waitForSlot(g, workerId, tick, heldSince);
  const access = await accessForGeneration(g);
  try {
    if (!(await transition(g, workerId, g.status, { status: STATUS.dispatching, dispatchSlot: slot, dispatchedAt: new Date(), attempts: { increment: 1 } })))
      return;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Another worker took the slot between the check and the update (or a finished row kept it).
    await freeStaleSlot(slot);
    return waitForSlot(g, workerId, tick, new Date());
  }
  const current: Dispatching = { ...g, status: STATUS.dispatching };
  const body = buildProviderRequest(g.request as unknown as GenerationRequest, g.region as Region);
  try {
    const task = await access.client.createTask(body);
    hooks.at("after-create");
    await db().$transaction(async (tx) => {
      const moved = await transition(
        current,
        workerId,
        current.status,
        {
          status: STATUS.pending,
          dispatchSlot: null,
          providerTaskId: task.taskId,
          providerRequestId: task.requestId,
          submittedAt: new Date(),
          nextAttemptAt: later(pollInterval(g)),
          leaseOwner: null,
          leaseUntil: null,
        },
        tx,
      );
      if (moved)
        await addEvent(tx, g.id, "submitted", {
          message: `Submitted to DashScope (${g.region})`,
          data: { taskId: task.taskId, requestId: task.requestId, keySource: g.keySource, workerId },
        });
    });
    // Only a sooner poll: if this write fails, the regular poll honours the cancel.
    await pollSoonIfCancelRequested(g.id).catch(() => undefined);
  } catch (error) {
    // A task id already linked elsewhere (unique violation) is handled like an unclear answer:
    // the row stays `dispatching` and recovery looks for a task that is provably its own.
    if (error instanceof ProviderError && error.kind === "throttled") tick.throttled.add(accountOf(g));
    await onCreateError(current, workerId, error);
  }
}

/** A create call is short; a slot held longer belongs to a row in recovery, which can take minutes. */
const SLOT_IN_RECOVERY_MS = 5_000;

function waitForSlot(g: Queued, workerId: string, tick: TickState, heldSince: Date) {
  const inRecovery = Date.now() - heldSince.getTime() > SLOT_IN_RECOVERY_MS;
  return holdAccount(g, workerId, tick, inRecovery ? 5_000 : 300);
}

async function holdAccount(g: Queued, workerId: string, tick: TickState, ms: number) {
  tick.throttled.add(accountOf(g));
  await backOff(accountOf(g), ms);
  await release(g, workerId, g.nextAttemptAt);
}

async function onCreateError(g: Dispatching, workerId: string, error: unknown) {
  const e = error instanceof ProviderError ? error : null;
  if (e?.kind === "throttled") {
    // Nothing was created: back to the queue, in its old place; the account as a whole waits.
    await backOff(accountOf(g), e.retryAfterMs ?? 1_000);
    await transition(g, workerId, g.status, {
      status: STATUS.queued,
      dispatchSlot: null,
      dispatchedAt: null,
      nextAttemptAt: g.nextAttemptAt,
      leaseOwner: null,
      leaseUntil: null,
    });
    if (g.attempts <= 1 || g.attempts % 5 === 0)
      await addEvent(db(), g.id, "throttled", {
        message: "The provider is at its limit; waiting in the queue.",
        data: { code: e.code ?? null, requestId: e.requestId ?? null },
      });
    return;
  }
  if (e && !e.retryable) {
    await finish(
      g,
      workerId,
      STATUS.failed,
      { dispatchSlot: null, errorCode: e.code ?? e.kind, errorMessage: e.userMessage, providerRequestId: e.requestId ?? null },
      {
        message: `The provider refused the request: ${e.userMessage}`,
        data: { code: e.code ?? null, requestId: e.requestId ?? null, httpStatus: e.httpStatus ?? null },
      },
    );
    return;
  }
  // Timeout, network or 5xx: the task may or may not exist. Leave it `dispatching` for recovery.
  await release(g, workerId, later(5_000));
  await addEvent(db(), g.id, "dispatch_uncertain", {
    message: "No clear answer from the provider; checking whether the task was created before trying again.",
    data: { kind: e?.kind ?? "unknown" },
  });
}
