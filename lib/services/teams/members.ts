import "server-only";
import { db } from "@/lib/adapters/db/client";
import { assertCan, type Actor } from "@/lib/platform/auth/actor";
import { canManageRole, isRole, type Role } from "@/lib/rules/permissions";
import { AppError, forbidden, notFound } from "@/lib/contracts/errors";
import { recordActorAudit } from "@/lib/services/audit/record";
import type { Data } from "@/lib/contracts/common";
import type { Member } from "@/lib/contracts/member";

export async function listMembers(actor: Actor): Promise<Data<typeof Member>[]> {
  assertCan(actor, "team.view");
  const rows = await db().membership.findMany({
    where: { teamId: actor.teamId },
    include: { user: { select: { id: true, name: true, email: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((m) => ({ id: m.id, role: m.role as Role, joinedAt: m.createdAt, user: m.user }));
}

async function findMember(actor: Actor, membershipId: string) {
  const member = await db().membership.findFirst({ where: { id: membershipId, teamId: actor.teamId } });
  if (!member || !isRole(member.role)) throw notFound("Member");
  return { ...member, role: member.role as Role };
}

async function assertNotLastOwner(teamId: string, what: string) {
  const owners = await db().membership.count({ where: { teamId, role: "owner" } });
  if (owners <= 1) throw new AppError("conflict", `A team needs at least one owner; make someone else owner before you ${what}.`);
}

export async function changeRole(actor: Actor, membershipId: string, role: Role) {
  assertCan(actor, "member.manage");
  const member = await findMember(actor, membershipId);
  if (!canManageRole(actor.role, member.role) || !canManageRole(actor.role, role)) {
    throw forbidden("Only owners can change the role of admins and owners or grant those roles.");
  }
  if (member.role === role) return;
  if (member.role === "owner") await assertNotLastOwner(actor.teamId, "demote the last one");
  await db().membership.update({ where: { id: member.id }, data: { role } });
  await recordActorAudit(actor, {
    action: "member.role_changed",
    targetType: "user",
    targetId: member.userId,
    data: { from: member.role, to: role },
  });
}

export async function removeMember(actor: Actor, membershipId: string) {
  assertCan(actor, "member.manage");
  const member = await findMember(actor, membershipId);
  if (member.userId === actor.user.id) return leaveTeam(actor);
  if (!canManageRole(actor.role, member.role)) throw forbidden("Only owners can remove admins and owners.");
  if (member.role === "owner") await assertNotLastOwner(actor.teamId, "remove the last one");
  await db().membership.delete({ where: { id: member.id } });
  await db().apiToken.updateMany({ where: { teamId: actor.teamId, userId: member.userId, revokedAt: null }, data: { revokedAt: new Date() } });
  await recordActorAudit(actor, {
    action: "member.removed",
    targetType: "user",
    targetId: member.userId,
    data: { role: member.role },
  });
}

export async function leaveTeam(actor: Actor) {
  if (actor.role === "owner") await assertNotLastOwner(actor.teamId, "leave");
  await db().membership.delete({ where: { teamId_userId: { teamId: actor.teamId, userId: actor.user.id } } });
  await db().apiToken.updateMany({ where: { teamId: actor.teamId, userId: actor.user.id, revokedAt: null }, data: { revokedAt: new Date() } });
  await recordActorAudit(actor, { action: "member.left", targetType: "user", targetId: actor.user.id });
}
