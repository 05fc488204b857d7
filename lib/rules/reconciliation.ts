// Reconciliation of one provider account: the provider's batch query for a window against the
// generations Reelroom holds for that account. Pure: the service fetches both sides.
import { STATUS } from "@/lib/rules/generation-status";

/** A task as the provider's batch query lists it. */
export interface ProviderTaskRow {
  taskId: string;
  status: string;
  model: string | null;
  submittedAt: Date | null;
  endedAt: Date | null;
}

/** A generation of this account that reached the provider (it has a task id), or whose task a listed row names. */
export interface LocalTaskRow {
  generationId: string;
  providerTaskId: string;
  status: string;
  submittedAt: Date | null;
  /** Whether this generation belongs to the team being reconciled (another team's task on a shared key is not "outside"). */
  ownTeam: boolean;
}

export interface OutsideTask {
  taskId: string;
  status: string;
  model: string | null;
  submittedAt: string | null;
}
export interface UnknownTask {
  generationId: string;
  taskId: string;
  status: string;
}
export interface UnarchivedTask {
  generationId: string;
  taskId: string;
  status: string;
  providerEndedAt: string | null;
}

export interface ReconciliationFindings {
  /** At the provider, created by none of Reelroom's generations: someone used the key elsewhere (billed but invisible here). */
  outside: OutsideTask[];
  /** Here with a task id the provider's list for the window does not show. */
  unknown: UnknownTask[];
  /** Finished at the provider, but the video was not archived here. */
  unarchived: UnarchivedTask[];
}

export interface ReconcileWindow {
  start: Date;
  end: Date;
  /** False when the listing stopped early (too many pages): absence proves nothing then. */
  complete: boolean;
}

/** A task submitted this close to either edge of the window may fall just outside the provider's list. */
export const EDGE_MARGIN_MS = 5 * 60_000;
/** The pipeline archives within minutes of SUCCEEDED; a generation still under way is a finding only after this long. */
export const ARCHIVE_GRACE_MS = 15 * 60_000;

/** Local statuses whose video is (or is being) safely archived. */
const ARCHIVED_OR_ARCHIVING = new Set<string>([STATUS.succeeded, STATUS.archiving]);
/** Local statuses that gave up on the task: its video will never be archived without help. */
const GAVE_UP = new Set<string>([STATUS.failed, STATUS.canceled, STATUS.expired, STATUS.rejected]);

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function reconcile(
  provider: ProviderTaskRow[],
  local: LocalTaskRow[],
  window: ReconcileWindow,
  opts: { shared: boolean; now: Date },
): ReconciliationFindings {
  const byTask = new Map(local.map((row) => [row.providerTaskId, row]));
  const listed = new Set(provider.map((t) => t.taskId));

  // On a key shared by every team of the server, a task none of them made is the operator's business, not a team's.
  const outside = opts.shared
    ? []
    : provider.filter((t) => !byTask.has(t.taskId)).map((t) => ({ taskId: t.taskId, status: t.status, model: t.model, submittedAt: iso(t.submittedAt) }));

  const inner = (d: Date | null) =>
    d !== null && d.getTime() >= window.start.getTime() + EDGE_MARGIN_MS && d.getTime() <= window.end.getTime() - EDGE_MARGIN_MS;
  const unknown = window.complete
    ? local
        .filter((row) => row.ownTeam && inner(row.submittedAt) && !listed.has(row.providerTaskId))
        .map((row) => ({ generationId: row.generationId, taskId: row.providerTaskId, status: row.status }))
    : [];

  const unarchived = provider.flatMap((t) => {
    const row = byTask.get(t.taskId);
    if (!row?.ownTeam || t.status !== "SUCCEEDED" || ARCHIVED_OR_ARCHIVING.has(row.status)) return [];
    const settled = GAVE_UP.has(row.status) || t.endedAt === null || opts.now.getTime() - t.endedAt.getTime() >= ARCHIVE_GRACE_MS;
    return settled ? [{ generationId: row.generationId, taskId: t.taskId, status: row.status, providerEndedAt: iso(t.endedAt) }] : [];
  });

  return { outside, unknown, unarchived };
}
