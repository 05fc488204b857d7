// Who is calling, in which team, with which role: from an API token (Authorization: Bearer) or
// from the next-auth session plus the current-team cookie. Every route and page starts here.
import "server-only";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { db } from "@/lib/adapters/db/client";
import { sessionOptions } from "@/lib/platform/auth/options";
import { hashApiToken } from "@/lib/platform/auth/api-token";
import { can, isRole, type Action, type Role } from "@/lib/rules/permissions";
import { AppError, forbidden } from "@/lib/contracts/errors";

export const TEAM_COOKIE = "rr_team";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
}

export interface Actor {
  user: SessionUser;
  teamId: string;
  teamName: string;
  role: Role;
  via: "session" | "token";
  tokenId?: string;
}

export async function sessionUser(): Promise<SessionUser | null> {
  const session = await getServerSession(sessionOptions());
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  return db().user.findUnique({ where: { id }, select: { id: true, email: true, name: true } });
}

/** Makes `teamId` the signed-in user's current team (checked against memberships on every read). */
export async function setCurrentTeam(teamId: string): Promise<void> {
  (await cookies()).set(TEAM_COOKIE, teamId, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 365 * 86_400 });
}

/** For the few routes that need a signed-in person but no team (listing teams, switching, joining). */
export async function requireSessionUser(what: string): Promise<SessionUser> {
  const user = await sessionUser();
  if (!user) throw new AppError("unauthenticated", `Sign in to ${what}.`);
  return user;
}

async function tokenActor(token: string): Promise<Actor> {
  const row = await db().apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    include: { user: { select: { id: true, email: true, name: true } }, team: { select: { name: true } } },
  });
  if (!row || row.revokedAt) throw new AppError("unauthenticated", "The API token is not valid or was revoked.");
  const membership = await db().membership.findUnique({ where: { teamId_userId: { teamId: row.teamId, userId: row.userId } } });
  if (!membership || !isRole(membership.role)) throw new AppError("unauthenticated", "The token's owner is no longer a member of its team.");
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db().apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return { user: row.user, teamId: row.teamId, teamName: row.team.name, role: membership.role, via: "token", tokenId: row.id };
}

/** The current team of a signed-in user: the cookie's team if they belong to it, else their first team. */
export async function currentMembership(userId: string) {
  const wanted = (await cookies()).get(TEAM_COOKIE)?.value;
  const memberships = await db().membership.findMany({
    where: { userId },
    include: { team: { select: { id: true, name: true } } },
    orderBy: { createdAt: "asc" },
  });
  return memberships.find((m) => m.teamId === wanted) ?? memberships[0] ?? null;
}

export async function sessionActor(): Promise<Actor | null> {
  const user = await sessionUser();
  if (!user) return null;
  const membership = await currentMembership(user.id);
  if (!membership || !isRole(membership.role)) return null;
  return { user, teamId: membership.teamId, teamName: membership.team.name, role: membership.role, via: "session" };
}

export async function resolveActor(req: Request): Promise<Actor> {
  const header = req.headers.get("authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new AppError("unauthenticated", "Authorization must be 'Bearer <token>'.");
    return tokenActor(match[1]);
  }
  const actor = await sessionActor();
  if (!actor) throw new AppError("unauthenticated", "Sign in or send an API token (Authorization: Bearer <token>).");
  return actor;
}

export function assertCan(actor: Actor, action: Action, message?: string): void {
  if (!can(actor.role, action)) throw forbidden(message);
}
