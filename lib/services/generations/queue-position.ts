// Where queued generations stand: their place in their provider account's dispatch order (the
// order the dispatch claim uses, lib/services/worker/queue-order.ts) and an estimated start. One
// statement for a whole page, however many of its rows are queued.
import "server-only";
import { db, type Db } from "@/lib/adapters/db/client";
import { Prisma } from "@/lib/adapters/db/generated/sqlite/client";
import { getModel } from "@/lib/rules/models/catalog";
import { estimatedStart } from "@/lib/rules/queue-order";
import { PROVIDER_CAPACITY_STATUSES, STATUS } from "@/lib/rules/generation-status";
import { limitsFor } from "@/lib/services/worker/limits";
import { accountSql, DISPATCH_ORDER, rankedQueued } from "@/lib/services/worker/queue-order";

export interface QueueSpot {
  /** 1 = next to go for its provider account; 0 = being sent now. Null once it has left the queue. */
  queuePosition: number | null;
  estimatedStartAt: Date | null;
}

export const NOT_QUEUED: QueueSpot = { queuePosition: null, estimatedStartAt: null };

type Row = { id: string; status: string; model: string };

/** The spots of the queued rows among `rows` (the others are not in the map). */
export async function queueSpots(rows: readonly Row[], database: Db = db()): Promise<Map<string, QueueSpot>> {
  const spots = new Map<string, QueueSpot>();
  const now = new Date();
  for (const r of rows) if (r.status === STATUS.dispatching) spots.set(r.id, { queuePosition: 0, estimatedStartAt: now });
  const queued = rows.filter((r) => r.status === STATUS.queued);
  if (queued.length === 0) return spots;
  const ids = Prisma.join(queued.map((r) => r.id));
  const accounts = Prisma.sql`SELECT DISTINCT ${accountSql("a")} FROM "Generation" AS "a" WHERE "a"."id" IN (${ids})`;
  const ranked = rankedQueued(Prisma.sql`${accountSql("g")} IN (${accounts})`);
  const found = await database.$queryRaw<{ id: string; position: bigint | number; inFlight: bigint | number }[]>`
    SELECT "o"."id", "o"."position",
      (SELECT COUNT(*) FROM "Generation" AS "f" WHERE "f"."status" IN (${Prisma.join([...PROVIDER_CAPACITY_STATUSES])}) AND ${accountSql("f")} = "o"."account") AS "inFlight"
    FROM (SELECT "id", "account", ROW_NUMBER() OVER (PARTITION BY "account" ORDER BY ${DISPATCH_ORDER}) AS "position" FROM (${ranked}) AS "r") AS "o"
    WHERE "o"."id" IN (${ids})`;
  const modelOf = new Map(queued.map((r) => [r.id, r.model]));
  for (const f of found) {
    const model = modelOf.get(f.id) ?? "";
    const typicalSeconds = getModel(model)?.typicalSeconds;
    const position = Number(f.position);
    const estimatedStartAt =
      typicalSeconds === undefined
        ? null
        : estimatedStart({ position, inFlight: Number(f.inFlight), concurrent: limitsFor(model).concurrent, typicalSeconds, now });
    spots.set(f.id, { queuePosition: position, estimatedStartAt });
  }
  return spots;
}
