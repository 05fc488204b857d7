// Zod parsing of DashScope answers. Schemas are loose: extra fields are ignored, missing optional
// fields are fine, and anything unexpected in a field we need makes the answer "malformed".
import "server-only";
import { z } from "zod";
import { normalizeUsage, type NormalizedUsage } from "@/lib/adapters/dashscope/usage";
import { parseProviderTime } from "@/lib/adapters/dashscope/time";

export const TASK_STATUSES = ["PENDING", "RUNNING", "SUCCEEDED", "FAILED", "CANCELED", "UNKNOWN"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export function isTerminalStatus(status: TaskStatus): boolean {
  return status === "SUCCEEDED" || status === "FAILED" || status === "CANCELED" || status === "UNKNOWN";
}

/** Unknown or future statuses read as UNKNOWN rather than breaking the poller. */
export function toTaskStatus(value: unknown): TaskStatus {
  const upper = typeof value === "string" ? value.trim().toUpperCase() : "";
  return (TASK_STATUSES as readonly string[]).includes(upper) ? (upper as TaskStatus) : "UNKNOWN";
}

export const optionalText = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((value) => (value === null || value === undefined || value === "" ? undefined : String(value)));

export const errorBodySchema = z.object({
  code: optionalText,
  message: optionalText,
  request_id: optionalText,
});

const createBodySchema = z.object({
  request_id: optionalText,
  output: z.object({
    task_id: z.string().min(1),
    task_status: z.string().optional(),
  }),
});

const taskBodySchema = z.object({
  request_id: optionalText,
  output: z.object({
    task_id: optionalText,
    task_status: z.string(),
    video_url: optionalText,
    code: optionalText,
    message: optionalText,
    submit_time: z.unknown().optional(),
    end_time: z.unknown().optional(),
    orig_prompt: optionalText,
  }),
  usage: z.unknown().optional(),
});

export interface CreateTaskResult {
  taskId: string;
  taskStatus: TaskStatus;
  requestId: string;
}

export interface TaskResult {
  taskId: string;
  status: TaskStatus;
  requestId: string;
  videoUrl?: string;
  code?: string;
  message?: string;
  submitTime?: Date;
  endTime?: Date;
  origPrompt?: string;
  usage?: NormalizedUsage;
}

/** Returns null when the body does not have the shape of a create answer. */
export function parseCreateBody(body: unknown): CreateTaskResult | null {
  const parsed = createBodySchema.safeParse(body);
  if (!parsed.success) return null;
  return {
    taskId: parsed.data.output.task_id,
    taskStatus: toTaskStatus(parsed.data.output.task_status ?? "PENDING"),
    requestId: parsed.data.request_id ?? "",
  };
}

/** Returns null when the body does not have the shape of a task answer. */
export function parseTaskBody(body: unknown, requestedTaskId: string): TaskResult | null {
  const parsed = taskBodySchema.safeParse(body);
  if (!parsed.success) return null;
  const { output, request_id: requestId, usage } = parsed.data;
  const status = toTaskStatus(output.task_status);
  return {
    taskId: output.task_id ?? requestedTaskId,
    status,
    requestId: requestId ?? "",
    videoUrl: output.video_url,
    code: output.code,
    message: output.message,
    submitTime: parseProviderTime(output.submit_time),
    endTime: parseProviderTime(output.end_time),
    origPrompt: output.orig_prompt,
    usage: status === "SUCCEEDED" ? normalizeUsage(usage) : undefined,
  };
}
