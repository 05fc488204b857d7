// Leases: how workers share tables of due work. A row is claimed by writing leaseOwner/leaseUntil,
// and a whole batch is claimed in one statement (below); afterwards a row moves only through
// guarded updates by its lease owner (`transition`), so any number of workers can share the table.
// Generations and webhook deliveries both use it, with the same lease length.
import "server-only";
import { db, dialectOf, type Db } from "@/lib/adapters/db/client";
import { Prisma, type Generation } from "@/lib/adapters/db/generated/sqlite/client";
import { env } from "@/lib/platform/config/env";
import { canMove, IN_FLIGHT_STATUSES, STATUS, type GenerationStatus, type InFlightStatus, type UpdateTarget } from "@/lib/rules/generation-status";
import { DELIVERY_DUE } from "@/lib/rules/webhook-events";
import { OUTBOX_DUE } from "@/lib/rules/notification-events";
import { dispatchOrder } from "@/lib/rules/queue-order";
import { accountSql, DISPATCH_ORDER, rankedQueued } from "@/lib/services/worker/queue-order";
import { createSlotOf } from "@/lib/services/worker/limits";

/** The tables worked through leases, the statuses a claim may ask for and the columns a claim may group by. */
const LEASED = {
  Generation: { statuses: IN_FLIGHT_STATUSES, groupColumns: [] },
  WebhookDelivery: { statuses: [DELIVERY_DUE], groupColumns: ["webhookId"] },
  NotificationOutbox: { statuses: [OUTBOX_DUE], groupColumns: [] },
} as const satisfies Record<string, { statuses: readonly string[]; groupColumns: readonly string[] }>;

type LeasedTable = keyof typeof LEASED;
type LeasedStatus<T extends LeasedTable> = (typeof LEASED)[T]["statuses"][number];

/** How long a claim holds a row (renewed by `extendLease` while a long step runs). */
export function leaseMs(): number {
  return env().WORKER_LEASE_MS;
}

interface ClaimOptions<T extends LeasedTable> {
  owner: string;
  statuses: readonly LeasedStatus<T>[];
  limit: number;
  /** When the claim happens; rows due by then are claimed. Defaults to the clock. */
  now?: Date;
  /** A lease never shorter than this (a step that cannot be interrupted needs longer). */
  minLeaseMs?: number;
  /** A further condition on the due rows: SQL built with Prisma.sql by the caller, never from input. */
  where?: Prisma.Sql;
  /**
   * At most `max` rows per value of `column`, counting the `inFlight` rows this worker already
   * runs for that value: keeps one busy key (a slow webhook endpoint) from filling the batch.
   */
  perGroup?: { column: (typeof LEASED)[T]["groupColumns"][number]; max: number; inFlight: ReadonlyMap<string, number>; window: number };
  database?: Db;
}

const quoted = (name: string) => Prisma.raw(`"${name}"`);

/** The due, unleased rows of `table`, oldest first; on PostgreSQL locked, skipping rows another claim holds. */
function dueRows<T extends LeasedTable>(table: T, o: ClaimOptions<T>, now: Date, dialect: "postgres" | "sqlite"): Prisma.Sql {
  const columns = o.perGroup ? Prisma.sql`"id", "nextAttemptAt", ${quoted(o.perGroup.column)} AS "grp"` : Prisma.sql`"id"`;
  const lock = dialect === "postgres" ? Prisma.sql` FOR UPDATE SKIP LOCKED` : Prisma.empty;
  return Prisma.sql`SELECT ${columns} FROM ${quoted(table)}
    WHERE "status" IN (${Prisma.join([...o.statuses])}) AND "nextAttemptAt" <= ${now} AND ("leaseUntil" IS NULL OR "leaseUntil" < ${now})${o.where ? Prisma.sql` AND (${o.where})` : Prisma.empty}
    ORDER BY "nextAttemptAt", "id" LIMIT ${o.perGroup ? o.perGroup.window : o.limit}${lock}`;
}

