// The dispatch order of lib/rules/queue-order.ts in SQL (SQLite and PostgreSQL alike): the claim
// of the dispatch step and the queue positions shown on queued cards both rank rows with it.
import "server-only";
import { Prisma } from "@/lib/adapters/db/generated/sqlite/client";
import { PROJECT_PRIORITIES, priorityRank } from "@/lib/rules/queue-order";
import { STATUS } from "@/lib/rules/generation-status";

/** The row's provider account, spelled exactly as `createSlotOf` (limits.ts) spells it. */
export const accountSql = (alias: string) => {
  const g = Prisma.raw(`"${alias}"`);
  return Prisma.sql`(${g}."keySource" || ':' || COALESCE(${g}."credentialId", '') || ':' || ${g}."model" || ':' || ${g}."region")`;
};

/** The project's priority as its rank (lower goes first); spelled out from constants, never from input. */
export const priorityRankSql = (alias: string) => {
  const cases = PROJECT_PRIORITIES.map((name) => `WHEN '${name}' THEN ${priorityRank(name)}`).join(" ");
  return Prisma.raw(`(CASE "${alias}"."priority" ${cases} ELSE ${priorityRank("")} END)`);
};

/**
 * Queued generations matching `where` (on alias "g", with its project as "p"), each with its
 * account, priority rank and round: the how-many-th of its member's queued jobs of that account
 * and priority it is. Ordering by "prio", "round", "createdAt", "id" gives the dispatch order.
 */
export function rankedQueued(where: Prisma.Sql): Prisma.Sql {
  const account = accountSql("g");
  const prio = priorityRankSql("p");
  return Prisma.sql`SELECT "g"."id" AS "id", "g"."createdAt" AS "createdAt", ${account} AS "account", ${prio} AS "prio",
      ROW_NUMBER() OVER (PARTITION BY ${account}, ${prio}, "g"."creatorId" ORDER BY "g"."createdAt", "g"."id") AS "round",
      (SELECT MAX("h"."dispatchedAt") FROM "Generation" AS "h" WHERE "h"."creatorId" = "g"."creatorId" AND ${accountSql("h")} = ${account}) AS "servedAt"
    FROM "Generation" AS "g" JOIN "Project" AS "p" ON "p"."id" = "g"."projectId"
    WHERE "g"."status" = ${STATUS.queued} AND (${where})`;
}

/** Within a round, the member served longest ago (or never) first: else the oldest member's jobs would always win ties. */
export const DISPATCH_ORDER = Prisma.sql`"prio", "round", CASE WHEN "servedAt" IS NULL THEN 0 ELSE 1 END, "servedAt", "createdAt", "id"`;
