// A cancel asked for while the row was `dispatching` (lib/services/generations/cancel.ts sets
// cancelRequestedAt). The worker honours it once it knows what the create call did:
// - the row came back to the queue (throttled, or recovery proved no task exists): canceled
//   before dispatching again (dispatch.ts calls cancelBeforeDispatch);
// - a task exists (pending / running): the poll step asks the provider to cancel it first
//   (poll.ts calls honourCancelRequest). Canceled → the row ends canceled (cost 0); not PENDING
//   any more → the request is dropped with a timeline note and the task is followed to its end.
// Both run under the worker's lease through guarded moves, so nothing is canceled twice.
import "server-only";
import type { DashScopeClient } from "@/lib/adapters/dashscope";
import { db } from "@/lib/adapters/db/client";
import type { Generation } from "@/lib/adapters/db/generated/sqlite/client";
import { STATUS, type RowIn, type StepStatus } from "@/lib/rules/generation-status";
import { addEvent } from "@/lib/services/generations/events";
import { finish } from "@/lib/services/worker/finish";
import { transition } from "@/lib/services/worker/lease";

const noLongerRequested = { cancelRequestedAt: null, cancelRequestedById: null };

/** A queued row whose cancel was requested: cancel it instead of sending it. */
export async function cancelBeforeDispatch(g: RowIn<StepStatus<"dispatch">, Generation>, workerId: string): Promise<void> {
  await finish(
    g,
    workerId,
    STATUS.canceled,
    { errorCode: "Canceled", errorMessage: "Canceled on request before it reached the provider." },
    { message: "Canceled as requested: the provider never got the request.", data: { requestedBy: g.cancelRequestedById } },
  );
}

/** After a create: a cancel asked for meanwhile is honoured at the next poll, so make that poll now, not an interval later. */
export async function pollSoonIfCancelRequested(id: string): Promise<void> {
  await db().generation.updateMany({
    where: { id, status: STATUS.pending, cancelRequestedAt: { not: null }, leaseOwner: null },
    data: { nextAttemptAt: new Date() },
  });
}

/**
 * A pending/running row whose cancel was requested: ask the provider. Returns true when the row is
 * done (canceled), false when the poll should go on as usual (refused, or the provider did not answer:
 * the request stays and the next poll tries again).
 */
export async function honourCancelRequest(g: RowIn<StepStatus<"poll">, Generation>, workerId: string, client: DashScopeClient): Promise<boolean> {
  let outcome: "canceled" | "not_pending";
  try {
    outcome = (await client.cancelTask(g.providerTaskId!)).outcome;
  } catch {
    return false;
  }
  if (outcome === "canceled") {
    return finish(
      g,
      workerId,
      STATUS.canceled,
      {
        ...noLongerRequested,
        errorCode: "Canceled",
        errorMessage: "Canceled on request while waiting in the provider's queue; the provider does not bill it.",
      },
      { message: "Canceled at the provider as requested (it was still waiting in the provider's queue).", data: { taskId: g.providerTaskId } },
    );
  }
  if (await transition(g, workerId, g.status, noLongerRequested))
    await addEvent(db(), g.id, "cancel_refused", {
      message: "The requested cancel came too late: the task had already started generating at the provider; it will finish and be billed.",
      data: { taskId: g.providerTaskId },
    });
  return false;
}
