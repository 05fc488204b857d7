// Reading the audit trail of the actor's team: filters by action prefix, actor and date range, paged.
import "server-only";
import { assertCan, type Actor } from "@/lib/platform/auth/actor";
import { db, type Prisma } from "@/lib/adapters/db/client";
import { AppError } from "@/lib/contracts/errors";
import type { AuditFilters, AuditQuery } from "@/lib/services/audit/schemas";
import { withTargetNames } from "@/lib/services/audit/targets";
import type { Data } from "@/lib/contracts/common";
import type { AuditEvent } from "@/lib/contracts/audit";

/** As the API lists it: with the target's name where it is known. */
export type NamedAuditEvent = Data<typeof AuditEvent>;
export type PublicAuditEvent = Omit<NamedAuditEvent, "targetName">;

const DAY_MS = 86_400_000;
const isDateOnly = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

/** `to` as a date alone includes that whole day (UTC). */
export function auditWhere(teamId: string, f: AuditFilters): Prisma.AuditEventWhereInput {
  const from = f.from ? new Date(f.from) : undefined;
  const to = f.to ? new Date(isDateOnly(f.to) ? Date.parse(f.to) + DAY_MS : Date.parse(f.to)) : undefined;
  if (from && to && from >= to) {
    throw new AppError("validation_failed", "The from date must be earlier than the to date.", {
      issues: [{ path: "from", message: "The from date must be earlier than the to date." }],
    });
  }
  return {
    teamId,
    ...(f.action && { action: { startsWith: f.action } }),
    ...(f.actorId && { actorId: f.actorId }),
    ...((from || to) && { createdAt: { ...(from && { gte: from }), ...(to && (isDateOnly(f.to!) ? { lt: to } : { lte: to })) } }),
  };
}

type Row = {
  id: string;
  teamId: string | null;
  action: string;
  actorId: string | null;
  targetType: string | null;
  targetId: string | null;
  data: unknown;
  ip: string | null;
  createdAt: Date;
};

export async function withActors(rows: Row[]): Promise<PublicAuditEvent[]> {
  const ids = [...new Set(rows.map((r) => r.actorId).filter((v): v is string => Boolean(v)))];
  const users = ids.length ? await db().user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } }) : [];
  const byId = new Map(users.map((u) => [u.id, u]));
  return rows.map(({ actorId, ...r }) => ({
    ...r,
    actor: actorId ? (byId.get(actorId) ?? { id: actorId, name: null, email: null }) : null,
  }));
}

export const AUDIT_ORDER = [{ createdAt: "desc" as const }, { id: "desc" as const }];

export async function queryAudit(actor: Actor, query: AuditQuery): Promise<{ items: NamedAuditEvent[]; nextCursor: string | null }> {
  assertCan(actor, "audit.view");
  const where = auditWhere(actor.teamId, query);
  if (query.cursor) {
    const anchor = await db().auditEvent.findFirst({ where: { id: query.cursor, teamId: actor.teamId }, select: { id: true } });
    if (!anchor)
      throw new AppError("validation_failed", "The cursor is not valid; start again without it.", { issues: [{ path: "cursor", message: "Unknown cursor." }] });
  }
  const rows = await db().auditEvent.findMany({
    where,
    orderBy: AUDIT_ORDER,
    take: query.limit + 1,
    ...(query.cursor && { cursor: { id: query.cursor }, skip: 1 }),
  });
  const items = await withTargetNames(actor.teamId, await withActors(rows.slice(0, query.limit)));
  return { items, nextCursor: rows.length > query.limit ? items[items.length - 1].id : null };
}
