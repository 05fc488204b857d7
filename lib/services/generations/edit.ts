// Edit a queued generation (PATCH /api/v1/generations/{id} with request fields), by its creator or
// an admin, until the worker takes it: the stored request with the sent fields replaced (null
// removes one) goes through the submit path again (catalog validation and probes, estimate,
// provider account, budget check) and the change is on the timeline. Once it is being sent, 409.
import "server-only";
import { db, type Prisma } from "@/lib/adapters/db/client";
import { retryOnSqliteBusy } from "@/lib/adapters/db/sqlite-retry";
import { assertCan, type Actor } from "@/lib/platform/auth/actor";
import { isPostgres } from "@/lib/platform/config/env";
import { AppError } from "@/lib/contracts/errors";
import { toMicros } from "@/lib/rules/billing/money";
import { publicStatus, STATUS } from "@/lib/rules/generation-status";
import { getModel } from "@/lib/rules/models/catalog";
import { recordActorAudit } from "@/lib/services/audit/record";
import { assertWithinBudget } from "@/lib/services/budgets/spend";
import { addEvent } from "@/lib/services/generations/events";
import { mayManageGeneration } from "@/lib/services/generations/ownership";
import { prepareGeneration } from "@/lib/services/generations/prepare";
import { getGeneration, getGenerationRow } from "@/lib/services/generations/queries";
import type { GenerationResource } from "@/lib/services/generations/resource";
import { activeProject } from "@/lib/services/projects/projects";
import { resolveProviderAccess } from "@/lib/services/provider/access";

type Row = Awaited<ReturnType<typeof getGenerationRow>>;

const BEING_SENT = "This generation is being sent to the provider right now, so it can no longer be edited. Cancel it or submit a new one.";

function assertEditable(actor: Actor, g: Row) {
  assertCan(actor, "generation.manageOwn", "Your role cannot edit generations.");
  if (!mayManageGeneration(actor, g)) throw new AppError("forbidden", "Only admins can edit other people's generations.");
  if (g.status === STATUS.dispatching) throw new AppError("conflict", BEING_SENT);
  if (g.status !== STATUS.queued)
    throw new AppError("conflict", `Only queued generations can be edited; this one is ${publicStatus(g.status)} (it was already sent to the provider).`);
  if (g.leaseOwner && g.leaseUntil && g.leaseUntil > new Date()) throw new AppError("conflict", BEING_SENT);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The stored request with the patch applied: a field set to null is removed. */
function merged(stored: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const next = { ...stored };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return next;
}

export async function editQueuedGeneration(actor: Actor, id: string, patch: Record<string, unknown>): Promise<GenerationResource> {
  const g = await getGenerationRow(actor, id);
  assertEditable(actor, g);
  const stored = (g.request ?? {}) as Record<string, unknown>;
  const body = merged(stored, patch);
  const projectId = typeof body.projectId === "string" && body.projectId ? body.projectId : g.projectId;
  const project =
    projectId === g.projectId ? { id: g.projectId, name: null } : await activeProject(actor.teamId, projectId, "restore it or choose another project");

  const prepared = await prepareGeneration(actor.teamId, { ...body, projectId: project.id });
  const request = prepared.request as unknown as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(stored), ...Object.keys(request)])].filter((k) => !same(stored[k], request[k])).sort();
  if (fields.length === 0) return getGeneration(actor, g.id);

  const access = await resolveProviderAccess(actor.teamId, prepared.request.region);
  const { estimate } = prepared;
  const amount = estimate.amountMicros === null ? null : BigInt(estimate.amountMicros);
  // A change that costs no more, in the same currency and project, needs no new budget room.
  const costsMore =
    amount === null || g.estimatedAmountMicros === null || amount > g.estimatedAmountMicros || estimate.currency !== g.currency || project.id !== g.projectId;
  const now = new Date();

  await retryOnSqliteBusy(() =>
    db().$transaction(async (tx) => {
      if (isPostgres()) await tx.$queryRawUnsafe("SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtext($1))) AS l", actor.teamId);
      // Only while no worker holds it: a claimed row may be read for sending at this very moment.
      const { count } = await tx.generation.updateMany({
        where: { id: g.id, teamId: actor.teamId, status: STATUS.queued, OR: [{ leaseOwner: null }, { leaseUntil: { lt: now } }] },
        data: {
          projectId: project.id,
          mode: getModel(prepared.request.model)!.kind,
          model: prepared.request.model,
          region: prepared.request.region,
          prompt: prepared.request.prompt,
          request: prepared.request as unknown as Prisma.InputJsonValue,
          warnings: prepared.warnings as unknown as Prisma.InputJsonValue,
          keySource: access.source,
          credentialId: access.credentialId,
          estimate: estimate as unknown as Prisma.InputJsonValue,
          currency: estimate.currency,
          unitPriceMicros: estimate.unitPriceMicros === null ? null : toMicros(estimate.unitPrice!),
          estimatedBilledMs: estimate.billedMs,
          estimatedAmountMicros: amount,
        },
      });
      if (count !== 1) throw new AppError("conflict", BEING_SENT);
      // The row already holds its new estimate, so the check adds nothing on top (the old one no longer counts).
      if (costsMore) await assertWithinBudget(tx, actor.teamId, project.id, estimate.currency, amount === null ? null : 0n, prepared.priceKey);
      const changes = Object.fromEntries(fields.map((k) => [k, { from: stored[k] ?? null, to: request[k] ?? null }]));
      const data = {
        fields,
        changes,
        estimate: { from: g.estimatedAmountMicros?.toString() ?? null, to: amount?.toString() ?? null, currency: estimate.currency },
      } as unknown as Prisma.InputJsonValue;
      await addEvent(tx, g.id, "edited", { actorId: actor.user.id, message: `Edited by ${actor.user.name} while queued: ${fields.join(", ")} changed`, data });
      await recordActorAudit(actor, { action: "generation.edited", targetType: "generation", targetId: g.id, data: { fields } }, tx);
    }),
  );
  return getGeneration(actor, g.id);
}
