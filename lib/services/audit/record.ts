// Append-only audit trail. Nothing in the app updates or deletes these rows.
import "server-only";
import { db, type Prisma } from "@/lib/adapters/db/client";
import type { Actor } from "@/lib/platform/auth/actor";
import type { AuditAction } from "@/lib/rules/audit-labels";
import { currentIp } from "@/lib/platform/http/request-context";

export interface AuditEntry {
  teamId?: string | null;
  actorId?: string | null;
  /** One of the actions the audit log has a label for (lib/rules/audit-labels.ts). */
  action: AuditAction;
  targetType?: string;
  targetId?: string;
  data?: Prisma.InputJsonValue;
  ip?: string | null;
}

type Tx = Pick<ReturnType<typeof db>, "auditEvent">;

export async function recordAudit(entry: AuditEntry, tx: Tx = db()): Promise<void> {
  await tx.auditEvent.create({
    data: {
      teamId: entry.teamId ?? null,
      actorId: entry.actorId ?? null,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      data: entry.data,
      ip: entry.ip ?? currentIp(),
    },
  });
}

/** An entry for something a team member did: the actor gives the team and the user. */
export async function recordActorAudit(actor: Pick<Actor, "teamId" | "user">, entry: Omit<AuditEntry, "teamId" | "actorId">, tx?: Tx): Promise<void> {
  await recordAudit({ teamId: actor.teamId, actorId: actor.user.id, ...entry }, tx);
}
