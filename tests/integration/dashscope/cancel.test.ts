// POST /tasks/{task_id}/cancel against the simulator over real HTTP, as documented: only a PENDING
// task can be canceled (200 {request_id}; it then reads CANCELED, is not billed and frees its
// concurrency); every other state, an unknown id included, is 400 UnsupportedOperation; auth as everywhere.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import { clientFor, pollUntilDone, providerErrorOf, sleep, t2v } from "@/tests/integration/dashscope/helpers";

let sim: RunningSimulator;

beforeAll(async () => {
  sim = await startSimulator({ pendingMs: 400, runningMs: 300 });
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => sim.reset());

describe("cancel a task", () => {
  it("cancels a PENDING task: 200 {request_id}, then CANCELED with no usage, also in the batch query", async () => {
    const client = clientFor(sim);
    const { taskId } = await client.createTask(t2v());
    const answer = await client.cancelTask(taskId);
    expect(answer.outcome).toBe("canceled");
    expect(answer.requestId).toBeTruthy();
    const task = await client.getTask(taskId);
    expect(task).toMatchObject({ status: "CANCELED" });
    expect(task.usage).toBeUndefined();
    expect(task.videoUrl).toBeUndefined();
    await sleep(800); // past pending + running: still CANCELED, never SUCCEEDED
    expect((await client.getTask(taskId)).status).toBe("CANCELED");
    const list = await client.listTasks({ startTime: new Date(Date.now() - 60_000), endTime: new Date(Date.now() + 60_000) });
    expect(list.tasks.find((t) => t.taskId === taskId)).toMatchObject({ status: "CANCELED" });
    expect(sim.stats().cancels).toBe(1);
  });

  it("answers 400 UnsupportedOperation (not_pending) for RUNNING, SUCCEEDED, CANCELED and unknown tasks", async () => {
    const client = clientFor(sim);
    const running = await client.createTask(t2v());
    await sleep(500);
    expect((await client.getTask(running.taskId)).status).toBe("RUNNING");
    expect((await client.cancelTask(running.taskId)).outcome).toBe("not_pending");
    expect((await pollUntilDone(client, running.taskId)).status).toBe("SUCCEEDED");
    expect((await client.cancelTask(running.taskId)).outcome).toBe("not_pending");

    const pending = await client.createTask(t2v());
    expect((await client.cancelTask(pending.taskId)).outcome).toBe("canceled");
    expect((await client.cancelTask(pending.taskId)).outcome).toBe("not_pending");
    expect((await client.cancelTask("no-such-task")).outcome).toBe("not_pending");
    // A task of another region is unknown there.
    const other = await clientFor(sim, "singapore").createTask(t2v());
    expect((await clientFor(sim, "virginia").cancelTask(other.taskId)).outcome).toBe("not_pending");
    expect(sim.stats().cancels).toBe(1);
  });

  it("needs a valid key (401 InvalidApiKey) and frees the account's concurrency", async () => {
    const error = await providerErrorOf(clientFor(sim, "singapore", "sk-bad-1").cancelTask("x"));
    expect(error).toMatchObject({ kind: "auth", httpStatus: 401, code: "InvalidApiKey" });

    sim.configure({ concurrency: { default: 1 } });
    const client = clientFor(sim, "singapore", "sk-test-key-0001");
    const first = await client.createTask(t2v());
    await expect(providerErrorOf(client.createTask(t2v()))).resolves.toMatchObject({ kind: "throttled" });
    await client.cancelTask(first.taskId);
    await expect(client.createTask(t2v())).resolves.toMatchObject({ taskStatus: "PENDING" });
  });
});