/** Of the due rows, those that keep every group within its share, oldest first. */
function withinGroupShare(due: Prisma.Sql, group: NonNullable<ClaimOptions<LeasedTable>["perGroup"]>, limit: number): Prisma.Sql {
  const held = [...group.inFlight].filter(([, count]) => count > 0);
  const heldCount = held.length
    ? Prisma.sql`CASE "grp" ${Prisma.join(
        held.map(([value, count]) => Prisma.sql`WHEN ${value} THEN ${count}`),
        " ",
      )} ELSE 0 END`
    : Prisma.sql`0`;
  return Prisma.sql`SELECT "id" FROM (
      SELECT "id", "nextAttemptAt", ROW_NUMBER() OVER (PARTITION BY "grp" ORDER BY "nextAttemptAt", "id") + ${heldCount} AS "load" FROM (${due}) AS "due"
    ) AS "ranked" WHERE "load" <= ${group.max} ORDER BY "nextAttemptAt", "id" LIMIT ${limit}`;
}

/**
 * Claims up to `limit` due rows of `table` for `owner` in one statement and returns their ids.
 * PostgreSQL locks the chosen rows (skipping those another worker is claiming), SQLite runs one
 * writer at a time: either way no two claims get the same row.
 */
export async function claimDue<T extends LeasedTable>(table: T, options: ClaimOptions<T>): Promise<string[]> {
  const allowed: readonly string[] = LEASED[table].statuses;
  if (options.statuses.some((s) => !allowed.includes(s))) throw new Error(`${table} rows are not claimed in ${options.statuses.join(", ")}.`);
  const groupColumns: readonly string[] = LEASED[table].groupColumns;
  if (options.perGroup && !groupColumns.includes(options.perGroup.column)) throw new Error(`${table} rows are not grouped by ${options.perGroup.column}.`);
  if (options.limit <= 0) return [];
  const database = options.database ?? db();
  const now = options.now ?? new Date();
  const until = new Date(now.getTime() + Math.max(leaseMs(), options.minLeaseMs ?? 0));
  const due = dueRows(table, options, now, dialectOf(database));
  const chosen = options.perGroup ? withinGroupShare(due, options.perGroup, options.limit) : due;
  const rows = await database.$queryRaw<
    { id: string }[]
  >`UPDATE ${quoted(table)} SET "leaseOwner" = ${options.owner}, "leaseUntil" = ${until}, "updatedAt" = ${new Date()}
    WHERE "id" IN (${chosen}) RETURNING "id"`;
  return rows.map((r) => r.id);
}

/** Claims due generations in `statuses` (one statement) and reads them (one more), oldest first. */
export async function claimGenerations(statuses: readonly InFlightStatus[], owner: string, limit: number, database: Db = db()): Promise<Generation[]> {
  const ids = await claimDue("Generation", { owner, statuses, limit, database });
  if (ids.length === 0) return [];
  return database.generation.findMany({ where: { id: { in: ids }, leaseOwner: owner }, orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }] });
}

/**
 * Claims up to `limit` queued generations in dispatch order (lib/rules/queue-order.ts: priority,
 * round-robin across members, queued time) in one statement, skipping accounts that are backing
 * off (DispatchBackoff), and reads them (one more) in that order.
 */
export async function claimForDispatch(owner: string, limit: number, database: Db = db()): Promise<Generation[]> {
  if (limit <= 0) return [];
  const now = new Date();
  const until = new Date(now.getTime() + leaseMs());
  const due = (alias: string) => {
    const g = Prisma.raw(`"${alias}"`);
    return Prisma.sql`${g}."nextAttemptAt" <= ${now} AND (${g}."leaseUntil" IS NULL OR ${g}."leaseUntil" < ${now})`;
  };
  const ranked = rankedQueued(
    Prisma.sql`${due("g")} AND NOT EXISTS (SELECT 1 FROM "DispatchBackoff" AS "b" WHERE "b"."account" = ${accountSql("g")} AND "b"."until" > ${now})`,
  );
  // The ranking (window functions) cannot take row locks itself; the outer select locks its choice again.
  const lock = dialectOf(database) === "postgres" ? Prisma.sql` FOR UPDATE SKIP LOCKED` : Prisma.empty;
  const chosen = Prisma.sql`SELECT "id" FROM "Generation" AS "c"
    WHERE "c"."id" IN (SELECT "id" FROM (${ranked}) AS "ranked" ORDER BY ${DISPATCH_ORDER} LIMIT ${limit}) AND "c"."status" = ${STATUS.queued} AND ${due("c")}${lock}`;
  const claimed = await database.$queryRaw<
    { id: string }[]
  >`UPDATE "Generation" SET "leaseOwner" = ${owner}, "leaseUntil" = ${until}, "updatedAt" = ${new Date()}
    WHERE "id" IN (${chosen}) RETURNING "id"`;
  if (claimed.length === 0) return [];
  const rows = await database.generation.findMany({
    where: { id: { in: claimed.map((r) => r.id) }, leaseOwner: owner },
    include: { project: { select: { priority: true } } },
  });
  const served = await database.generation.groupBy({
    by: ["creatorId", "keySource", "credentialId", "model", "region"],
    where: { creatorId: { in: [...new Set(rows.map((g) => g.creatorId))] }, dispatchedAt: { not: null } },
    _max: { dispatchedAt: true },
  });
  const servedAt = new Map(served.map((s) => [`${s.creatorId}|${createSlotOf(s)}`, s._max.dispatchedAt]));
  const jobs = rows.map((g) => ({
    ...g,
    account: createSlotOf(g),
    priority: g.project.priority,
    servedAt: servedAt.get(`${g.creatorId}|${createSlotOf(g)}`) ?? null,
  }));
  return dispatchOrder(jobs).map(({ project: _p, account: _a, priority: _r, servedAt: _s, ...g }) => g);
}

