// The one aggregation query of the usage report, for SQLite or PostgreSQL (pure: builds text and
// parameters). Identifiers are quoted for PostgreSQL; the group key comes from a fixed table,
// never from input. Every aggregate is cast to text so both drivers return the same types.
import "server-only";
import { FINISHED, IN_FLIGHT } from "@/lib/rules/billing/budget";
import { STATUS } from "@/lib/rules/generation-status";
import type { GroupBy } from "@/lib/contracts/usage-vocabulary";

export type Dialect = "sqlite" | "postgres";

const KEY_COLUMN: Record<Exclude<GroupBy, "day" | "month">, string> = {
  project: `"projectId"`,
  user: `"creatorId"`,
  model: `"model"`,
  region: `"region"`,
};

/** UTC calendar buckets: the columns hold UTC (PostgreSQL timestamp(3); SQLite ISO 8601 text). */
export function keyExpression(groupBy: GroupBy, dialect: Dialect): string {
  if (groupBy === "day") return dialect === "postgres" ? `to_char("createdAt", 'YYYY-MM-DD')` : `strftime('%Y-%m-%d', "createdAt")`;
  if (groupBy === "month") return dialect === "postgres" ? `to_char("createdAt", 'YYYY-MM')` : `strftime('%Y-%m', "createdAt")`;
  return KEY_COLUMN[groupBy];
}

export interface UsageFilter {
  teamId: string;
  start: Date;
  end: Date;
  creatorId?: string;
  projectId?: string;
}

const list = (statuses: readonly string[]) => statuses.map((s) => `'${s}'`).join(", ");
const text = (expr: string) => `CAST(${expr} AS TEXT)`;
const countWhen = (cond: string) => text(`SUM(CASE WHEN ${cond} THEN 1 ELSE 0 END)`);
const sumWhen = (cond: string, column: string) => text(`SUM(CASE WHEN ${cond} THEN COALESCE(${column}, 0) ELSE 0 END)`);

/** Rows keyed (k, currency). A generation without a stored currency falls back to its region's. */
export function usageSql(groupBy: GroupBy, dialect: Dialect, filter: UsageFilter): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return dialect === "postgres" ? `$${params.length}` : "?";
  };
  const conditions = [`"teamId" = ${param(filter.teamId)}`, `"createdAt" >= ${param(filter.start)}`, `"createdAt" < ${param(filter.end)}`];
  if (filter.creatorId) conditions.push(`"creatorId" = ${param(filter.creatorId)}`);
  if (filter.projectId) conditions.push(`"projectId" = ${param(filter.projectId)}`);
  const is = (status: string) => `"status" = ${list([status])}`;
  const succeeded = is(STATUS.succeeded);
  const inFlight = `"status" IN (${list(IN_FLIGHT)})`;
  // What the provider billed: succeeded generations, and finished tasks whose video was lost afterwards.
  const videoLost = `"status" IN (${list(FINISHED.filter((s) => s !== STATUS.succeeded))}) AND "actualBilledMs" > 0`;
  const billed = `(${succeeded} OR (${videoLost}))`;
  const unpriced = `${billed} AND "actualAmountMicros" IS NULL`;
  const mismatch = dialect === "postgres" ? `"costMismatch" = TRUE` : `"costMismatch" = 1`;
  const sql = [
    `SELECT ${keyExpression(groupBy, dialect)} AS k,`,
    `  COALESCE("currency", CASE WHEN "region" = 'beijing' THEN 'CNY' ELSE 'USD' END) AS currency,`,
    `  ${text("COUNT(*)")} AS generations,`,
    `  ${countWhen(succeeded)} AS succeeded,`,
    `  ${countWhen(is(STATUS.failed))} AS failed,`,
    `  ${countWhen(is(STATUS.canceled))} AS canceled,`,
    `  ${countWhen(is(STATUS.expired))} AS expired,`,
    `  ${countWhen(inFlight)} AS in_flight,`,
    `  ${sumWhen(billed, `"actualBilledMs"`)} AS billed_ms,`,
    `  ${sumWhen(billed, `"estimatedAmountMicros"`)} AS estimated_micros,`,
    `  ${sumWhen(billed, `"actualAmountMicros"`)} AS actual_micros,`,
    `  ${countWhen(videoLost)} AS video_lost,`,
    `  ${sumWhen(videoLost, `"actualAmountMicros"`)} AS video_lost_micros,`,
    `  ${sumWhen(unpriced, `"actualBilledMs"`)} AS unpriced_billed_ms,`,
    `  ${sumWhen(inFlight, `"estimatedAmountMicros"`)} AS in_flight_micros,`,
    `  ${countWhen(mismatch)} AS mismatches,`,
    `  ${countWhen(`"estimatedAmountMicros" IS NULL`)} AS price_unknown`,
    `FROM "Generation"`,
    `WHERE ${conditions.join(" AND ")}`,
    `GROUP BY 1, 2`,
    `ORDER BY 1, 2`,
  ].join("\n");
  return { sql, params };
}

/** One result row as the drivers return it (every aggregate as text). */
export interface RawUsageRow {
  k: string | null;
  currency: string;
  generations: string;
  succeeded: string;
  failed: string;
  canceled: string;
  expired: string;
  in_flight: string;
  billed_ms: string;
  estimated_micros: string;
  actual_micros: string;
  in_flight_micros: string;
  mismatches: string;
  price_unknown: string;
  video_lost?: string;
  video_lost_micros?: string;
  unpriced_billed_ms?: string;
}
