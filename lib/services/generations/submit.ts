// Submit: validate (catalog + probes), estimate, resolve the provider account, check budgets,
// then insert the queued generation and its first event in one transaction. Idempotent per
// (creator, Idempotency-Key): the same key and body return the same generation, never a second task.
import "server-only";
import { assertCan, type Actor } from "@/lib/platform/auth/actor";
import { db } from "@/lib/adapters/db/client";
import { retryOnSqliteBusy } from "@/lib/adapters/db/sqlite-retry";
import { isPostgres } from "@/lib/platform/config/env";
import { AppError } from "@/lib/contracts/errors";
import type { Prisma } from "@/lib/adapters/db/client";
import { toMicros } from "@/lib/rules/billing/money";
import { STATUS } from "@/lib/rules/generation-status";
import { assertWithinBudget } from "@/lib/services/budgets/spend";
import { activeProject } from "@/lib/services/projects/projects";
import { resolveProviderAccess } from "@/lib/services/provider/access";
import { getModel } from "@/lib/rules/models/catalog";
import { prepareGeneration } from "@/lib/services/generations/prepare";
import { requestHash } from "@/lib/services/generations/request-hash";
import { addEvent } from "@/lib/services/generations/events";
import { toResource, type GenerationResource } from "@/lib/services/generations/resource";
import { spendGate } from "@/lib/services/approvals/gate";
import { afterApprovalRequested, onApprovalRequested } from "@/lib/services/approvals/requested";

export interface SubmitResult {
  generation: GenerationResource;
  created: boolean;
}

async function replay(actor: Actor, key: string, hash: string): Promise<SubmitResult | null> {
  const existing = await db().generation.findUnique({
    where: { creatorId_idempotencyKey: { creatorId: actor.user.id, idempotencyKey: key } },
    include: { creator: { select: { id: true, name: true } } },
  });
  if (!existing) return null;
  if (existing.requestHash !== hash || existing.teamId !== actor.teamId) {
    throw new AppError("idempotency_conflict", "This Idempotency-Key was already used with a different request body. Use a new key for a new request.");
  }
  return { generation: toResource(existing), created: false };
}

export async function submitGeneration(actor: Actor, body: unknown, idempotencyKey: string | null): Promise<SubmitResult> {
  assertCan(actor, "generation.create");
  if (idempotencyKey !== null && (idempotencyKey.length === 0 || idempotencyKey.length > 200)) {
    throw new AppError("bad_request", "Idempotency-Key must be 1 to 200 characters.");
  }
  const hash = requestHash(body);
  if (idempotencyKey) {
    const previous = await replay(actor, idempotencyKey, hash);
    if (previous) return previous;
  }
  const projectId = (body as { projectId?: unknown } | null)?.projectId;
  if (typeof projectId !== "string" || !projectId) {
    throw new AppError("validation_failed", "A project is required: projectId names the project (gallery) the video belongs to.", {
      issues: [{ path: "projectId", message: "Project is required." }],
    });
  }
  const project = await activeProject(actor.teamId, projectId, "restore it or choose another project");

  const prepared = await prepareGeneration(actor.teamId, body);
  const access = await resolveProviderAccess(actor.teamId, prepared.request.region);
  const { estimate } = prepared;
  const amountMicros = estimate.amountMicros === null ? null : BigInt(estimate.amountMicros);

  try {
    // The budget check reads before the insert writes: on SQLite that needs a retry (sqlite-retry.ts).
    const row = await retryOnSqliteBusy(() =>
      db().$transaction(async (tx) => {
        // Serialize budget checks per team so two concurrent submits cannot both squeeze under a budget.
        if (isPostgres()) await tx.$queryRawUnsafe("SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtext($1))) AS l", actor.teamId);
        await assertWithinBudget(tx, actor.teamId, project.id, estimate.currency, amountMicros, prepared.priceKey);
        // Member quota and the team's approval policy (lib/services/approvals/gate.ts).
        const gate = await spendGate(tx, actor.teamId, actor.user, {
          region: prepared.request.region,
          currency: estimate.currency,
          billedMs: estimate.billedMs,
          amountMicros,
        });
        const created = await tx.generation.create({
          data: {
            teamId: actor.teamId,
            projectId: project.id,
            creatorId: actor.user.id,
            mode: getModel(prepared.request.model)!.kind,
            model: prepared.request.model,
            region: prepared.request.region,
            prompt: prepared.request.prompt,
            request: prepared.request as unknown as Prisma.InputJsonValue,
            warnings: prepared.warnings as unknown as Prisma.InputJsonValue,
            status: gate.status,
            approvalReasons: (gate.reasons ?? undefined) as unknown as Prisma.InputJsonValue | undefined,
            keySource: access.source,
            credentialId: access.credentialId,
            idempotencyKey,
            requestHash: hash,
            estimate: estimate as unknown as Prisma.InputJsonValue,
            currency: estimate.currency,
            unitPriceMicros: estimate.unitPriceMicros === null ? null : toMicros(estimate.unitPrice!),
            estimatedBilledMs: estimate.billedMs,
            estimatedAmountMicros: amountMicros,
          },
          include: { creator: { select: { id: true, name: true } } },
        });
        if (gate.status === STATUS.awaiting_approval) {
          await onApprovalRequested(tx, actor, created, gate.reasons);
          return created;
        }
        await addEvent(tx, created.id, STATUS.queued, {
          actorId: actor.user.id,
          message: `Queued by ${actor.user.name}${actor.via === "token" ? " (API token)" : ""}`,
          data: { keySource: access.source, billedSeconds: estimate.billedSeconds, amount: estimate.amount, currency: estimate.currency },
        });
        return created;
      }),
    );
    afterApprovalRequested(row);
    return { generation: toResource(row), created: true };
  } catch (error) {
    // A concurrent request with the same key won the insert: answer like a replay.
    if (idempotencyKey && (error as { code?: string }).code === "P2002") {
      const previous = await replay(actor, idempotencyKey, hash);
      if (previous) return previous;
    }
    throw error;
  }
}
