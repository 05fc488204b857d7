// The batch task query, `GET {base}/tasks`: rows under `data` (each with `status`, never
// `task_status`) and the paging fields `total`, `total_page`, `page_no`, `page_size`. Extra fields
// are ignored; a row without a task id or a status makes the whole answer malformed, because a row
// we cannot read could be exactly the task that recovery is looking for.
import "server-only";
import { z } from "zod";
import { optionalText, toTaskStatus, type TaskStatus } from "@/lib/adapters/dashscope/parse";
import { parseProviderTime } from "@/lib/adapters/dashscope/time";

export interface ListedTask {
  taskId: string;
  status: TaskStatus;
  modelName?: string;
  /** `gmt_create`: when the task was submitted. */
  submitTime?: Date;
  /** `start_time`: when the task started running. */
  startTime?: Date;
  /** `end_time`: when the task finished. */
  endTime?: Date;
  /** The request id of the create call that made the task. */
  requestId?: string;
  apiKeyId?: string;
  region?: string;
  callerUid?: string;
  callerParentId?: string;
  userApiUniqueKey?: string;
}

export interface TaskList {
  requestId: string;
  tasks: ListedTask[];
  /** Rows matching the query over all pages. */
  total: number;
  totalPage: number;
  pageNo: number;
  pageSize: number;
}

const rowSchema = z.object({
  task_id: z.string().min(1),
  status: z.string().min(1),
  model_name: optionalText,
  gmt_create: z.unknown().optional(),
  start_time: z.unknown().optional(),
  end_time: z.unknown().optional(),
  request_id: optionalText,
  api_key_id: optionalText,
  region: optionalText,
  caller_uid: optionalText,
  caller_parent_id: optionalText,
  user_api_unique_key: optionalText,
});

const count = z
  .union([z.number().int().nonnegative(), z.string().regex(/^\d+$/), z.null()])
  .optional()
  .transform((value) => (value === null || value === undefined ? undefined : Number(value)));

const bodySchema = z.object({
  request_id: optionalText,
  data: z.array(rowSchema).nullable().optional(),
  total: count,
  total_page: count,
  page_no: count,
  page_size: count,
});

/** Returns null when the body is not a batch query answer. `asked` fills paging fields it lacks. */
export function parseTaskListBody(body: unknown, asked: { pageNo?: number; pageSize?: number } = {}): TaskList | null {
  const parsed = bodySchema.safeParse(body);
  if (!parsed.success) return null;
  const { data, request_id: requestId, total, total_page: totalPage, page_no: pageNo, page_size: pageSize } = parsed.data;
  // An empty page may come without `data`, but only an explicit total of 0 says it is empty.
  if (!data && total !== 0) return null;
  const tasks = (data ?? []).map(
    (row): ListedTask => ({
      taskId: row.task_id,
      status: toTaskStatus(row.status),
      modelName: row.model_name,
      submitTime: parseProviderTime(row.gmt_create),
      startTime: parseProviderTime(row.start_time),
      endTime: parseProviderTime(row.end_time),
      requestId: row.request_id,
      apiKeyId: row.api_key_id,
      region: row.region,
      callerUid: row.caller_uid,
      callerParentId: row.caller_parent_id,
      userApiUniqueKey: row.user_api_unique_key,
    }),
  );
  const size = pageSize ?? asked.pageSize ?? Math.max(tasks.length, 1);
  const all = total ?? tasks.length;
  return {
    requestId: requestId ?? "",
    tasks,
    total: all,
    totalPage: totalPage ?? Math.ceil(all / size),
    pageNo: pageNo ?? asked.pageNo ?? 1,
    pageSize: size,
  };
}
