// The generation status machine: every status a row can be in, what the API calls it, which worker
// step moves it on, and where it may go next. Everything else (the worker's steps, budgets,
// provider limits, reports, the gallery, OpenAPI, the database CHECK constraint and the diagram in
// ARCHITECTURE.md) is derived from this table, so a new status is added here and only here.
// Pure and client-safe.

export const GENERATION_STATUSES = [
  "queued",
  "dispatching",
  "pending",
  "running",
  "archiving",
  "succeeded",
  "failed",
  "canceled",
  "expired",
  "awaiting_approval",
  "rejected",
] as const;
export type GenerationStatus = (typeof GENERATION_STATUSES)[number];

/** The statuses of the public API (docs/api.md): `dispatching` shows as queued, `archiving` as running. */
export const PUBLIC_STATUSES = ["queued", "pending", "running", "succeeded", "failed", "canceled", "expired", "awaiting_approval", "rejected"] as const;
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];

/** The worker loop that moves rows out of a status (lib/services/worker/worker.ts). */
export const WORKER_STEPS = ["dispatch", "recover", "poll", "archive"] as const;
export type WorkerStep = (typeof WORKER_STEPS)[number];

interface StatusSpec {
  publicName: PublicStatus;
  /** Null for terminal statuses: nothing moves them on. */
  step: WorkerStep | null;
  /** Counts against the provider account's concurrent-task limit (a task exists or may be being created). */
  holdsProviderCapacity: boolean;
  moves: readonly GenerationStatus[];
}

const MACHINE = {
  // submit.ts creates rows here; cancel.ts cancels them before they are sent (never reaching the provider).
  queued: { publicName: "queued", step: "dispatch", holdsProviderCapacity: false, moves: ["dispatching", "canceled"] },
  // dispatch.ts: created (pending), throttled (queued) or refused (failed); recover.ts: the task
  // found and adopted (pending or running) or proven absent (queued).
  dispatching: { publicName: "queued", step: "recover", holdsProviderCapacity: true, moves: ["queued", "pending", "running", "failed"] },
  // poll.ts follows the provider's task status both ways between pending and running.
  pending: { publicName: "pending", step: "poll", holdsProviderCapacity: true, moves: ["running", "archiving", "failed", "canceled", "expired"] },
  running: { publicName: "running", step: "poll", holdsProviderCapacity: true, moves: ["pending", "archiving", "failed", "canceled", "expired"] },
  // archive.ts: stored (succeeded), no video URL (failed), the provider's link ran out (expired).
  archiving: { publicName: "running", step: "archive", holdsProviderCapacity: false, moves: ["succeeded", "failed", "expired"] },
  succeeded: { publicName: "succeeded", step: null, holdsProviderCapacity: false, moves: [] },
  failed: { publicName: "failed", step: null, holdsProviderCapacity: false, moves: [] },
  canceled: { publicName: "canceled", step: null, holdsProviderCapacity: false, moves: [] },
  expired: { publicName: "expired", step: null, holdsProviderCapacity: false, moves: [] },
  // Spend approval (lib/services/approvals): submit.ts creates rows here when the team's policy asks;
  // no worker step moves them: an admin approves (queued) or rejects (rejected), the creator may cancel.
  awaiting_approval: { publicName: "awaiting_approval", step: null, holdsProviderCapacity: false, moves: ["queued", "rejected", "canceled"] },
  rejected: { publicName: "rejected", step: null, holdsProviderCapacity: false, moves: [] },
} as const satisfies Record<GenerationStatus, StatusSpec>;

type Machine = typeof MACHINE;

/** Each status by name, for code that names one: `STATUS.queued`. */
export const STATUS = {
  queued: "queued",
  dispatching: "dispatching",
  pending: "pending",
  running: "running",
  archiving: "archiving",
  succeeded: "succeeded",
  failed: "failed",
  canceled: "canceled",
  expired: "expired",
  awaiting_approval: "awaiting_approval",
  rejected: "rejected",
} as const satisfies { [S in GenerationStatus]: S };

export const PUBLIC_STATUS = {
  queued: "queued",
  pending: "pending",
  running: "running",
  succeeded: "succeeded",
  failed: "failed",
  canceled: "canceled",
  expired: "expired",
  awaiting_approval: "awaiting_approval",
  rejected: "rejected",
} as const satisfies { [S in PublicStatus]: S };

export type TerminalStatus = { [S in GenerationStatus]: Machine[S]["moves"] extends readonly [] ? S : never }[GenerationStatus];
export type InFlightStatus = Exclude<GenerationStatus, TerminalStatus>;
export type StepStatus<W extends WorkerStep> = { [S in GenerationStatus]: Machine[S]["step"] extends W ? S : never }[GenerationStatus];
/** The statuses a row may move to from `F`. */
export type NextStatus<F extends GenerationStatus> = Machine[F]["moves"][number];

// For a row known only to be in one of several statuses, the moves allowed from every one of them
// (a union of parameter types inferred back is their intersection).
type EachMove<F extends GenerationStatus> = F extends unknown ? (x: NextStatus<F>) => void : never;
type EachStayOrMove<F extends GenerationStatus> = F extends unknown ? (x: F | NextStatus<F>) => void : never;
/** Where a row in any of the statuses `F` may move: allowed from each of them. */
export type MoveTarget<F extends GenerationStatus> = EachMove<F> extends (x: infer I) => void ? I & GenerationStatus : never;
/** The status a guarded update may write for a row in `F`: a move allowed from each, or staying put. */
export type UpdateTarget<F extends GenerationStatus> = EachStayOrMove<F> extends (x: infer I) => void ? I & GenerationStatus : never;

