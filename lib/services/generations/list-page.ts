// One page of the generations list as one hand-written statement: only the columns the resource is
// built from, the creator's name joined in, walking the (teamId, createdAt, id) index newest first.
// Through Prisma the same page cost several times the SQL itself (bench/list.ts).
import "server-only";
import { type Dialect, type DirectReader, directReader, placeholder, type SqlParam } from "@/lib/adapters/db/direct-read";
import type { ResourceRow } from "@/lib/services/generations/resource";

export interface PageFilter {
  teamId: string;
  projectId?: string;
  statuses?: string[];
  model?: string;
  creatorId?: string;
  /** Text the prompt contains, case-insensitively (ASCII on SQLite, as its LIKE is). */
  promptContains?: string;
  createdFrom?: Date;
  createdBefore?: Date;
  /** Only generations with this tag. */
  tag?: string;
  /** Only generations reviewed so (null: not reviewed yet). */
  reviewStatus?: string | null;
  /** Only the viewer's favourites. */
  favouritesOnly?: boolean;
  /** The last row of the previous page. */
  after?: { createdAt: Date; id: string };
}

export type PageRow = ResourceRow & { creator: { id: string; name: string } | null; tags: string[]; favourite: boolean };

const DATE_COLUMNS = ["approvalDecidedAt", "reviewedAt", "archivedAt", "createdAt", "submittedAt", "finishedAt"] as const;
const JSON_COLUMNS = ["request", "warnings", "estimate", "approvalReasons"] as const;
const BIGINT_COLUMNS = ["videoBytes", "actualAmountMicros"] as const;
const PLAIN_COLUMNS = [
  "id",
  "projectId",
  "creatorId",
  "mode",
  "model",
  "region",
  "prompt",
  "status",
  "keySource",
  "providerTaskId",
  "providerRequestId",
  "errorCode",
  "errorMessage",
  "currency",
  "actualBilledMs",
  "costMismatch",
  "videoKey",
  "videoSha256",
  "posterKey",
  "approvalDecision",
  "approvalDecidedById",
  "approvalDecidedByName",
  "approvalNote",
  "reviewStatus",
  "reviewedById",
  "reviewedByName",
] as const;

/** Every column of ResourceRow, once (the type check below fails if one is missing). */
export const PAGE_COLUMNS = [...PLAIN_COLUMNS, ...DATE_COLUMNS, ...JSON_COLUMNS, ...BIGINT_COLUMNS] as const;
type MissingColumn = Exclude<keyof Omit<ResourceRow, "creator">, (typeof PAGE_COLUMNS)[number]>;
const everyColumn: [MissingColumn] extends [never] ? true : MissingColumn = true;
void everyColumn;

const SELECT_LIST = PAGE_COLUMNS.map((c) => `"g"."${c}"`).join(", ");

/** The text as it is: LIKE's wildcards (% and _) and its escape (a backslash) in it match only themselves. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The page's tags as one comma-separated text (tags hold no commas), in the same statement. */
const TAGS_OF_ROW = (dialect: Dialect) =>
  `(SELECT ${dialect === "postgres" ? `string_agg("t"."name", ',')` : `group_concat("t"."name", ',')`} FROM "GenerationTag" AS "t" WHERE "t"."generationId" = "g"."id") AS "tags"`;

