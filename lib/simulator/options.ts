import type { WanVersion } from "@/lib/simulator/model-rules";
import { builtInLimits } from "@/lib/simulator/model-rules";

/** A forced error answer: HTTP status + provider code (+ message, Retry-After seconds). */
export interface FailureSpec {
  status: number;
  code: string;
  message?: string;
  retryAfterSeconds?: number;
}

/** Forced task failure (HTTP 200 on the poll, task_status FAILED). */
export interface TaskFailureSpec {
  code: string;
  message?: string;
}

/** Limits by model name, by Wan version ("wan2.6") or "default", most specific first. */
export type LimitTable = Partial<Record<string, number>>;

export interface SimulatorOptions {
  host: string;
  port: number;
  pendingMs: number;
  runningMs: number;
  /** Task ids older than this answer UNKNOWN (the provider keeps them 24 h). */
  taskTtlMs: number;
  /** How long a result video URL stays downloadable after the task finished. */
  resultTtlMs: number;
  concurrency: LimitTable;
  perSecond: LimitTable;
  /** Keys answered with 401 (besides any key starting with "sk-bad"). */
  invalidKeys: string[];
  /** Report usage.SR as "720" instead of 720. */
  srAsString: boolean;
  failNextCreate: FailureSpec | null;
  failNextPoll: FailureSpec | null;
  /** Every task created while set fails with this code. */
  failTasks: TaskFailureSpec | null;
  /** Probability (0-1) that an API call answers 500 InternalError. */
  http500Rate: number;
  /** The next API answer is broken JSON: true = HTTP 200, a number = that status. */
  malformedNext: boolean | number | null;
  /** The next API call waits this long before it is processed (0 = off). */
  hangNextMs: number;
  createLatencyMs: number;
  pollLatencyMs: number;
  /** Timeout for downloading references to read their kind or duration. */
  referenceFetchTimeoutMs: number;
  assetsDir?: string;
  /** Print one line per API call. */
  log: boolean;
}

export const DEFAULT_SIMULATOR_OPTIONS: SimulatorOptions = {
  host: "127.0.0.1",
  port: 0,
  pendingMs: 300,
  runningMs: 700,
  taskTtlMs: 24 * 60 * 60 * 1000,
  resultTtlMs: 24 * 60 * 60 * 1000,
  concurrency: {},
  perSecond: {},
  invalidKeys: [],
  srAsString: false,
  failNextCreate: null,
  failNextPoll: null,
  failTasks: null,
  http500Rate: 0,
  malformedNext: null,
  hangNextMs: 0,
  createLatencyMs: 0,
  pollLatencyMs: 0,
  referenceFetchTimeoutMs: 5000,
  log: false,
};

export type SimulatorConfigPatch = Partial<Omit<SimulatorOptions, "host" | "port" | "assetsDir">>;

const PATCHABLE_KEYS = Object.keys(DEFAULT_SIMULATOR_OPTIONS).filter(
  (key) => key !== "host" && key !== "port" && key !== "assetsDir",
) as (keyof SimulatorConfigPatch)[];

/**
 * Applies only known keys, so a JSON body from the control API cannot add junk. `undefined` leaves a
 * setting as it is; `null` clears a failure injection.
 */
export function applyPatch(options: SimulatorOptions, patch: Record<string, unknown>): SimulatorOptions {
  const next: SimulatorOptions = { ...options };
  for (const key of PATCHABLE_KEYS) {
    if (patch[key] !== undefined) (next as unknown as Record<string, unknown>)[key] = patch[key];
  }
  return next;
}

export function resolveLimit(table: LimitTable, model: string, version: WanVersion, kind: "concurrency" | "perSecond"): number {
  return table[model] ?? table[version] ?? table.default ?? builtInLimits(version)[kind];
}
