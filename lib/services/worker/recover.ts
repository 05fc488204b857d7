// Rows left `dispatching` (a worker died or the create call got no clear answer) may or may not
// have a provider task. Look for it in the provider's task list (same model, the dispatch window,
// not linked to any generation) and adopt it only once it is proven to be this generation's
// (task-proof.ts); while a candidate cannot be told yet, wait for it to end. Only when no task can
// be ours, and the create call can no longer land, does the row go back to the queue. This is
// what keeps one generation from becoming two provider tasks, or taking another one's.
import "server-only";
import { listTasksInWindow, type ListedTask } from "@/lib/adapters/dashscope";
import type { Generation } from "@/lib/adapters/db/generated/sqlite/client";
import { db } from "@/lib/adapters/db/client";
import { env } from "@/lib/platform/config/env";
import { addEvent } from "@/lib/services/generations/events";
import { accessForGeneration } from "@/lib/services/provider/access";
import { release, transition } from "@/lib/services/worker/lease";
import { isUniqueViolation } from "@/lib/services/worker/limits";
import { pollInterval } from "@/lib/services/worker/poll";
import { expectationFor, judgeTask } from "@/lib/services/worker/task-proof";
import { assertStatusIn, STATUS, statusesOfStep, type RowIn, type StepStatus } from "@/lib/rules/generation-status";

type Dispatching = RowIn<StepStatus<"recover">, Generation>;

/** How long after a create call the provider's task list is trusted to show the task. */
const LIST_SETTLE_MS = 15_000;
/** Clock skew allowed between this server and the provider when choosing the list window. */
const CLOCK_SKEW_MS = 120_000;
/** Single-task queries per recovery attempt (the provider allows 20 per second per account). */
const MAX_DETAIL_QUERIES = 20;

// "Not this generation's" never changes for a task (its prompt and parameters are fixed), so each
// process remembers it and later attempts query only the tasks still open. Only a saving of calls:
// a fresh process asks again.
const ruledOut = new Set<string>();
const RULED_OUT_MAX = 10_000;
const ruledOutKey = (g: Generation, taskId: string) => `${g.id}:${taskId}`;
function ruleOut(key: string) {
  if (ruledOut.size >= RULED_OUT_MAX) ruledOut.clear();
  ruledOut.add(key);
}

type Search = { kind: "found"; taskId: string; status: string } | { kind: "wait" } | { kind: "absent" };

const dispatchedAtOf = (g: Generation) => (g.dispatchedAt ?? g.updatedAt).getTime();

async function unlinked(tasks: ListedTask[]): Promise<ListedTask[]> {
  const ids = tasks.map((t) => t.taskId);
  if (ids.length === 0) return [];
  const rows = await db().generation.findMany({ where: { providerTaskId: { in: ids } }, select: { providerTaskId: true } });
  const linked = new Set(rows.map((r) => r.providerTaskId));
  const oldestFirst = (t: ListedTask) => t.submitTime?.getTime() ?? Number.MAX_SAFE_INTEGER;
  return tasks.filter((t) => !linked.has(t.taskId)).sort((a, b) => oldestFirst(a) - oldestFirst(b));
}

/** Until this moment the create call can still land: its timeout, plus the list catching up. */
const landingDeadline = (g: Generation) => dispatchedAtOf(g) + env().DASHSCOPE_TIMEOUT_MS + LIST_SETTLE_MS;

async function searchOwnTask(g: Generation): Promise<Search> {
  const access = await accessForGeneration(g);
  const expected = expectationFor(g);
  // A task submitted after the create call could no longer land is not ours: the window ends there,
  // so a stream of other tasks cannot keep recovery waiting. (listTasksInWindow splits any window
  // over the provider's 24 h into several queries.)
  const listing = await listTasksInWindow(access.client, {
    startTime: new Date(dispatchedAtOf(g) - CLOCK_SKEW_MS),
    endTime: new Date(Math.min(Date.now(), landingDeadline(g)) + CLOCK_SKEW_MS),
    modelName: expected.modelName,
  });
  const candidates = (await unlinked(listing.tasks)).filter((t) => !ruledOut.has(ruledOutKey(g, t.taskId)));
  let undecided = !listing.complete || candidates.length > MAX_DETAIL_QUERIES;
  for (const candidate of candidates.slice(0, MAX_DETAIL_QUERIES)) {
    const detail = await access.client.getTask(candidate.taskId);
    const verdict = judgeTask(expected, candidate, detail);
    if (verdict === "ours") return { kind: "found", taskId: candidate.taskId, status: detail.status };
    if (verdict === "undecided") undecided = true;
    else ruleOut(ruledOutKey(g, candidate.taskId));
  }
  return undecided ? { kind: "wait" } : { kind: "absent" };
}

export async function recover(g: Generation, workerId: string): Promise<void> {
  assertStatusIn(g, statusesOfStep("recover"));
  let search: Search;
  try {
    search = await searchOwnTask(g);
  } catch {
    await release(g, workerId, new Date(Date.now() + 10_000));
    return;
  }
  if (search.kind === "found") return adopt(g, workerId, search);
  if (search.kind === "wait") {
    // A task that may be ours has not ended yet: it will show its prompt when it does.
    await release(g, workerId, new Date(Date.now() + pollInterval(g)));
    return;
  }
  if (Date.now() < landingDeadline(g)) {
    await release(g, workerId, new Date(Date.now() + 3_000));
    return;
  }
  if (
    await transition(g, workerId, g.status, {
      status: STATUS.queued,
      dispatchSlot: null,
      dispatchedAt: null,
      nextAttemptAt: new Date(),
      leaseOwner: null,
      leaseUntil: null,
    })
  ) {
    await addEvent(db(), g.id, "requeued", { message: "The earlier submission never reached the provider; queued again." });
  }
}

async function adopt(g: Dispatching, workerId: string, found: { taskId: string; status: string }) {
  const status = found.status === "RUNNING" ? STATUS.running : STATUS.pending;
  let moved: boolean;
  try {
    moved = await transition(g, workerId, g.status, {
      status,
      dispatchSlot: null,
      providerTaskId: found.taskId,
      submittedAt: g.dispatchedAt ?? new Date(),
      nextAttemptAt: new Date(),
      leaseOwner: null,
      leaseUntil: null,
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Another generation linked this task first (it was sent twice with the same request): look again.
    await release(g, workerId, new Date(Date.now() + 1_000));
    return;
  }
  if (moved) {
    await addEvent(db(), g.id, "submitted", {
      message: "Found the provider task created before an interruption; continuing with it.",
      data: { taskId: found.taskId, recovered: true },
    });
  }
}