function pageSql(f: PageFilter, viewerId: string, take: number, dialect: Dialect): { sql: string; params: SqlParam[] } {
  const params: SqlParam[] = [];
  const p = (value: SqlParam) => {
    params.push(value);
    return placeholder(dialect, params.length);
  };
  // SQLite numbers its parameters by position: the select list's come first.
  const favourite = `EXISTS (SELECT 1 FROM "Favourite" AS "f" WHERE "f"."generationId" = "g"."id" AND "f"."userId" = ${p(viewerId)}) AS "favourite"`;
  const where = [`"g"."teamId" = ${p(f.teamId)}`];
  if (f.projectId) where.push(`"g"."projectId" = ${p(f.projectId)}`);
  if (f.statuses) where.push(f.statuses.length ? `"g"."status" IN (${f.statuses.map(p).join(", ")})` : "1 = 0");
  if (f.model) where.push(`"g"."model" = ${p(f.model)}`);
  if (f.creatorId) where.push(`"g"."creatorId" = ${p(f.creatorId)}`);
  if (f.promptContains) where.push(`"g"."prompt" ${dialect === "postgres" ? "ILIKE" : "LIKE"} ${p(likePattern(f.promptContains))} ESCAPE '\\'`);
  if (f.createdFrom) where.push(`"g"."createdAt" >= ${p(f.createdFrom)}`);
  if (f.createdBefore) where.push(`"g"."createdAt" < ${p(f.createdBefore)}`);
  if (f.tag) where.push(`EXISTS (SELECT 1 FROM "GenerationTag" AS "ft" WHERE "ft"."generationId" = "g"."id" AND "ft"."name" = ${p(f.tag)})`);
  if (f.reviewStatus !== undefined) where.push(f.reviewStatus === null ? `"g"."reviewStatus" IS NULL` : `"g"."reviewStatus" = ${p(f.reviewStatus)}`);
  if (f.favouritesOnly) where.push(`EXISTS (SELECT 1 FROM "Favourite" AS "ff" WHERE "ff"."generationId" = "g"."id" AND "ff"."userId" = ${p(viewerId)})`);
  if (f.after) {
    // The first bound is what the index range uses; the second breaks ties on the same instant.
    const at = p(f.after.createdAt);
    where.push(`"g"."createdAt" <= ${at} AND ("g"."createdAt" < ${dialect === "postgres" ? at : p(f.after.createdAt)} OR "g"."id" < ${p(f.after.id)})`);
  }
  const sql = `SELECT ${SELECT_LIST}, "u"."name" AS "creatorName", ${favourite}, ${TAGS_OF_ROW(dialect)}
    FROM "Generation" AS "g" LEFT JOIN "User" AS "u" ON "u"."id" = "g"."creatorId"
    WHERE ${where.join(" AND ")}
    ORDER BY "g"."createdAt" DESC, "g"."id" DESC
    LIMIT ${p(take)}`;
  return { sql, params };
}

type RawRow = Record<string, unknown> & { creatorName: string | null; tags: string | null };

const toDate = (v: unknown): Date | null => (v === null || v === undefined ? null : v instanceof Date ? v : new Date(v as string | number));
/** SQLite keeps JSON as text; text that does not parse is returned as it is, as Prisma reads it. */
function toJson(v: unknown): unknown {
  if (typeof v !== "string") return v ?? null;
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}
const toBigInt = (v: unknown): bigint | null => (v === null || v === undefined ? null : BigInt(v as bigint | number | string));

/** The drivers return some types differently (dates and JSON as text, 0/1 booleans); one shape for both, in place. */
function toPageRow(r: RawRow): PageRow {
  for (const c of DATE_COLUMNS) r[c] = toDate(r[c]);
  for (const c of JSON_COLUMNS) r[c] = toJson(r[c]);
  for (const c of BIGINT_COLUMNS) r[c] = toBigInt(r[c]);
  r.costMismatch = Boolean(r.costMismatch);
  r.favourite = Boolean(r.favourite);
  r.creator = r.creatorName === null ? null : { id: r.creatorId as string, name: r.creatorName };
  return Object.assign(r, { tags: r.tags ? r.tags.split(",").sort() : [] }) as unknown as PageRow;
}

/** Up to `take` rows matching `filter`, newest first (createdAt, then id), with `viewerId`'s favourites marked. */
export async function listPageRows(filter: PageFilter, viewerId: string, take: number, reader: DirectReader = directReader()): Promise<PageRow[]> {
  const { sql, params } = pageSql(filter, viewerId, take, reader.dialect);
  const rows = (await reader.all(sql, params)) as RawRow[];
  return rows.map(toPageRow);
}
