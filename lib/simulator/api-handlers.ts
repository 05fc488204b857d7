// Three DashScope endpoints: create a task, get a task and cancel a task (the batch query is in list-tasks.ts).
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Region } from "@/lib/rules/models/types";
import { newRequestId, sendJson, sendProviderError } from "@/lib/simulator/http-utils";
import { messageForCode, readPromptMarkers, statusForCode } from "@/lib/simulator/markers";
import { resolveLimit, type SimulatorOptions } from "@/lib/simulator/options";
import type { ReferenceResolver } from "@/lib/simulator/reference-media";
import { providerTime } from "@/lib/simulator/sim-time";
import { apiKeyIdOf, maskKey, type SimTask, type TaskStore } from "@/lib/simulator/task-store";
import { buildUsage } from "@/lib/simulator/usage";
import { checkCreateHeaders, validateCreateRequest, type RequestPlan } from "@/lib/simulator/validate-request";

export interface ApiContext {
  options(): SimulatorOptions;
  /** Reads and clears a one-shot option (failNextCreate, failNextPoll). */
  takeOneShot<K extends "failNextCreate" | "failNextPoll">(key: K): SimulatorOptions[K];
  store: TaskStore;
  resolver: ReferenceResolver;
  origin(): string;
}

function reject(ctx: ApiContext, res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}) {
  ctx.store.recordRejection(code);
  sendProviderError(res, status, code, message, headers);
}

function computeUsageLater(ctx: ApiContext, task: SimTask, plan: RequestPlan): void {
  const durations = plan.references.map((ref) => (ref.kind === "video" ? ctx.resolver.durationOf(ref.url) : Promise.resolve(0)));
  Promise.all(durations)
    .catch(() => plan.references.map(() => 0))
    .then((referenceSeconds) => {
      task.usage = buildUsage({
        rule: plan.rule,
        size: plan.size,
        outputSeconds: plan.outputSeconds,
        audio: plan.audio,
        references: plan.references,
        referenceSeconds,
        srAsString: ctx.options().srAsString,
      });
      task.usageReadyAt = Date.now();
    })
    .catch(() => undefined);
}

export async function handleCreate(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, region: Region, key: string, bodyText: string | null) {
  const opts = ctx.options();
  const headerProblem = checkCreateHeaders(req.headers);
  if (headerProblem) return reject(ctx, res, headerProblem.status, headerProblem.code, headerProblem.message);
  const forced = ctx.takeOneShot("failNextCreate");
  if (forced) {
    const headers: Record<string, string> = forced.retryAfterSeconds !== undefined ? { "Retry-After": String(forced.retryAfterSeconds) } : {};
    return reject(ctx, res, forced.status, forced.code, forced.message ?? messageForCode(forced.code), headers);
  }
  let body: unknown;
  try {
    body = JSON.parse(bodyText ?? "");
  } catch {
    return reject(ctx, res, 400, "InvalidParameter", "The request body is not valid JSON.");
  }
  const input = typeof body === "object" && body !== null ? (body as { input?: { prompt?: unknown } }).input : undefined;
  const markers = readPromptMarkers(input?.prompt);
  if (markers.rejectCode) {
    return reject(ctx, res, statusForCode(markers.rejectCode), markers.rejectCode, messageForCode(markers.rejectCode));
  }
  const plan = await validateCreateRequest(region, body, (url) => ctx.resolver.kindOf(url));
  if (!plan.ok) return reject(ctx, res, plan.status, plan.code, plan.message);

  const now = Date.now();
  const { name: model, version } = plan.rule;
  if (ctx.store.inFlight(region, model, now) >= resolveLimit(opts.concurrency, model, version, "concurrency")) {
    return reject(ctx, res, 429, "Throttling", "Requests throttling triggered: too many tasks in progress for this model.");
  }
  if (ctx.store.createsInLastSecond(region, model, now) >= resolveLimit(opts.perSecond, model, version, "perSecond")) {
    return reject(ctx, res, 429, "Throttling.RateQuota", "Requests rate limit exceeded, please try again later.", { "Retry-After": "1" });
  }

  const slowFactor = markers.slow ? 10 : 1;
  const failCode = markers.failCode ?? opts.failTasks?.code;
  const failMessage = markers.failCode ? messageForCode(markers.failCode) : opts.failTasks?.message;
  const requestId = newRequestId();
  const task = ctx.store.add({
    region,
    model,
    version,
    keyLabel: maskKey(key),
    apiKeyId: apiKeyIdOf(key),
    requestId,
    prompt: plan.prompt,
    createdAt: now,
    pendingMs: opts.pendingMs * slowFactor,
    runningMs: opts.runningMs * slowFactor,
    failure: failCode ? { code: failCode, message: failMessage ?? messageForCode(failCode) } : undefined,
    warnings: plan.warnings,
  });
  if (!task.failure) computeUsageLater(ctx, task, plan);
  sendJson(res, 200, { request_id: requestId, output: { task_id: task.id, task_status: "PENDING" } });
}

export function resultUrl(ctx: ApiContext, task: SimTask): string {
  const expiresAt = ctx.store.finishedAt(task) + ctx.options().resultTtlMs;
  return `${ctx.origin()}/results/${task.id}.mp4?Expires=${Math.ceil(expiresAt / 1000)}`;
}

export function handleGetTask(ctx: ApiContext, res: ServerResponse, region: Region, taskId: string) {
  ctx.store.recordPoll(taskId);
  const forced = ctx.takeOneShot("failNextPoll");
  if (forced) return sendProviderError(res, forced.status, forced.code, forced.message ?? messageForCode(forced.code));
  const task = ctx.store.get(taskId);
  const status = task && task.region === region ? ctx.store.statusOf(task) : "UNKNOWN";
  if (!task || status === "UNKNOWN") {
    return sendJson(res, 200, { request_id: newRequestId(), output: { task_id: taskId, task_status: "UNKNOWN" } });
  }
  const output: Record<string, unknown> = { task_id: task.id, task_status: status, submit_time: providerTime(task.createdAt) };
  if (status !== "PENDING" && status !== "CANCELED") output.scheduled_time = providerTime(task.createdAt + task.pendingMs);
  const body: Record<string, unknown> = { request_id: newRequestId(), output };
  if (status === "CANCELED") output.end_time = providerTime(ctx.store.finishedAt(task));
  if (status === "FAILED" && task.failure) {
    output.end_time = providerTime(ctx.store.finishedAt(task));
    output.code = task.failure.code;
    output.message = task.failure.message;
  }
  if (status === "SUCCEEDED") {
    output.end_time = providerTime(ctx.store.finishedAt(task));
    output.orig_prompt = task.prompt;
    output.video_url = resultUrl(ctx, task);
    body.usage = task.usage;
  }
  sendJson(res, 200, body);
}

/**
 * POST /tasks/{task_id}/cancel, as documented: only a PENDING task can be canceled (200
 * {request_id}); any other state, an unknown id included (the query reads it as UNKNOWN), is
 * 400 UnsupportedOperation. A canceled task is not billed and no longer counts as in flight.
 */
export function handleCancelTask(ctx: ApiContext, res: ServerResponse, region: Region, taskId: string) {
  if (!ctx.store.cancel(taskId, region)) {
    return sendProviderError(res, 400, "UnsupportedOperation", "Failed to cancel the task, please confirm if the task is in PENDING status.");
  }
  sendJson(res, 200, { request_id: newRequestId() });
}
