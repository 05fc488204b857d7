export { baseUrlFor, OFFICIAL_BASE_URLS } from "@/lib/dashscope/base-url";
export {
  createDashScopeClient,
  providerErrorFromTask,
  DEFAULT_TIMEOUT_MS,
  type DashScopeClient,
  type DashScopeClientOptions,
  type ListTasksQuery,
} from "@/lib/dashscope/client";
export {
  ProviderError,
  isProviderError,
  classifyProviderError,
  parseRetryAfter,
  PROVIDER_CODE_RULES,
  type ProviderErrorKind,
  type ProviderErrorInit,
} from "@/lib/dashscope/errors";
export {
  TASK_STATUSES,
  isTerminalStatus,
  toTaskStatus,
  parseCreateBody,
  parseTaskBody,
  type TaskStatus,
  type TaskResult,
  type CreateTaskResult,
} from "@/lib/dashscope/parse";
export { parseTaskListBody, type ListedTask, type TaskList } from "@/lib/dashscope/task-list";
export { splitListWindow, listTasksInWindow, LIST_WINDOW_MAX_MS, type TimeWindow, type WindowListing } from "@/lib/dashscope/task-window";
export { normalizeUsage, tierOfSize, toNumber, type NormalizedUsage } from "@/lib/dashscope/usage";
export { parseProviderTime, formatProviderTime, formatListTime } from "@/lib/dashscope/time";
export type { FetchLike } from "@/lib/dashscope/http";
