// In-memory tasks and counters. A task's status is derived from its age on every read, so no
// timers are needed: PENDING for pendingMs, RUNNING for runningMs, then SUCCEEDED or FAILED; a task
// canceled while PENDING reads CANCELED from then on.
import { createHash, randomUUID } from "node:crypto";
import type { Region } from "@/lib/rules/models/types";
import type { WanVersion } from "@/lib/simulator/model-rules";

export type SimTaskStatus = "PENDING" | "RUNNING" | "SUCCEEDED" | "FAILED" | "CANCELED" | "UNKNOWN";

export interface SimTask {
  id: string;
  region: Region;
  model: string;
  version: WanVersion;
  keyLabel: string;
  /** The batch query's `api_key_id`: a short hash, never the key. */
  apiKeyId: string;
  /** The request id the create answer carried. */
  requestId: string;
  prompt: string;
  createdAt: number;
  pendingMs: number;
  runningMs: number;
  failure?: { code: string; message: string };
  /** Filled in once reference durations are known; the task reads RUNNING until then. */
  usage?: Record<string, unknown>;
  usageReadyAt?: number;
  /** Set by a cancel while PENDING. */
  canceledAt?: number;
  warnings: string[];
}

export interface SimTaskSummary {
  taskId: string;
  model: string;
  region: Region;
  key: string;
  status: SimTaskStatus;
  prompt: string;
  createdAt: string;
  warnings: string[];
}

export interface SimulatorStats {
  totalCreates: number;
  createsByModel: Record<string, number>;
  createsByKey: Record<string, number>;
  createsByRegion: Record<string, number>;
  rejectedCreates: number;
  rejectionsByCode: Record<string, number>;
  totalPolls: number;
  polls: Record<string, number>;
  lists: number;
  /** Cancel calls that canceled a task. */
  cancels: number;
  tasks: SimTaskSummary[];
}

/** Keys are shown as "sk-abc…wxyz" so a real key pasted by mistake never ends up in stats. */
export function maskKey(key: string): string {
  if (key.length <= 10) return `${key.slice(0, 3)}…`;
  return `${key.slice(0, 6)}…${key.slice(-4)}`;
}

export function apiKeyIdOf(key: string): string {
  return createHash("sha256").update(key).digest("hex").slice(0, 16);
}

/** Poll gaps kept for benchmarks, at most this many (8 MB), so a long-running demo stays bounded. */
const MAX_POLL_GAPS = 1_000_000;

function bump(record: Record<string, number>, key: string): void {
  record[key] = (record[key] ?? 0) + 1;
}

export class TaskStore {
  private tasks = new Map<string, SimTask>();
  private recentCreates: { region: Region; model: string; at: number }[] = [];
  private counters = TaskStore.emptyCounters();
  private lastPollAt = new Map<string, number>();
  private gaps: number[] = [];

  constructor(private readonly ttlMs: () => number) {}

  private static emptyCounters() {
    return {
      totalCreates: 0,
      createsByModel: {} as Record<string, number>,
      createsByKey: {} as Record<string, number>,
      createsByRegion: {} as Record<string, number>,
      rejectedCreates: 0,
      rejectionsByCode: {} as Record<string, number>,
      totalPolls: 0,
      polls: {} as Record<string, number>,
      lists: 0,
      cancels: 0,
    };
  }

  reset(): void {
    this.tasks.clear();
    this.recentCreates = [];
    this.counters = TaskStore.emptyCounters();
    this.lastPollAt.clear();
    this.gaps = [];
  }

  finishedAt(task: SimTask): number {
    if (task.canceledAt !== undefined) return task.canceledAt;
    return Math.max(task.createdAt + task.pendingMs + task.runningMs, task.usageReadyAt ?? 0);
  }

  statusOf(task: SimTask, now = Date.now()): SimTaskStatus {
    const age = now - task.createdAt;
    if (age > this.ttlMs()) return "UNKNOWN";
    if (task.canceledAt !== undefined) return "CANCELED";
    if (age < task.pendingMs) return "PENDING";
    if (age < task.pendingMs + task.runningMs) return "RUNNING";
    if (task.failure) return "FAILED";
    return task.usage ? "SUCCEEDED" : "RUNNING";
  }

  add(task: Omit<SimTask, "id">): SimTask {
    const created: SimTask = { ...task, id: randomUUID() };
    this.tasks.set(created.id, created);
    this.recentCreates.push({ region: task.region, model: task.model, at: task.createdAt });
    this.counters.totalCreates += 1;
    bump(this.counters.createsByModel, task.model);
    bump(this.counters.createsByKey, task.keyLabel);
    bump(this.counters.createsByRegion, task.region);
    return created;
  }

  get(id: string): SimTask | undefined {
    return this.tasks.get(id);
  }

  all(): SimTask[] {
    return [...this.tasks.values()];
  }

  /** Tasks of one region+model still PENDING or RUNNING. */
  inFlight(region: Region, model: string, now = Date.now()): number {
    let count = 0;
    for (const task of this.tasks.values()) {
      if (task.region !== region || task.model !== model) continue;
      const status = this.statusOf(task, now);
      if (status === "PENDING" || status === "RUNNING") count += 1;
    }
    return count;
  }

  createsInLastSecond(region: Region, model: string, now = Date.now()): number {
    this.recentCreates = this.recentCreates.filter((entry) => now - entry.at < 1000);
    return this.recentCreates.filter((entry) => entry.region === region && entry.model === model).length;
  }

  recordRejection(code: string): void {
    this.counters.rejectedCreates += 1;
    bump(this.counters.rejectionsByCode, code);
  }

  recordPoll(taskId: string, now = Date.now()): void {
    this.counters.totalPolls += 1;
    bump(this.counters.polls, taskId);
    const last = this.lastPollAt.get(taskId);
    if (last !== undefined && this.gaps.length < MAX_POLL_GAPS) this.gaps.push(now - last);
    this.lastPollAt.set(taskId, now);
  }

  /** Milliseconds between consecutive polls of one task, in the order they happened. */
  pollGaps(): readonly number[] {
    return this.gaps;
  }

  /** Cancels a task of `region` if it is PENDING now; returns whether it was. */
  cancel(taskId: string, region: Region, now = Date.now()): boolean {
    const task = this.tasks.get(taskId);
    if (!task || task.region !== region || this.statusOf(task, now) !== "PENDING") return false;
    task.canceledAt = now;
    this.counters.cancels += 1;
    return true;
  }

  recordList(): void {
    this.counters.lists += 1;
  }

  stats(now = Date.now()): SimulatorStats {
    const c = this.counters;
    return {
      totalCreates: c.totalCreates,
      createsByModel: { ...c.createsByModel },
      createsByKey: { ...c.createsByKey },
      createsByRegion: { ...c.createsByRegion },
      rejectedCreates: c.rejectedCreates,
      rejectionsByCode: { ...c.rejectionsByCode },
      totalPolls: c.totalPolls,
      polls: { ...c.polls },
      lists: c.lists,
      cancels: c.cancels,
      tasks: this.all().map((task) => ({
        taskId: task.id,
        model: task.model,
        region: task.region,
        key: task.keyLabel,
        status: this.statusOf(task, now),
        prompt: task.prompt,
        createdAt: new Date(task.createdAt).toISOString(),
        warnings: [...task.warnings],
      })),
    };
  }
}