/** An update of a row in `F`: its status may only move along the state machine's table. */
export type GuardedUpdate<F extends GenerationStatus> = Omit<Prisma.GenerationUpdateManyMutationInput, "status"> & { status?: UpdateTarget<F> };

/** Moves a claimed row from `from` to new data, only while we still own it. Returns whether it moved. */
export async function transition<F extends GenerationStatus>(
  g: { id: string },
  workerId: string,
  from: F,
  data: GuardedUpdate<F>,
  tx: Pick<ReturnType<typeof db>, "generation"> = db(),
): Promise<boolean> {
  // The types already refuse a move outside the table; this catches one built from a widened value.
  const to: string | undefined = data.status;
  if (to !== undefined && to !== from && !canMove(from, to)) throw new Error(`A generation cannot move from ${from} to ${to}.`);
  const { count } = await tx.generation.updateMany({ where: { id: g.id, status: from, leaseOwner: workerId }, data });
  return count === 1;
}

/** The plain columns a routine move writes (giving a row back, renewing a lease). */
const QUICK_COLUMNS = ["status", "attempts", "nextAttemptAt", "leaseOwner", "leaseUntil"] as const;
type QuickUpdate<F extends GenerationStatus> = {
  status?: UpdateTarget<F>;
  attempts?: number;
  nextAttemptAt?: Date;
  leaseOwner?: string | null;
  leaseUntil?: Date | null;
};

/**
 * `transition` for plain columns, as one UPDATE: Prisma's updateMany outside a transaction sends
 * BEGIN and COMMIT around it, three round trips where one does. Guarded the same way (id, status, owner).
 */
export async function move<F extends GenerationStatus>(
  g: { id: string },
  workerId: string,
  from: F,
  data: QuickUpdate<F>,
  database: Db = db(),
): Promise<boolean> {
  const to: string | undefined = data.status;
  if (to !== undefined && to !== from && !canMove(from, to)) throw new Error(`A generation cannot move from ${from} to ${to}.`);
  const sets = Object.entries(data)
    .filter(([, value]) => value !== undefined)
    .map(([column, value]) => {
      if (!(QUICK_COLUMNS as readonly string[]).includes(column)) throw new Error(`move() does not write ${column}; use transition().`);
      return Prisma.sql`${quoted(column)} = ${value}`;
    });
  const count = await database.$executeRaw`UPDATE "Generation" SET ${Prisma.join([...sets, Prisma.sql`"updatedAt" = ${new Date()}`])}
    WHERE "id" = ${g.id} AND "status" = ${from} AND "leaseOwner" = ${workerId}`;
  return count === 1;
}

/** Gives the row back without changing its status, to be looked at again at `nextAttemptAt` (one statement). */
export async function release<F extends GenerationStatus>(
  g: { id: string; status: F },
  workerId: string,
  nextAttemptAt: Date,
  extra: Pick<QuickUpdate<F>, "status" | "attempts"> = {},
) {
  await move(g, workerId, g.status, { leaseOwner: null, leaseUntil: null, nextAttemptAt, ...extra });
}

export async function extendLease(g: { id: string }, workerId: string, leaseMs: number): Promise<void> {
  await db().$executeRaw`UPDATE "Generation" SET "leaseUntil" = ${new Date(Date.now() + leaseMs)}, "updatedAt" = ${new Date()}
    WHERE "id" = ${g.id} AND "leaseOwner" = ${workerId}`;
}
