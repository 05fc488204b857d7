// GET /tasks, the batch task query, as the provider documents it: start_time / end_time as
// "YYYYMMDDhhmmss" (UTC+8) spanning at most 24 h (no start: 24 h before the end; no end: 24 h
// after the start; neither: the last 24 h), optional model_name, status and task_id filters,
// page_no (default 1) and page_size (default 10), newest first. Rows carry no prompt.
import type { ServerResponse } from "node:http";
import type { Region } from "@/lib/rules/models/types";
import { newRequestId, sendJson, sendProviderError } from "@/lib/simulator/http-utils";
import { parseListTime } from "@/lib/simulator/sim-time";
import type { SimTask, TaskStore } from "@/lib/simulator/task-store";

export const LIST_WINDOW_MAX_MS = 24 * 60 * 60 * 1000;
const LIST_STATUSES = ["PENDING", "RUNNING", "SUCCEEDED", "FAILED", "CANCELED", "UNKNOWN"];
const MAX_PAGE_SIZE = 100;

/** The provider's own names for the regions, as the rows' `region` field shows them. */
const PROVIDER_REGION: Record<Region, string> = { singapore: "ap-southeast-1", virginia: "us-east-1", beijing: "cn-beijing" };
/** Every simulated key belongs to one simulated account. */
const SIM_ACCOUNT_UID = "5000000000000001";

type Query = { start: number; end: number; model?: string; status?: string; taskId?: string; pageNo: number; pageSize: number };

function invalid(message: string): { error: string } {
  return { error: message };
}

function positiveInt(text: string | null, fallback: number, name: string): number | { error: string } {
  if (text === null || text === "") return fallback;
  if (!/^\d+$/.test(text) || Number(text) < 1) return invalid(`${name} must be a positive integer.`);
  return Number(text);
}

export function readListQuery(query: URLSearchParams, now: number): Query | { error: string } {
  const startText = query.get("start_time");
  const endText = query.get("end_time");
  const start = startText ? parseListTime(startText) : undefined;
  const end = endText ? parseListTime(endText) : undefined;
  if (start === null) return invalid("start_time must be in the format YYYYMMDDhhmmss.");
  if (end === null) return invalid("end_time must be in the format YYYYMMDDhhmmss.");
  const to = end ?? (start !== undefined ? start + LIST_WINDOW_MAX_MS : now);
  const from = start ?? to - LIST_WINDOW_MAX_MS;
  if (to < from) return invalid("end_time must not be earlier than start_time.");
  if (to - from > LIST_WINDOW_MAX_MS) return invalid("The time range between start_time and end_time cannot exceed 24 hours.");
  const status = query.get("status") || undefined;
  if (status !== undefined && !LIST_STATUSES.includes(status)) return invalid(`status must be one of ${LIST_STATUSES.join(", ")}.`);
  const pageNo = positiveInt(query.get("page_no"), 1, "page_no");
  if (typeof pageNo !== "number") return pageNo;
  const pageSize = positiveInt(query.get("page_size"), 10, "page_size");
  if (typeof pageSize !== "number") return pageSize;
  return {
    start: from,
    end: to,
    model: query.get("model_name") || undefined,
    status,
    taskId: query.get("task_id") || undefined,
    pageNo,
    pageSize: Math.min(pageSize, MAX_PAGE_SIZE),
  };
}

function row(store: TaskStore, task: SimTask, status: string) {
  const startedAt = task.createdAt + task.pendingMs;
  const finished = status === "SUCCEEDED" || status === "FAILED" || status === "CANCELED";
  return {
    task_id: task.id,
    status,
    model_name: task.model,
    gmt_create: task.createdAt,
    start_time: status === "PENDING" ? null : startedAt,
    end_time: finished ? store.finishedAt(task) : null,
    request_id: task.requestId,
    api_key_id: task.apiKeyId,
    region: PROVIDER_REGION[task.region],
    caller_uid: SIM_ACCOUNT_UID,
    caller_parent_id: SIM_ACCOUNT_UID,
    user_api_unique_key: `apikey:v1:${task.apiKeyId}`,
  };
}

export function handleListTasks(store: TaskStore, res: ServerResponse, region: Region, params: URLSearchParams) {
  store.recordList();
  const now = Date.now();
  const query = readListQuery(params, now);
  if ("error" in query) return sendProviderError(res, 400, "InvalidParameter", query.error);
  const rows = store
    .all()
    .filter((task) => task.region === region && task.createdAt >= query.start && task.createdAt <= query.end)
    .map((task) => ({ task, status: store.statusOf(task, now) }))
    .filter(
      ({ task, status }) =>
        status !== "UNKNOWN" &&
        (!query.model || task.model === query.model) &&
        (!query.status || status === query.status) &&
        (!query.taskId || task.id === query.taskId),
    )
    .sort((a, b) => b.task.createdAt - a.task.createdAt);
  const page = rows.slice((query.pageNo - 1) * query.pageSize, query.pageNo * query.pageSize);
  sendJson(res, 200, {
    request_id: newRequestId(),
    data: page.map(({ task, status }) => row(store, task, status)),
    total: rows.length,
    total_page: Math.ceil(rows.length / query.pageSize),
    page_no: query.pageNo,
    page_size: query.pageSize,
  });
}
