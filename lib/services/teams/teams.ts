import "server-only";
import { db } from "@/lib/adapters/db/client";
import { assertCan, type Actor } from "@/lib/platform/auth/actor";
import { notFound } from "@/lib/contracts/errors";
import { recordActorAudit, recordAudit } from "@/lib/services/audit/record";
import type { Data } from "@/lib/contracts/common";
import type { RenamedTeam, Team } from "@/lib/contracts/team";
import type { Role } from "@/lib/rules/permissions";

type TeamData = Data<typeof Team>;

export async function listMyTeams(userId: string): Promise<TeamData[]> {
  const rows = await db().membership.findMany({
    where: { userId },
    include: { team: { select: { id: true, name: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((m) => ({ id: m.team.id, name: m.team.name, role: m.role as Role }));
}

export async function createTeam(userId: string, name: string): Promise<TeamData> {
  return db().$transaction(async (tx) => {
    const team = await tx.team.create({ data: { name } });
    await tx.membership.create({ data: { teamId: team.id, userId, role: "owner" } });
    await tx.project.create({ data: { teamId: team.id, name: "First project" } });
    await recordAudit({ teamId: team.id, actorId: userId, action: "team.created", targetType: "team", targetId: team.id }, tx);
    return { id: team.id, name: team.name, role: "owner" as const };
  });
}

export async function renameTeam(actor: Actor, name: string): Promise<Data<typeof RenamedTeam>> {
  assertCan(actor, "team.rename");
  await db().team.update({ where: { id: actor.teamId }, data: { name } });
  await recordActorAudit(actor, {
    action: "team.renamed",
    targetType: "team",
    targetId: actor.teamId,
    data: { from: actor.teamName, to: name },
  });
  return { id: actor.teamId, name };
}

/** Confirms the user belongs to the team they want to switch to (the route then sets the cookie). */
export async function assertMemberOf(userId: string, teamId: string) {
  const m = await db().membership.findUnique({ where: { teamId_userId: { teamId, userId } } });
  if (!m) throw notFound("Team");
}

export async function deleteTeam(actor: Actor) {
  assertCan(actor, "team.delete");
  await recordAudit({ actorId: actor.user.id, action: "team.deleted", targetType: "team", targetId: actor.teamId, data: { name: actor.teamName } });
  await db().team.delete({ where: { id: actor.teamId } });
}
