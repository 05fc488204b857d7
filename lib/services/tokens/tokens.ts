// API tokens: each belongs to one user in one team. Users manage their own; admins see and revoke
// any token of their team. The plaintext is returned once at creation and stored only as a hash.
import "server-only";
import { assertCan, type Actor } from "@/lib/platform/auth/actor";
import { newApiToken } from "@/lib/platform/auth/api-token";
import { can, type Role } from "@/lib/rules/permissions";
import { recordAudit } from "@/lib/services/audit/record";
import { db } from "@/lib/adapters/db/client";
import { AppError, forbidden, notFound } from "@/lib/contracts/errors";
import type { CreateTokenInput } from "@/lib/services/tokens/schemas";
import type { Data } from "@/lib/contracts/common";
import type { ApiToken } from "@/lib/contracts/token";

/** Active tokens one user may hold in one team. */
export const MAX_ACTIVE_TOKENS = 50;

export type PublicToken = Data<typeof ApiToken>;

/** Admins and owners manage every token of their team. */
export function managesAllTokens(role: Role): boolean {
  return can(role, "member.manage");
}

const SELECT = {
  id: true,
  name: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
  user: { select: { id: true, name: true, email: true } },
} as const;

type Row = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  user: { id: string; name: string; email: string };
};

function toPublic(row: Row, actor: Actor): PublicToken {
  return { ...row, mine: row.user.id === actor.user.id };
}

export async function listTokens(actor: Actor, opts: { includeRevoked?: boolean } = {}): Promise<PublicToken[]> {
  assertCan(actor, "token.manageOwn");
  const rows = await db().apiToken.findMany({
    where: {
      teamId: actor.teamId,
      ...(managesAllTokens(actor.role) ? {} : { userId: actor.user.id }),
      ...(opts.includeRevoked ? {} : { revokedAt: null }),
    },
    select: SELECT,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return rows.map((r) => toPublic(r, actor));
}

export async function createToken(actor: Actor, input: CreateTokenInput): Promise<{ token: string; apiToken: PublicToken }> {
  assertCan(actor, "token.manageOwn");
  // A leaked token must not be able to mint successors that outlive its revocation.
  if (actor.via === "token") throw forbidden("API tokens can only be created by a signed-in user in the web app, not with another token.");
  const active = await db().apiToken.count({ where: { teamId: actor.teamId, userId: actor.user.id, revokedAt: null } });
  if (active >= MAX_ACTIVE_TOKENS) {
    throw new AppError("conflict", `You already have ${MAX_ACTIVE_TOKENS} active tokens in this team; revoke one you no longer use first.`);
  }
  const { token, hash, prefix } = newApiToken();
  const row = await db().apiToken.create({
    data: { teamId: actor.teamId, userId: actor.user.id, name: input.name, tokenHash: hash, prefix },
    select: SELECT,
  });
  await recordAudit({
    teamId: actor.teamId,
    actorId: actor.user.id,
    action: "token.created",
    targetType: "token",
    targetId: row.id,
    data: { name: row.name, prefix },
  });
  return { token, apiToken: toPublic(row, actor) };
}

/** Revokes a token (idempotent). Another user's token is "not found" unless the actor manages all tokens. */
export async function revokeToken(actor: Actor, id: string): Promise<PublicToken> {
  assertCan(actor, "token.manageOwn");
  const row = await db().apiToken.findFirst({
    where: { id, teamId: actor.teamId, ...(managesAllTokens(actor.role) ? {} : { userId: actor.user.id }) },
    select: SELECT,
  });
  if (!row) throw notFound("Token");
  if (row.revokedAt) return toPublic(row, actor);
  const revokedAt = new Date();
  const { count } = await db().apiToken.updateMany({ where: { id: row.id, revokedAt: null }, data: { revokedAt } });
  if (count === 1) {
    await recordAudit({
      teamId: actor.teamId,
      actorId: actor.user.id,
      action: "token.revoked",
      targetType: "token",
      targetId: row.id,
      data: { name: row.name, prefix: row.prefix, ownerId: row.user.id },
    });
  }
  return toPublic({ ...row, revokedAt }, actor);
}
