// A recovery window longer than the batch query's 24 hours is asked as 24-hour windows, page by page.
import { describe, expect, it } from "vitest";
import { LIST_WINDOW_MAX_MS, listTasksInWindow, splitListWindow, type ListTasksQuery, type TaskList } from "@/lib/adapters/dashscope";

const HOUR = 3600_000;
const t0 = new Date("2026-03-01T00:00:00.400Z");

describe("splitListWindow", () => {
  it("keeps a window of 24 h or less whole, on whole seconds that cover it", () => {
    const windows = splitListWindow(t0, new Date(t0.getTime() + 2 * HOUR));
    expect(windows).toEqual([{ startTime: new Date("2026-03-01T00:00:00.000Z"), endTime: new Date("2026-03-01T02:00:01.000Z") }]);
  });

  it.each([25, 48, 49.5, 72])("splits %s h into consecutive windows of at most 24 h that cover it", (hours) => {
    const end = new Date(t0.getTime() + hours * HOUR);
    const windows = splitListWindow(t0, end);
    expect(windows.length).toBe(Math.ceil((Math.ceil(end.getTime() / 1000) * 1000 - Math.floor(t0.getTime() / 1000) * 1000) / LIST_WINDOW_MAX_MS));
    expect(windows[0].startTime.getTime()).toBeLessThanOrEqual(t0.getTime());
    expect(windows.at(-1)!.endTime.getTime()).toBeGreaterThanOrEqual(end.getTime());
    for (const [i, w] of windows.entries()) {
      expect(w.endTime.getTime() - w.startTime.getTime()).toBeLessThanOrEqual(LIST_WINDOW_MAX_MS);
      expect(w.startTime.getTime() % 1000).toBe(0);
      expect(w.endTime.getTime() % 1000).toBe(0);
      if (i > 0) expect(w.startTime.getTime()).toBe(windows[i - 1].endTime.getTime());
    }
  });

  it("returns nothing for an end before the start", () => {
    expect(splitListWindow(t0, new Date(t0.getTime() - 5000))).toEqual([]);
  });
});

/** A fake provider holding tasks at given times; it refuses windows over 24 h as the real one does. */
function fakeLister(taskTimes: number[], pageSizeCap = 100) {
  const calls: ListTasksQuery[] = [];
  return {
    calls,
    async listTasks(query: ListTasksQuery): Promise<TaskList> {
      calls.push(query);
      if (query.endTime.getTime() - query.startTime.getTime() > LIST_WINDOW_MAX_MS) throw new Error("window over 24 h");
      const pageSize = Math.min(query.pageSize ?? 10, pageSizeCap);
      const rows = taskTimes
        .map((at, i) => ({ taskId: `t${i}`, status: "SUCCEEDED" as const, submitTime: new Date(at) }))
        .filter((t) => t.submitTime >= query.startTime && t.submitTime <= query.endTime)
        .sort((a, b) => b.submitTime.getTime() - a.submitTime.getTime());
      const pageNo = query.pageNo ?? 1;
      return {
        requestId: "r",
        tasks: rows.slice((pageNo - 1) * pageSize, pageNo * pageSize),
        total: rows.length,
        totalPage: Math.ceil(rows.length / pageSize),
        pageNo,
        pageSize,
      };
    },
  };
}

describe("listTasksInWindow", () => {
  it("finds every task of a 60 h window with no query over 24 h, each task once", async () => {
    const start = t0.getTime();
    const times = [start + 1000, start + 23 * HOUR, start + 24 * HOUR, start + 30 * HOUR, start + 59 * HOUR];
    const lister = fakeLister(times);
    const listing = await listTasksInWindow(lister, { startTime: t0, endTime: new Date(start + 60 * HOUR) });
    expect(listing.complete).toBe(true);
    expect(listing.tasks.map((t) => t.taskId).sort()).toEqual(["t0", "t1", "t2", "t3", "t4"]);
    expect(lister.calls.length).toBe(3);
  });

  it("follows total_page, also when the provider caps the page size", async () => {
    const times = Array.from({ length: 23 }, (_, i) => t0.getTime() + i * 1000);
    const lister = fakeLister(times, 5);
    const listing = await listTasksInWindow(lister, { startTime: t0, endTime: new Date(t0.getTime() + HOUR), modelName: "wan2.6-t2v" });
    expect(listing.tasks).toHaveLength(23);
    expect(lister.calls.map((c) => c.pageNo)).toEqual([1, 2, 3, 4, 5]);
    expect(lister.calls.every((c) => c.modelName === "wan2.6-t2v")).toBe(true);
  });

  it("says it is incomplete when the page limit stops it", async () => {
    const times = Array.from({ length: 30 }, (_, i) => t0.getTime() + i * 1000);
    const listing = await listTasksInWindow(fakeLister(times, 5), { startTime: t0, endTime: new Date(t0.getTime() + HOUR) }, { maxPagesPerWindow: 2 });
    expect(listing).toMatchObject({ complete: false });
    expect(listing.tasks).toHaveLength(10);
  });
});
