// The simulator's batch task query over real HTTP, exactly as the provider documents it, and the
// client's window split against it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { formatListTime, listTasksInWindow, ProviderError } from "@/lib/adapters/dashscope";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import { clientFor, pollUntilDone, sleep, t2v } from "@/tests/integration/dashscope/helpers";

const HOUR = 3600_000;
let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ pendingMs: 60, runningMs: 120 });
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => sim.reset());

async function list(params: Record<string, string>, region = "singapore") {
  const res = await fetch(`${sim.url}/${region}/api/v1/tasks?${new URLSearchParams(params)}`, { headers: { Authorization: "Bearer sk-test-key-0001" } });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

const at = (ms: number) => formatListTime(new Date(ms));

describe("GET /tasks answer shape", () => {
  it("answers {request_id, data, total, total_page, page_no, page_size} with every documented row field", async () => {
    const client = clientFor(sim);
    const created = await client.createTask(t2v("wan2.6-t2v", "Row shape"));
    await pollUntilDone(client, created.taskId);
    const { status, body } = await list({});
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(["data", "page_no", "page_size", "request_id", "total", "total_page"]);
    expect(body).toMatchObject({ total: 1, total_page: 1, page_no: 1, page_size: 10 });
    const [row] = body.data;
    expect(Object.keys(row).sort()).toEqual([
      "api_key_id",
      "caller_parent_id",
      "caller_uid",
      "end_time",
      "gmt_create",
      "model_name",
      "region",
      "request_id",
      "start_time",
      "status",
      "task_id",
      "user_api_unique_key",
    ]);
    expect(row).toMatchObject({
      task_id: created.taskId,
      status: "SUCCEEDED",
      model_name: "wan2.6-t2v",
      request_id: created.requestId,
      region: "ap-southeast-1",
    });
    expect(row).not.toHaveProperty("task_status");
    expect(row).not.toHaveProperty("orig_prompt");
    for (const field of ["gmt_create", "start_time", "end_time"]) expect(typeof row[field]).toBe("number");
    expect(row.gmt_create).toBeLessThanOrEqual(row.start_time);
    expect(row.start_time).toBeLessThanOrEqual(row.end_time);
    expect(JSON.stringify(row)).not.toContain("sk-test-key-0001");
  });

  it("lists newest first and pages with page_no / page_size", async () => {
    const client = clientFor(sim);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push((await client.createTask(t2v("wan2.6-t2v", `Page ${i}`))).taskId);
      await sleep(5);
    }
    const newestFirst = [...ids].reverse();
    const first = await list({ page_size: "2" });
    expect(first.body).toMatchObject({ total: 5, total_page: 3, page_no: 1, page_size: 2 });
    expect(first.body.data.map((r: { task_id: string }) => r.task_id)).toEqual(newestFirst.slice(0, 2));
    const last = await list({ page_size: "2", page_no: "3" });
    expect(last.body.data.map((r: { task_id: string }) => r.task_id)).toEqual(newestFirst.slice(4));
    expect((await list({ page_size: "2", page_no: "4" })).body.data).toEqual([]);
  });

  it("filters by status, model_name and task_id", async () => {
    const client = clientFor(sim);
    sim.configure({ pendingMs: 60_000 });
    const waiting = await client.createTask(t2v("wan2.6-t2v", "Still waiting"));
    sim.configure({ pendingMs: 10, runningMs: 10 });
    const other = await client.createTask(t2v("wan2.5-t2v-preview", "Done", { size: "1280*720" }));
    await pollUntilDone(client, other.taskId);
    expect((await list({ status: "PENDING" })).body.data.map((r: { task_id: string }) => r.task_id)).toEqual([waiting.taskId]);
    expect((await list({ status: "SUCCEEDED" })).body.data.map((r: { task_id: string }) => r.task_id)).toEqual([other.taskId]);
    expect((await list({ model_name: "wan2.5-t2v-preview" })).body.total).toBe(1);
    expect((await list({ task_id: waiting.taskId })).body.data).toHaveLength(1);
    expect((await list({ status: "FAILED" })).body).toMatchObject({ data: [], total: 0, total_page: 0 });
  });
});

