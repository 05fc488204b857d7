// Reading generations: one (404 for another team's) and pages of many, newest first, by cursor.
import "server-only";
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/platform/auth/actor";
import { db } from "@/lib/adapters/db/client";
import { AppError, notFound } from "@/lib/contracts/errors";
import { toResource } from "@/lib/services/generations/resource";
import { queueSpots } from "@/lib/services/generations/queue-position";
import { listPageRows, type PageFilter } from "@/lib/services/generations/list-page";
import { internalStatuses, PUBLIC_STATUSES } from "@/lib/rules/generation-status";
import { normalizeTag, NOT_REVIEWED, REVIEW_STATUSES } from "@/lib/rules/review";

const REVIEW_FILTERS = [...REVIEW_STATUSES, NOT_REVIEWED] as const;

const STATUS_VALUES = PUBLIC_STATUSES;

export const listQuery = z
  .object({
    projectId: z.string().max(64).optional(),
    status: z
      .string()
      .optional()
      .transform((v) => (v ? v.split(",") : undefined))
      .pipe(z.array(z.enum(STATUS_VALUES, { message: `status must be one of ${STATUS_VALUES.join(", ")} (comma-separated).` })).optional()),
    model: z.string().max(64).optional(),
    creatorId: z.string().max(64).optional(),
    q: z.string().max(200).optional(),
    tag: z.string().max(200).optional().meta({ description: "Only generations with this tag (compared lower-case)." }),
    reviewStatus: z
      .enum(REVIEW_FILTERS, { message: `reviewStatus must be one of ${REVIEW_FILTERS.join(", ")}.` })
      .optional()
      .meta({ description: "Only generations reviewed so; `none`: not reviewed yet." }),
    favourite: z
      .enum(["true", "false"], { message: "favourite must be true or false." })
      .optional()
      .meta({ description: "`true`: only the caller's favourites." }),
    from: z.iso.date({ message: "from must be a date (YYYY-MM-DD)." }).optional(),
    to: z.iso.date({ message: "to must be a date (YYYY-MM-DD)." }).optional(),
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1, "limit must be 1 to 100.").max(100, "limit must be 1 to 100.").default(50),
  })
  .strict();

export type ListQuery = z.infer<typeof listQuery>;

const include = { creator: { select: { id: true, name: true } } } as const;

export async function getGenerationRow(actor: Actor, id: string) {
  assertCan(actor, "generation.view");
  const row = await db().generation.findFirst({ where: { id, teamId: actor.teamId }, include });
  if (!row) throw notFound("Generation");
  return row;
}

export async function getGeneration(actor: Actor, id: string) {
  const row = await getGenerationRow(actor, id);
  const [spots, tags, favourite] = await Promise.all([
    queueSpots([row]),
    db().generationTag.findMany({ where: { generationId: row.id }, select: { name: true }, orderBy: { name: "asc" } }),
    db().favourite.findUnique({ where: { userId_generationId: { userId: actor.user.id, generationId: row.id } }, select: { userId: true } }),
  ]);
  return toResource(row, spots.get(row.id), { tags: tags.map((t) => t.name), favourite: favourite !== null });
}

function encodeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString("base64url");
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [iso, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const createdAt = new Date(iso);
  if (!id || Number.isNaN(createdAt.getTime()))
    throw new AppError("validation_failed", "The cursor is not valid; use nextCursor from the previous page.", {
      issues: [{ path: "cursor", message: "Not a valid cursor." }],
    });
  return { createdAt, id };
}

/** The list's filters as the page statement takes them; `to` is inclusive, so the bound is the next day. */
function pageFilter(teamId: string, q: ListQuery): PageFilter {
  const toDate = q.to ? new Date(`${q.to}T00:00:00Z`) : undefined;
  if (toDate) toDate.setUTCDate(toDate.getUTCDate() + 1);
  return {
    teamId,
    projectId: q.projectId || undefined,
    statuses: q.status?.flatMap((s) => internalStatuses(s)),
    model: q.model || undefined,
    creatorId: q.creatorId || undefined,
    promptContains: q.q || undefined,
    createdFrom: q.from ? new Date(`${q.from}T00:00:00Z`) : undefined,
    createdBefore: toDate,
    tag: q.tag ? normalizeTag(q.tag) : undefined,
    reviewStatus: q.reviewStatus === undefined ? undefined : q.reviewStatus === NOT_REVIEWED ? null : q.reviewStatus,
    favouritesOnly: q.favourite === "true",
    after: q.cursor ? decodeCursor(q.cursor) : undefined,
  };
}

export async function listGenerations(actor: Actor, q: ListQuery) {
  assertCan(actor, "generation.view");
  const rows = await listPageRows(pageFilter(actor.teamId, q), actor.user.id, q.limit + 1);
  const page = rows.slice(0, q.limit);
  const spots = await queueSpots(page);
  return {
    items: page.map((g) => toResource(g, spots.get(g.id), { tags: g.tags, favourite: g.favourite })),
    nextCursor: rows.length > q.limit ? encodeCursor(page[page.length - 1]) : null,
  };
}
