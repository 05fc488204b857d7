// Cancel a generation (POST /api/v1/generations/{id}/cancel), by its creator or an admin:
// - not sent yet (queued): canceled here, it never reaches the provider;
// - a create call may be under way (dispatching): a cancel request is recorded; the worker
//   resolves the call first (dispatch.ts / recover.ts) and then cancels what it created
//   (lib/services/worker/cancel-request.ts), so no task is left running unfollowed or sent twice;
// - PENDING at the provider: canceled there (POST /tasks/{id}/cancel), then here;
// - already generating (RUNNING), archiving or finished: 409 with what will happen instead.
// Canceled generations cost 0, so their estimate stops counting against budgets at once.
import "server-only";
import { ProviderError } from "@/lib/adapters/dashscope";
import { db } from "@/lib/adapters/db/client";
import { assertCan, type Actor } from "@/lib/platform/auth/actor";
import { AppError } from "@/lib/contracts/errors";
import { canMove, isTerminal, publicStatus, STATUS, type GenerationStatus } from "@/lib/rules/generation-status";
import { recordActorAudit } from "@/lib/services/audit/record";
import { writeCanceled } from "@/lib/services/generations/cancel-write";
import { addEvent } from "@/lib/services/generations/events";
import { mayManageGeneration } from "@/lib/services/generations/ownership";
import { getGeneration, getGenerationRow } from "@/lib/services/generations/queries";
import type { GenerationResource } from "@/lib/services/generations/resource";
import { accessForGeneration } from "@/lib/services/provider/access";

export type CancelOutcome = "canceled" | "requested";
type Row = Awaited<ReturnType<typeof getGenerationRow>>;

export const ALREADY_GENERATING =
  "This generation is already generating at the provider, so it can no longer be canceled: it will finish and be billed. Delete the video afterwards if you do not want it.";

export function assertMayCancel(actor: Actor, g: { creatorId: string }) {
  assertCan(actor, "generation.manageOwn", "Your role cannot cancel generations.");
  if (!mayManageGeneration(actor, g)) throw new AppError("forbidden", "Only admins can cancel other people's generations.");
}

export async function cancelGeneration(actor: Actor, id: string): Promise<{ generation: GenerationResource; outcome: CancelOutcome }> {
  let g = await getGenerationRow(actor, id);
  assertMayCancel(actor, g);
  // The row may move between our read and our write (a worker's guarded update): read again and retry.
  for (let attempt = 0; attempt < 4; attempt++) {
    const outcome = await cancelOnce(actor, g);
    if (outcome) return { generation: await getGeneration(actor, g.id), outcome };
    g = await getGenerationRow(actor, id);
  }
  throw new AppError("conflict", "This generation changed while it was being canceled. Try again.");
}

const byWhom = (actor: Actor) => `${actor.user.name}${actor.via === "token" ? " (API token)" : ""}`;

/** Null when the row moved on before the write (the caller reads it again). */
async function cancelOnce(actor: Actor, g: Row): Promise<CancelOutcome | null> {
  if (isTerminal(g.status)) throw finishedConflict(g.status);
  if (g.status === STATUS.archiving)
    throw new AppError("conflict", "The provider already finished this video, so it can no longer be canceled: it was billed and is being archived.");
  if (g.status === STATUS.running) throw new AppError("conflict", ALREADY_GENERATING);
  if (g.status === STATUS.dispatching) return requestCancel(actor, g);
  if (g.status === STATUS.pending && g.providerTaskId) return cancelAtProvider(actor, g, g.providerTaskId);
  // Not sent (queued, or waiting for a decision): nothing exists at the provider.
  if (canMove(g.status, STATUS.canceled) && !g.providerTaskId) {
    const moved = await writeCanceled(actor, {
      id: g.id,
      from: [g.status as GenerationStatus],
      message: `Canceled by ${byWhom(actor)} before it was sent to the provider.`,
      data: { from: g.status, sentToProvider: false },
    });
    return moved ? "canceled" : null;
  }
  throw new AppError("conflict", `A ${publicStatus(g.status)} generation cannot be canceled.`);
}

function finishedConflict(status: string): AppError {
  const name = publicStatus(status);
  return new AppError(
    "conflict",
    name === STATUS.canceled
      ? "This generation is already canceled."
      : `This generation already finished (${name}), so there is nothing to cancel. Only queued and pending generations can be canceled.`,
  );
}

async function requestCancel(actor: Actor, g: Row): Promise<CancelOutcome | null> {
  if (g.cancelRequestedAt) return "requested";
  const { count } = await db().generation.updateMany({
    where: { id: g.id, status: STATUS.dispatching, cancelRequestedAt: null },
    data: { cancelRequestedAt: new Date(), cancelRequestedById: actor.user.id },
  });
  if (count !== 1) return null;
  await addEvent(db(), g.id, "cancel_requested", {
    actorId: actor.user.id,
    message: `Cancel requested by ${byWhom(actor)}: it is being sent to the provider right now; it will be canceled as soon as the provider's answer is known.`,
  });
  await recordActorAudit(actor, { action: "generation.cancel_requested", targetType: "generation", targetId: g.id, data: { from: g.status } });
  return "requested";
}

async function cancelAtProvider(actor: Actor, g: Row, taskId: string): Promise<CancelOutcome | null> {
  const access = await accessForGeneration(g);
  let answer: Awaited<ReturnType<typeof access.client.cancelTask>>;
  try {
    answer = await access.client.cancelTask(taskId);
  } catch (error) {
    throw providerTrouble(error);
  }
  if (answer.outcome === "not_pending") {
    // It started generating (or ended) since our last poll: keep following it, and look soon.
    await db().generation.updateMany({ where: { id: g.id, status: STATUS.pending, leaseOwner: null }, data: { nextAttemptAt: new Date() } });
    await addEvent(db(), g.id, "cancel_refused", {
      actorId: actor.user.id,
      message: `Cancel by ${byWhom(actor)} refused: the task had already started generating at the provider; it will finish and be billed.`,
      data: { requestId: answer.requestId },
    });
    throw new AppError("conflict", ALREADY_GENERATING);
  }
  const moved = await writeCanceled(actor, {
    id: g.id,
    // A poll in between may have seen it RUNNING a moment before the provider canceled it.
    from: [STATUS.pending, STATUS.running],
    message: `Canceled by ${byWhom(actor)} while waiting in the provider's queue; the provider does not bill it.`,
    data: { from: g.status, sentToProvider: true, taskId, requestId: answer.requestId },
  });
  // Not moved: a poll saw the task CANCELED first and recorded it the same way (cost 0).
  return moved || (await db().generation.count({ where: { id: g.id, status: STATUS.canceled } })) === 1 ? "canceled" : null;
}

function providerTrouble(error: unknown): AppError {
  if (!(error instanceof ProviderError)) throw error;
  const provider = { ...(error.code && { code: error.code }), ...(error.requestId && { requestId: error.requestId }) };
  const unreachable = error.kind === "network" || error.kind === "timeout" || error.kind === "server" || error.kind === "throttled";
  return new AppError(
    unreachable ? "provider_unavailable" : "provider_error",
    `The provider did not confirm the cancel, so the generation goes on; try again in a moment. ${error.userMessage}`,
    { provider },
  );
}
