// The only code that speaks the DashScope video-synthesis protocol.
import "server-only";
import type { ProviderRequest, Region } from "@/lib/rules/models/types";
import { baseUrlFor } from "@/lib/adapters/dashscope/base-url";
import { malformedError, ProviderError, classifyProviderError } from "@/lib/adapters/dashscope/errors";
import { exchange, type FetchLike } from "@/lib/adapters/dashscope/http";
import { parseCreateBody, parseTaskBody, type CreateTaskResult, type TaskResult, type TaskStatus } from "@/lib/adapters/dashscope/parse";
import { parseTaskListBody, type TaskList } from "@/lib/adapters/dashscope/task-list";
import { parseCancelBody, type CancelTaskResult } from "@/lib/adapters/dashscope/cancel";
import { formatListTime } from "@/lib/adapters/dashscope/time";

export const DEFAULT_TIMEOUT_MS = 20_000;
const CREATE_PATH = "/services/aigc/video-generation/video-synthesis";
/** The provider's answer to a cancel of a task that is not PENDING (wan-api-facts.md, "Task management"). */
const NOT_PENDING_CODE = "UnsupportedOperation";

export interface DashScopeClientOptions {
  apiKey: string;
  region: Region;
  /** Overrides the official base URL; may contain `{region}`. */
  baseUrl?: string;
  workspaceId?: string;
  timeoutMs?: number;
  fetchImpl?: FetchLike;
}

/** One batch query: the window must be at most 24 h (see listTasksInWindow for longer ones). */
export interface ListTasksQuery {
  startTime: Date;
  endTime: Date;
  modelName?: string;
  status?: TaskStatus;
  taskId?: string;
  pageNo?: number;
  pageSize?: number;
}

export interface DashScopeClient {
  readonly region: Region;
  readonly baseUrl: string;
  createTask(body: ProviderRequest): Promise<CreateTaskResult>;
  getTask(taskId: string): Promise<TaskResult>;
  listTasks(query: ListTasksQuery): Promise<TaskList>;
  /** Cancels a task that is still PENDING; any other state answers `not_pending` (never throws for it). */
  cancelTask(taskId: string): Promise<CancelTaskResult>;
  checkKey(): Promise<"valid" | "invalid">;
}

export function createDashScopeClient(options: DashScopeClientOptions): DashScopeClient {
  const base = baseUrlFor(options.region, options.baseUrl);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fetchImpl: FetchLike = options.fetchImpl ?? ((input, init) => fetch(input, init));

  function headers(extra: Record<string, string> = {}): Record<string, string> {
    const result: Record<string, string> = {
      Authorization: `Bearer ${options.apiKey}`,
      Accept: "application/json",
      ...extra,
    };
    if (options.workspaceId) result["X-DashScope-WorkSpace"] = options.workspaceId;
    return result;
  }

  async function get(pathAndQuery: string) {
    return exchange({ fetchImpl, method: "GET", url: base + pathAndQuery, headers: headers(), timeoutMs });
  }

  return {
    region: options.region,
    baseUrl: base,

    async createTask(body) {
      const answer = await exchange({
        fetchImpl,
        method: "POST",
        url: base + CREATE_PATH,
        headers: headers({ "Content-Type": "application/json", "X-DashScope-Async": "enable" }),
        body: JSON.stringify(body),
        timeoutMs,
      });
      const parsed = parseCreateBody(answer.json);
      if (!parsed) throw malformedError({ httpStatus: answer.status, idempotent: false, requestId: answer.requestId });
      return parsed;
    },

    async getTask(taskId) {
      const answer = await get(`/tasks/${encodeURIComponent(taskId)}`);
      const parsed = parseTaskBody(answer.json, taskId);
      if (!parsed) throw malformedError({ httpStatus: answer.status, idempotent: true, requestId: answer.requestId });
      return parsed;
    },

    async listTasks(query) {
      const params = new URLSearchParams({
        start_time: formatListTime(query.startTime),
        end_time: formatListTime(query.endTime),
        page_no: String(query.pageNo ?? 1),
        page_size: String(query.pageSize ?? 100),
      });
      if (query.modelName) params.set("model_name", query.modelName);
      if (query.status) params.set("status", query.status);
      if (query.taskId) params.set("task_id", query.taskId);
      const answer = await get(`/tasks?${params.toString()}`);
      const parsed = parseTaskListBody(answer.json, { pageNo: query.pageNo ?? 1, pageSize: query.pageSize ?? 100 });
      if (!parsed) throw malformedError({ httpStatus: answer.status, idempotent: true, requestId: answer.requestId });
      return parsed;
    },

    async cancelTask(taskId) {
      try {
        const answer = await exchange({
          fetchImpl,
          method: "POST",
          url: `${base}/tasks/${encodeURIComponent(taskId)}/cancel`,
          headers: headers(),
          timeoutMs,
        });
        const parsed = parseCancelBody(answer.json);
        // Canceling twice changes nothing, so an unreadable answer is safe to retry.
        if (!parsed) throw malformedError({ httpStatus: answer.status, idempotent: true, requestId: answer.requestId });
        return parsed;
      } catch (error) {
        if (error instanceof ProviderError && error.code === NOT_PENDING_CODE) return { outcome: "not_pending", requestId: error.requestId ?? "" };
        throw error;
      }
    },

    async checkKey() {
      try {
        // A random id answers 200 UNKNOWN for any valid key and 401 for a bad one.
        await get(`/tasks/${crypto.randomUUID()}`);
        return "valid";
      } catch (error) {
        if (error instanceof ProviderError && error.httpStatus === 401) return "invalid";
        throw error;
      }
    },
  };
}

/** A FAILED (or CANCELED) task as a ProviderError, for the same kind/retry/user-message handling. */
export function providerErrorFromTask(result: TaskResult): ProviderError {
  if (result.status === "CANCELED") {
    return new ProviderError({
      kind: "invalid",
      retryable: false,
      code: result.code ?? "Canceled",
      requestId: result.requestId,
      userMessage: "The task was canceled at the provider.",
    });
  }
  return classifyProviderError({ code: result.code, providerMessage: result.message, requestId: result.requestId });
}
