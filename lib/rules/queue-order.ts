// The order queued generations leave for the provider, within one provider account: by project
// priority, then round-robin across members (a member's n-th queued job goes in round n; within a
// round the member served longest ago first), then by the time they were queued. The dispatch claim computes the same order in SQL
// (lib/services/worker/queue-order.ts); this copy orders a claimed batch and is what the tests pin.
// Pure and client-safe.

export const PROJECT_PRIORITIES = ["high", "normal", "low"] as const;
export type ProjectPriority = (typeof PROJECT_PRIORITIES)[number];
export const DEFAULT_PROJECT_PRIORITY: ProjectPriority = "normal";

/** Lower goes first. */
export function priorityRank(priority: string): number {
  const rank = (PROJECT_PRIORITIES as readonly string[]).indexOf(priority);
  return rank === -1 ? PROJECT_PRIORITIES.indexOf(DEFAULT_PROJECT_PRIORITY) : rank;
}

export interface QueuedJob {
  id: string;
  /** The provider account (create slot) the job is dispatched through. */
  account: string;
  creatorId: string;
  priority: string;
  createdAt: Date;
  /** When the member last had a job of this account dispatched; null when never. */
  servedAt: Date | null;
}

const byQueuedTime = (a: QueuedJob, b: QueuedJob) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Within a round, the member served longest ago (or never) goes first. */
const servedFirst = (a: QueuedJob, b: QueuedJob) => (a.servedAt?.getTime() ?? -1) - (b.servedAt?.getTime() ?? -1);

/** The jobs in dispatch order (accounts interleaved as their keys fall; each account is independent). */
export function dispatchOrder<J extends QueuedJob>(jobs: readonly J[]): J[] {
  const rounds = new Map<string, number>();
  const perMember = new Map<string, number>();
  for (const job of [...jobs].sort(byQueuedTime)) {
    const member = `${job.account}\u0000${priorityRank(job.priority)}\u0000${job.creatorId}`;
    const round = (perMember.get(member) ?? 0) + 1;
    perMember.set(member, round);
    rounds.set(job.id, round);
  }
  return [...jobs].sort(
    (a, b) =>
      priorityRank(a.priority) - priorityRank(b.priority) || (rounds.get(a.id) ?? 0) - (rounds.get(b.id) ?? 0) || servedFirst(a, b) || byQueuedTime(a, b),
  );
}

/**
 * When a queued job at `position` (1 = next to go) may start: now while the account has a free
 * slot for it, otherwise after as many waves of `concurrent` tasks as are ahead of it, each
 * lasting the model's typical run time.
 */
export function estimatedStart(o: { position: number; inFlight: number; concurrent: number; typicalSeconds: number; now: Date }): Date {
  const free = Math.max(0, o.concurrent - o.inFlight);
  const waves = o.position <= free ? 0 : Math.ceil((o.position - free) / Math.max(1, o.concurrent));
  return new Date(o.now.getTime() + waves * o.typicalSeconds * 1000);
}
