// Rows left `dispatching` (a worker died or the create call got no clear answer) may or may not
// have a provider task. Look for it in the provider's task list (same model, the dispatch time
// window, same prompt, not linked to another generation) and adopt it; if there is none, the
// create never landed and the row goes back to the queue. This is what keeps one generation
// from ever becoming two provider tasks.
import type { Generation } from "@/lib/generated/sqlite/client";
import { db } from "@/lib/db";
import { providerModelName } from "@/lib/models/catalog";
import type { Region } from "@/lib/models/types";
import { addEvent } from "@/lib/generations/events";
import { accessForGeneration } from "@/lib/provider/access";
import { release, transition } from "@/lib/worker/lease";

/** How long after a create call the provider's task list is trusted to show the task. */
const LIST_SETTLE_MS = 15_000;

async function findOrphanTask(g: Generation): Promise<{ taskId: string; status: string } | null> {
  const access = await accessForGeneration(g);
  const since = new Date((g.dispatchedAt ?? g.updatedAt).getTime() - 60_000);
  const modelName = providerModelName(g.model, g.region as Region);
  for (let page = 1; page <= 5; page++) {
    const { tasks } = await access.client.listTasks({ startTime: since, endTime: new Date(Date.now() + 60_000), modelName, pageNo: page, pageSize: 50 });
    for (const t of tasks) {
      const taken = await db().generation.count({ where: { providerTaskId: t.taskId } });
      if (taken) continue;
      const detail = await access.client.getTask(t.taskId);
      if (detail.origPrompt === undefined || detail.origPrompt === g.prompt) return { taskId: t.taskId, status: detail.status };
    }
    if (tasks.length < 50) break;
  }
  return null;
}

export async function recover(g: Generation, workerId: string): Promise<void> {
  let found: { taskId: string; status: string } | null;
  try {
    found = await findOrphanTask(g);
  } catch {
    await release(g, workerId, new Date(Date.now() + 10_000));
    return;
  }
  if (found) {
    const status = found.status === "RUNNING" ? "running" : "pending";
    if (await transition(g, workerId, "dispatching", { status, providerTaskId: found.taskId, submittedAt: g.dispatchedAt ?? new Date(), nextAttemptAt: new Date(), leaseOwner: null, leaseUntil: null })) {
      await addEvent(db(), g.id, "submitted", { message: "Found the provider task created before an interruption; continuing with it.", data: { taskId: found.taskId, recovered: true } });
    }
    return;
  }
  if (Date.now() - (g.dispatchedAt ?? g.updatedAt).getTime() < LIST_SETTLE_MS) {
    await release(g, workerId, new Date(Date.now() + 3_000));
    return;
  }
  if (await transition(g, workerId, "dispatching", { status: "queued", dispatchedAt: null, nextAttemptAt: new Date(), leaseOwner: null, leaseUntil: null })) {
    await addEvent(db(), g.id, "requeued", { message: "The earlier submission never reached the provider; queued again." });
  }
}