describe("GET /tasks window rules", () => {
  it("defaults a missing start to 24 h before the end, a missing end to 24 h after the start", async () => {
    const client = clientFor(sim);
    const older = await client.createTask(t2v("wan2.6-t2v", "Older"));
    await sleep(2100);
    const newerAt = Date.now();
    const newer = await client.createTask(t2v("wan2.6-t2v", "Newer"));
    const ids = (r: { body: Record<string, any> }) => r.body.data.map((row: { task_id: string }) => row.task_id);
    // No start: the window is [end - 24 h, end]; with end = newer + 24 h it starts at the newer task.
    expect(ids(await list({ end_time: at(newerAt + 24 * HOUR) }))).toEqual([newer.taskId]);
    // No end: the window is [start, start + 24 h].
    expect(ids(await list({ start_time: at(newerAt - 60_000) }))).toEqual([newer.taskId, older.taskId]);
    expect(ids(await list({ start_time: at(newerAt - 25 * HOUR) }))).toEqual([]);
    // Neither: the last 24 h.
    expect(ids(await list({}))).toEqual([newer.taskId, older.taskId]);
    // An end before both tasks.
    expect(ids(await list({ start_time: at(newerAt - 2 * HOUR), end_time: at(newerAt - HOUR) }))).toEqual([]);
  });

  it.each([
    ["a window over 24 h", () => ({ start_time: at(Date.now() - 25 * HOUR), end_time: at(Date.now()) }), "cannot exceed 24 hours"],
    ["an end before the start", () => ({ start_time: at(Date.now()), end_time: at(Date.now() - HOUR) }), "end_time"],
    ["a time not in YYYYMMDDhhmmss", () => ({ start_time: "2026-01-01 00:00:00" }), "YYYYMMDDhhmmss"],
    ["an impossible date", () => ({ start_time: "20260231120000" }), "YYYYMMDDhhmmss"],
    ["an unknown status", () => ({ status: "DONE" }), "status"],
    ["a page_no of 0", () => ({ page_no: "0" }), "page_no"],
  ])("refuses %s with 400 InvalidParameter", async (_label, params, message) => {
    const { status, body } = await list(params());
    expect(status).toBe(400);
    expect(body.code).toBe("InvalidParameter");
    expect(body.message).toContain(message);
  });

  it("accepts exactly 24 h", async () => {
    const end = Math.floor(Date.now() / 1000) * 1000;
    expect((await list({ start_time: at(end - 24 * HOUR), end_time: at(end) })).status).toBe(200);
  });
});

describe("the client against the strict window", () => {
  it("a single query over 24 h is refused; listTasksInWindow splits it and finds the tasks", async () => {
    const client = clientFor(sim);
    sim.configure({ pendingMs: 60_000 });
    const a = await client.createTask(t2v("wan2.6-t2v", "Split A"));
    const b = await client.createTask(t2v("wan2.6-t2v", "Split B"));
    const window = { startTime: new Date(Date.now() - 60 * HOUR), endTime: new Date(Date.now() + 60_000) };
    const refused = await client.listTasks(window).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ProviderError);
    expect((refused as ProviderError).code).toBe("InvalidParameter");
    const before = sim.stats().lists;
    const listing = await listTasksInWindow(client, { ...window, modelName: "wan2.6-t2v" }, { pageSize: 1 });
    expect(listing.complete).toBe(true);
    expect(listing.tasks.map((t) => t.taskId).sort()).toEqual([a.taskId, b.taskId].sort());
    expect(listing.tasks[0]).toMatchObject({ status: "PENDING", modelName: "wan2.6-t2v" });
    // 3 windows of at most 24 h; the newest one holds both tasks on 2 pages of one.
    expect(sim.stats().lists - before).toBe(4);
  });
});
