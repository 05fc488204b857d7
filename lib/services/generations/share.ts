// Read-only share links: a signed token (share id + HMAC), revocable, with an optional expiry.
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { assertCan, type Actor } from "@/lib/platform/auth/actor";
import { db } from "@/lib/adapters/db/client";
import { env } from "@/lib/platform/config/env";
import { authSecret } from "@/lib/platform/config/secrets";
import { AppError, forbidden, notFound } from "@/lib/contracts/errors";
import { recordAudit } from "@/lib/services/audit/record";
import { mayManageGeneration } from "@/lib/services/generations/ownership";
import { getGenerationRow } from "@/lib/services/generations/queries";
import type { Data } from "@/lib/contracts/common";
import type { ShareLink } from "@/lib/contracts/generation";

const sign = (id: string) => createHmac("sha256", authSecret()).update(`share:${id}`).digest("base64url").slice(0, 32);

function assertMayShare(actor: Actor, g: { creatorId: string }, what: string) {
  if (!mayManageGeneration(actor, g)) {
    throw forbidden(`Only the creator or an admin can ${what}.`);
  }
}

export function shareToken(id: string): string {
  return `${id}.${sign(id)}`;
}

export function shareUrl(id: string): string {
  return `${env().APP_URL}/share/${shareToken(id)}`;
}

export async function createShare(actor: Actor, generationId: string, expiresInDays: number | null): Promise<Data<typeof ShareLink>> {
  assertCan(actor, "generation.view");
  const g = await getGenerationRow(actor, generationId);
  assertMayShare(actor, g, "share this generation");
  if (!g.videoKey) throw new AppError("conflict", "Only archived videos can be shared.");
  const share = await db().shareLink.create({
    data: { generationId: g.id, createdById: actor.user.id, expiresAt: expiresInDays ? new Date(Date.now() + expiresInDays * 86_400_000) : null },
  });
  await recordAudit({
    teamId: actor.teamId,
    actorId: actor.user.id,
    action: "share.created",
    targetType: "generation",
    targetId: g.id,
    data: { shareId: share.id, expiresAt: share.expiresAt?.toISOString() ?? null },
  });
  return { id: share.id, url: shareUrl(share.id), expiresAt: share.expiresAt, createdAt: share.createdAt };
}

export async function listShares(actor: Actor, generationId: string): Promise<Data<typeof ShareLink>[]> {
  const g = await getGenerationRow(actor, generationId);
  const shares = await db().shareLink.findMany({ where: { generationId: g.id, revokedAt: null }, orderBy: { createdAt: "desc" } });
  return shares.map((s) => ({
    id: s.id,
    url: shareUrl(s.id),
    expiresAt: s.expiresAt,
    createdAt: s.createdAt,
    expired: Boolean(s.expiresAt && s.expiresAt < new Date()),
  }));
}

export async function revokeShare(actor: Actor, generationId: string, shareId: string) {
  const g = await getGenerationRow(actor, generationId);
  assertMayShare(actor, g, "revoke this link");
  const { count } = await db().shareLink.updateMany({ where: { id: shareId, generationId: g.id, revokedAt: null }, data: { revokedAt: new Date() } });
  if (!count) throw notFound("Share link");
  await recordAudit({ teamId: actor.teamId, actorId: actor.user.id, action: "share.revoked", targetType: "generation", targetId: g.id, data: { shareId } });
}

/** The shared generation behind a token, or 404 when the token is forged, revoked or expired. */
export async function resolveShare(token: string) {
  const [id, signature] = token.split(".");
  const expected = id ? sign(id) : "";
  if (!id || !signature || signature.length !== expected.length || !timingSafeEqual(Buffer.from(signature), Buffer.from(expected)))
    throw notFound("Shared video");
  const share = await db().shareLink.findUnique({
    where: { id },
    include: { generation: { include: { project: { select: { name: true } }, team: { select: { name: true } } } } },
  });
  if (!share || share.revokedAt || (share.expiresAt && share.expiresAt < new Date()) || !share.generation.videoKey) throw notFound("Shared video");
  return share.generation;
}
