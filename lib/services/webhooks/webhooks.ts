// Team webhooks: registered by admins, signing secret shown once and stored encrypted.
import "server-only";
import { assertCan, type Actor } from "@/lib/platform/auth/actor";
import { auditChanges } from "@/lib/services/audit/changes";
import { recordAudit } from "@/lib/services/audit/record";
import { encryptSecret } from "@/lib/adapters/crypto/secret-box";
import { db } from "@/lib/adapters/db/client";
import { env } from "@/lib/platform/config/env";
import { AppError, notFound } from "@/lib/contracts/errors";
import { displayUrl } from "@/lib/adapters/net/errors";
import { formatEvents, parseEvents, type DeliveryStatus } from "@/lib/rules/webhook-events";
import type { CreateWebhookInput, UpdateWebhookInput } from "@/lib/services/webhooks/schemas";
import { newWebhookSecret } from "@/lib/services/webhooks/signature";
import { assertWebhookUrl } from "@/lib/services/webhooks/url";
import type { Data } from "@/lib/contracts/common";
import type { Webhook } from "@/lib/contracts/webhook";

export const MAX_WEBHOOKS_PER_TEAM = 20;

export type PublicWebhook = Data<typeof Webhook>;

const SELECT = { id: true, url: true, events: true, includeCost: true, active: true, createdAt: true, updatedAt: true } as const;
type Row = { id: string; url: string; events: string; includeCost: boolean; active: boolean; createdAt: Date; updatedAt: Date };

function toPublic(row: Row, lastDelivery: PublicWebhook["lastDelivery"] = null): PublicWebhook {
  return { ...row, events: parseEvents(row.events), lastDelivery };
}

/** A webhook of the actor's team; another team's id is simply not found. */
export async function findTeamWebhook(actor: Actor, id: string) {
  const row = await db().webhook.findFirst({ where: { id, teamId: actor.teamId }, select: SELECT });
  if (!row) throw notFound("Webhook");
  return row;
}

export async function listWebhooks(actor: Actor): Promise<PublicWebhook[]> {
  assertCan(actor, "webhook.manage");
  const rows = await db().webhook.findMany({ where: { teamId: actor.teamId }, select: SELECT, orderBy: { createdAt: "asc" } });
  return Promise.all(
    rows.map(async (row) => {
      const last = await db().webhookDelivery.findFirst({
        where: { webhookId: row.id },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { status: true, lastStatusCode: true, createdAt: true },
      });
      return toPublic(row, last && { ...last, status: last.status as DeliveryStatus });
    }),
  );
}

export async function createWebhook(actor: Actor, input: CreateWebhookInput): Promise<{ webhook: PublicWebhook; secret: string }> {
  assertCan(actor, "webhook.manage");
  await assertWebhookUrl(input.url, env().ALLOW_PRIVATE_URLS);
  const count = await db().webhook.count({ where: { teamId: actor.teamId } });
  if (count >= MAX_WEBHOOKS_PER_TEAM) throw new AppError("conflict", `A team can have at most ${MAX_WEBHOOKS_PER_TEAM} webhooks; delete one first.`);
  const secret = newWebhookSecret();
  const row = await db().webhook.create({
    data: {
      teamId: actor.teamId,
      url: input.url,
      secretCiphertext: encryptSecret(secret),
      events: formatEvents(input.events),
      includeCost: input.includeCost,
      createdById: actor.user.id,
    },
    select: SELECT,
  });
  await recordAudit({
    teamId: actor.teamId,
    actorId: actor.user.id,
    action: "webhook.created",
    targetType: "webhook",
    targetId: row.id,
    data: { url: displayUrl(row.url), events: input.events, includeCost: input.includeCost },
  });
  return { webhook: toPublic(row), secret };
}

export async function updateWebhook(actor: Actor, id: string, input: UpdateWebhookInput): Promise<{ webhook: PublicWebhook; secret?: string }> {
  assertCan(actor, "webhook.manage");
  const current = await findTeamWebhook(actor, id);
  if (input.url !== undefined && input.url !== current.url) await assertWebhookUrl(input.url, env().ALLOW_PRIVATE_URLS);
  const secret = input.rotateSecret ? newWebhookSecret() : undefined;
  const row = await db().webhook.update({
    where: { id: current.id },
    data: {
      ...(input.url !== undefined && { url: input.url }),
      ...(input.events !== undefined && { events: formatEvents(input.events) }),
      ...(input.includeCost !== undefined && { includeCost: input.includeCost }),
      ...(input.active !== undefined && { active: input.active }),
      ...(secret && { secretCiphertext: encryptSecret(secret) }),
    },
    select: SELECT,
  });
  const changes = auditChanges(auditedFields(current), auditedFields(row));
  if (changes) {
    // Query strings may carry tokens: the entry shows origin and path (a change in the query still shows as a change).
    for (const side of [changes.from, changes.to]) if (side.url !== undefined) side.url = displayUrl(side.url);
    await recordAudit({ teamId: actor.teamId, actorId: actor.user.id, action: "webhook.updated", targetType: "webhook", targetId: id, data: { ...changes } });
  }
  if (secret) await recordAudit({ teamId: actor.teamId, actorId: actor.user.id, action: "webhook.secret_rotated", targetType: "webhook", targetId: id });
  return { webhook: toPublic(row), ...(secret && { secret }) };
}

/** What a `webhook.updated` entry compares; never the secret. */
const auditedFields = (row: Row) => ({ url: row.url, events: parseEvents(row.events), includeCost: row.includeCost, active: row.active });

export async function deleteWebhook(actor: Actor, id: string): Promise<void> {
  assertCan(actor, "webhook.manage");
  const current = await findTeamWebhook(actor, id);
  const { count } = await db().webhook.deleteMany({ where: { id: current.id, teamId: actor.teamId } });
  if (count === 0) throw notFound("Webhook");
  await recordAudit({
    teamId: actor.teamId,
    actorId: actor.user.id,
    action: "webhook.deleted",
    targetType: "webhook",
    targetId: id,
    data: { url: displayUrl(current.url) },
  });
}
