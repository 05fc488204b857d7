import "server-only";
export { baseUrlFor } from "@/lib/adapters/dashscope/base-url";
export {
  createDashScopeClient,
  providerErrorFromTask,
  type DashScopeClient,
  type ListTasksQuery,
} from "@/lib/adapters/dashscope/client";
export {
  ProviderError,
  isProviderError,
} from "@/lib/adapters/dashscope/errors";
export {
  isTerminalStatus,
  type TaskResult,
} from "@/lib/adapters/dashscope/parse";
export { parseTaskListBody, type ListedTask, type TaskList } from "@/lib/adapters/dashscope/task-list";
export { splitListWindow, listTasksInWindow, LIST_WINDOW_MAX_MS } from "@/lib/adapters/dashscope/task-window";
export { formatListTime } from "@/lib/adapters/dashscope/time";
export type { FetchLike } from "@/lib/adapters/dashscope/http";
