// Reading generations: one (404 for another team's) and pages of many, newest first, by cursor.
import "server-only";
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/platform/auth/actor";
import { db, type Prisma } from "@/lib/adapters/db/client";
import { isPostgres } from "@/lib/platform/config/env";
import { AppError, notFound } from "@/lib/contracts/errors";
import { toResource } from "@/lib/services/generations/resource";
import { internalStatuses, PUBLIC_STATUSES } from "@/lib/rules/generation-status";

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
  return toResource(await getGenerationRow(actor, id));
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

export function listWhere(teamId: string, q: Omit<ListQuery, "cursor" | "limit">): Prisma.GenerationWhereInput {
  const toDate = q.to ? new Date(`${q.to}T00:00:00Z`) : undefined;
  if (toDate) toDate.setUTCDate(toDate.getUTCDate() + 1);
  return {
    teamId,
    ...(q.projectId && { projectId: q.projectId }),
    ...(q.status && { status: { in: q.status.flatMap((s) => internalStatuses(s)) } }),
    ...(q.model && { model: q.model }),
    ...(q.creatorId && { creatorId: q.creatorId }),
    // SQLite's LIKE is already case-insensitive for ASCII; PostgreSQL needs mode: insensitive.
    ...(q.q && { prompt: { contains: q.q, ...(isPostgres() && { mode: "insensitive" }) } as Prisma.StringFilter<"Generation"> }),
    ...((q.from || toDate) && { createdAt: { ...(q.from && { gte: new Date(`${q.from}T00:00:00Z`) }), ...(toDate && { lt: toDate }) } }),
  };
}

export async function listGenerations(actor: Actor, q: ListQuery) {
  assertCan(actor, "generation.view");
  const where = listWhere(actor.teamId, q);
  const after = q.cursor ? decodeCursor(q.cursor) : null;
  const rows = await db().generation.findMany({
    where: after ? { AND: [where, { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }] } : where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: q.limit + 1,
  });
  const page = rows.slice(0, q.limit);
  // One lookup for the page's few creators is much cheaper than Prisma's per-row include.
  const creators = await db().user.findMany({ where: { id: { in: [...new Set(page.map((g) => g.creatorId))] } }, select: { id: true, name: true } });
  const byId = new Map(creators.map((u) => [u.id, u]));
  return {
    items: page.map((g) => toResource({ ...g, creator: byId.get(g.creatorId) ?? null })),
    nextCursor: rows.length > q.limit ? encodeCursor(page[page.length - 1]) : null,
  };
}