const ALL: readonly GenerationStatus[] = GENERATION_STATUSES;

export const TERMINAL_STATUSES: readonly TerminalStatus[] = ALL.filter((s): s is TerminalStatus => MACHINE[s].moves.length === 0);
export const IN_FLIGHT_STATUSES: readonly InFlightStatus[] = ALL.filter((s): s is InFlightStatus => MACHINE[s].moves.length > 0);
/** Held against the provider's concurrent-task limit (lib/services/worker/limits.ts). */
export const PROVIDER_CAPACITY_STATUSES: readonly GenerationStatus[] = ALL.filter((s) => MACHINE[s].holdsProviderCapacity);
/** Public names of the statuses still moving: what the gallery keeps polling for. */
export const PUBLIC_IN_FLIGHT_STATUSES = PUBLIC_STATUSES.filter((p) => IN_FLIGHT_STATUSES.some((s) => MACHINE[s].publicName === p));

/** Waiting for a person's decision: not sent, and not counted against budgets or quotas until approved. */
export const AWAITING_DECISION_STATUSES: readonly GenerationStatus[] = [STATUS.awaiting_approval];

/** Where rows start: submit.ts creates them queued, or awaiting approval when the team's policy asks. */
export const ENTRY_STATUSES: readonly GenerationStatus[] = [STATUS.queued, STATUS.awaiting_approval];

/** Ended without a video: every terminal status but succeeded. */
export const UNSUCCESSFUL_STATUSES: readonly TerminalStatus[] = TERMINAL_STATUSES.filter((s) => s !== STATUS.succeeded);

/** What the UI shows: the public statuses, with `archiving` for a running generation whose video is being stored. */
export const DISPLAY_STATUSES = [
  "queued",
  "pending",
  "running",
  "archiving",
  "succeeded",
  "failed",
  "canceled",
  "expired",
  "awaiting_approval",
  "rejected",
] as const satisfies readonly (PublicStatus | typeof STATUS.archiving)[];
export type DisplayStatus = (typeof DISPLAY_STATUSES)[number];

export function isGenerationStatus(value: string): value is GenerationStatus {
  return (ALL as readonly string[]).includes(value);
}

export function isTerminal(status: string): boolean {
  return (TERMINAL_STATUSES as readonly string[]).includes(status);
}

/** Finished without a video (internal or public name: they agree on terminal statuses). */
export function isUnsuccessful(status: string): boolean {
  return (UNSUCCESSFUL_STATUSES as readonly string[]).includes(status);
}

/** The API's name for a stored status (the database's CHECK constraint admits no other value). */
export function publicStatus(status: string): PublicStatus {
  if (!isGenerationStatus(status)) throw new Error(`Unknown generation status: ${status}`);
  return MACHINE[status].publicName;
}

/** The internal statuses shown under a public name (for filtering by it). */
export function internalStatuses(name: PublicStatus): GenerationStatus[] {
  return ALL.filter((s) => MACHINE[s].publicName === name);
}

/** The statuses a worker step claims. */
export function statusesOfStep<W extends WorkerStep>(step: W): StepStatus<W>[] {
  return ALL.filter((s): s is StepStatus<W> => MACHINE[s].step === step);
}

export function nextStatuses(from: GenerationStatus): readonly GenerationStatus[] {
  return MACHINE[from].moves;
}

export function canMove(from: string, to: string): boolean {
  return isGenerationStatus(from) && (MACHINE[from].moves as readonly string[]).includes(to);
}

/**
 * A move of the table, checked twice: a move that is not in the table does not compile, and one
 * built from a widened value throws. Returns the target status.
 */
export function transition<F extends GenerationStatus, T extends MoveTarget<F>>(from: F, to: T): T {
  if (!canMove(from, to)) throw new Error(`A generation cannot move from ${from} to ${to}.`);
  return to;
}

/** A row known to be in one of the statuses `S`. */
export type RowIn<S extends GenerationStatus, R extends { status: string } = { id: string; status: string }> = R & { status: S };

/** Narrows a row to the statuses a step handles; throws if it is in another one. */
export function assertStatusIn<R extends { status: string }, S extends GenerationStatus>(row: R, allowed: readonly S[]): asserts row is R & { status: S } {
  if (!(allowed as readonly string[]).includes(row.status)) throw new Error(`Expected a generation in ${allowed.join(" or ")}, found ${row.status}.`);
}

/** The table as a Mermaid state diagram (ARCHITECTURE.md shows it; a test keeps them equal). */
export function stateDiagram(): string {
  const lines = ["stateDiagram-v2", ...ENTRY_STATUSES.map((s) => `    [*] --> ${s}`)];
  for (const from of ALL) for (const to of MACHINE[from].moves) lines.push(`    ${from} --> ${to}`);
  for (const s of TERMINAL_STATUSES) lines.push(`    ${s} --> [*]`);
  return lines.join("\n");
}
