// The batch query takes a window of at most 24 hours at one-second resolution. A longer window
// is asked as consecutive 24-hour windows, each read page by page.
import "server-only";
import type { ListTasksQuery } from "@/lib/adapters/dashscope/client";
import type { TaskStatus } from "@/lib/adapters/dashscope/parse";
import type { ListedTask, TaskList } from "@/lib/adapters/dashscope/task-list";

export const LIST_WINDOW_MAX_MS = 24 * 60 * 60 * 1000;
const SECOND = 1000;

export interface TimeWindow {
  startTime: Date;
  endTime: Date;
}

/**
 * Whole-second windows of at most 24 h that together cover [start, end]: the start is rounded down
 * and the end up, so nothing at the edges is lost to the provider's second resolution. Neighbours
 * share their boundary second; callers dedupe by task id.
 */
export function splitListWindow(start: Date, end: Date, maxMs = LIST_WINDOW_MAX_MS): TimeWindow[] {
  const from = Math.floor(start.getTime() / SECOND) * SECOND;
  const to = Math.ceil(end.getTime() / SECOND) * SECOND;
  if (to < from) return [];
  const windows: TimeWindow[] = [];
  for (let cursor = from; ; cursor += maxMs) {
    const windowEnd = Math.min(cursor + maxMs, to);
    windows.push({ startTime: new Date(cursor), endTime: new Date(windowEnd) });
    if (windowEnd >= to) return windows;
  }
}

export interface WindowListing {
  /** Every task found, each once, in the order the provider listed them. */
  tasks: ListedTask[];
  /** False when a page limit stopped the listing early: a task may exist that was not seen. */
  complete: boolean;
}

interface Lister {
  listTasks(query: ListTasksQuery): Promise<TaskList>;
}

export async function listTasksInWindow(
  client: Lister,
  query: { startTime: Date; endTime: Date; modelName?: string; status?: TaskStatus },
  options: { pageSize?: number; maxPagesPerWindow?: number } = {},
): Promise<WindowListing> {
  const pageSize = options.pageSize ?? 100;
  const maxPages = options.maxPagesPerWindow ?? 10;
  const seen = new Map<string, ListedTask>();
  let complete = true;
  for (const window of splitListWindow(query.startTime, query.endTime)) {
    for (let pageNo = 1; ; pageNo++) {
      const page = await client.listTasks({ ...window, modelName: query.modelName, status: query.status, pageNo, pageSize });
      for (const task of page.tasks) if (!seen.has(task.taskId)) seen.set(task.taskId, task);
      if (page.tasks.length === 0 || pageNo >= page.totalPage) break;
      if (pageNo >= maxPages) {
        complete = false;
        break;
      }
    }
  }
  return { tasks: [...seen.values()], complete };
}
