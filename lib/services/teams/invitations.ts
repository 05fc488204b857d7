import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/adapters/db/client";
import { env } from "@/lib/platform/config/env";
import { assertCan, type Actor } from "@/lib/platform/auth/actor";
import { canManageRole, type Role } from "@/lib/rules/permissions";
import { AppError, forbidden, notFound } from "@/lib/contracts/errors";
import { recordAudit } from "@/lib/services/audit/record";
import { notifyInvitation } from "@/lib/services/notifications/emit";
import type { Data } from "@/lib/contracts/common";
import type { Invitation } from "@/lib/contracts/invitation";
import type { TeamJoined } from "@/lib/contracts/team";

type InvitationData = Data<typeof Invitation>;

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

export function invitationUrl(token: string): string {
  return `${env().APP_URL}/invite/${token}`;
}

export async function createInvitation(actor: Actor, input: { role: Role; email?: string; expiresInDays: number }): Promise<InvitationData> {
  assertCan(actor, "member.invite");
  if (!canManageRole(actor.role, input.role)) throw forbidden(`Your role cannot invite people as ${input.role}.`);
  const token = randomBytes(24).toString("base64url");
  const invitation = await db().invitation.create({
    data: {
      teamId: actor.teamId,
      tokenHash: hash(token),
      role: input.role,
      email: input.email?.toLowerCase(),
      invitedById: actor.user.id,
      expiresAt: new Date(Date.now() + input.expiresInDays * 86_400_000),
    },
  });
  await recordAudit({
    teamId: actor.teamId,
    actorId: actor.user.id,
    action: "invitation.created",
    targetType: "invitation",
    targetId: invitation.id,
    data: { role: input.role, email: input.email ?? null },
  });
  await notifyInvitation({
    invitationId: invitation.id,
    teamId: actor.teamId,
    email: invitation.email,
    url: invitationUrl(token),
    role: input.role,
    inviterName: actor.user.name,
  });
  return { id: invitation.id, role: input.role, email: invitation.email, expiresAt: invitation.expiresAt, url: invitationUrl(token) };
}

export async function listInvitations(actor: Actor): Promise<InvitationData[]> {
  assertCan(actor, "member.invite");
  const rows = await db().invitation.findMany({
    where: { teamId: actor.teamId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, role: true, email: true, expiresAt: true, createdAt: true },
    orderBy: { createdAt: "desc" },
  });
  return rows.map((row) => ({ ...row, role: row.role as Role }));
}

export async function revokeInvitation(actor: Actor, id: string) {
  assertCan(actor, "member.invite");
  const { count } = await db().invitation.updateMany({ where: { id, teamId: actor.teamId, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count === 0) throw notFound("Invitation");
  await recordAudit({ teamId: actor.teamId, actorId: actor.user.id, action: "invitation.revoked", targetType: "invitation", targetId: id });
}

/** What the invite page shows before the user accepts. */
export async function previewInvitation(token: string) {
  const invitation = await db().invitation.findUnique({ where: { tokenHash: hash(token) }, include: { team: { select: { name: true } } } });
  if (!invitation) throw notFound("Invitation");
  return { teamName: invitation.team.name, role: invitation.role, problem: invitationProblem(invitation) };
}

function invitationProblem(inv: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }): string | null {
  if (inv.acceptedAt) return "This invitation was already used. Ask for a new link.";
  if (inv.revokedAt) return "This invitation was revoked. Ask for a new link.";
  if (inv.expiresAt < new Date()) return "This invitation has expired. Ask for a new link.";
  return null;
}

export async function acceptInvitation(userId: string, token: string): Promise<Data<typeof TeamJoined>> {
  const invitation = await db().invitation.findUnique({ where: { tokenHash: hash(token) } });
  if (!invitation) throw notFound("Invitation");
  const problem = invitationProblem(invitation);
  if (problem) throw new AppError("gone", problem);
  const existing = await db().membership.findUnique({ where: { teamId_userId: { teamId: invitation.teamId, userId } } });
  if (existing) throw new AppError("conflict", "You are already a member of this team.");
  await db().$transaction(async (tx) => {
    // Guarded update: of two concurrent accepts only one claims the invitation.
    const { count } = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { acceptedAt: new Date(), acceptedBy: userId },
    });
    if (count === 0) throw new AppError("gone", "This invitation was already used. Ask for a new link.");
    await tx.membership.create({ data: { teamId: invitation.teamId, userId, role: invitation.role } });
    await recordAudit(
      { teamId: invitation.teamId, actorId: userId, action: "member.joined", targetType: "user", targetId: userId, data: { role: invitation.role } },
      tx,
    );
  });
  return { teamId: invitation.teamId, role: invitation.role as Role };
}
