export { baseUrlFor, OFFICIAL_BASE_URLS } from "@/lib/adapters/dashscope/base-url";
export {
  createDashScopeClient,
  providerErrorFromTask,
  DEFAULT_TIMEOUT_MS,
  type DashScopeClient,
  type DashScopeClientOptions,
  type ListTasksQuery,
} from "@/lib/adapters/dashscope/client";
export {
  ProviderError,
  isProviderError,
  classifyProviderError,
  parseRetryAfter,
  PROVIDER_CODE_RULES,
  type ProviderErrorKind,
  type ProviderErrorInit,
} from "@/lib/adapters/dashscope/errors";
export {
  TASK_STATUSES,
  isTerminalStatus,
  toTaskStatus,
  parseCreateBody,
  parseTaskBody,
  type TaskStatus,
  type TaskResult,
  type CreateTaskResult,
} from "@/lib/adapters/dashscope/parse";
export { parseTaskListBody, type ListedTask, type TaskList } from "@/lib/adapters/dashscope/task-list";
export { splitListWindow, listTasksInWindow, LIST_WINDOW_MAX_MS, type TimeWindow, type WindowListing } from "@/lib/adapters/dashscope/task-window";
export { normalizeUsage, srOfSize, toNumber, type NormalizedUsage } from "@/lib/adapters/dashscope/usage";
export { parseProviderTime, formatProviderTime, formatListTime } from "@/lib/adapters/dashscope/time";
export type { FetchLike } from "@/lib/adapters/dashscope/http";
