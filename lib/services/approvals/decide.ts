// The approvals inbox and its two decisions. Approve: budgets and the member's quota are checked
// again now (an awaiting generation reserved nothing), then it joins the queue. Reject: a reason is
// required; it ends as `rejected`, costing nothing. Both are on the generation, its timeline, the
// audit log and the webhooks, in one transaction guarded on the status (two admins cannot both decide).
import "server-only";
import { assertCan, type Actor } from "@/lib/platform/auth/actor";
import { db, type Db } from "@/lib/adapters/db/client";
import { retryOnSqliteBusy } from "@/lib/adapters/db/sqlite-retry";
import { isPostgres } from "@/lib/platform/config/env";
import { AppError, forbidden, notFound, validationFailed } from "@/lib/contracts/errors";
import { publicStatus, STATUS, transition } from "@/lib/rules/generation-status";
import { APPROVAL_DECISION, mayApprove, type ApprovalReason } from "@/lib/rules/billing/approval-policy";
import { effectiveParams } from "@/lib/rules/models/effective";
import type { GenerationRequest, Region } from "@/lib/rules/models/types";
import { assertWithinBudget } from "@/lib/services/budgets/spend";
import { quotaRefusal, refusalError } from "@/lib/services/quotas/usage";
import { policyRule } from "@/lib/services/approvals/policy";
import { approvalEvents } from "@/lib/services/approvals/events";
import { recordActorAudit } from "@/lib/services/audit/record";
import { addEvent } from "@/lib/services/generations/events";
import { toResource, type GenerationResource } from "@/lib/services/generations/resource";
import { enqueueGenerationEvent } from "@/lib/services/webhooks/enqueue";

const include = { creator: { select: { id: true, name: true } } } as const;

export async function listApprovals(actor: Actor): Promise<{ generations: GenerationResource[]; count: number }> {
  assertCan(actor, "approval.decide");
  const where = { teamId: actor.teamId, status: STATUS.awaiting_approval };
  const [rows, count] = await Promise.all([
    db().generation.findMany({ where, include, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 200 }),
    db().generation.count({ where }),
  ]);
  return { generations: rows.map((g) => toResource(g)), count };
}

/** How many requests wait for a decision (the navigation's badge); 0 for roles that cannot decide. */
export async function approvalCount(actor: Actor): Promise<number> {
  if (!["owner", "admin"].includes(actor.role)) return 0;
  return db().generation.count({ where: { teamId: actor.teamId, status: STATUS.awaiting_approval } });
}

async function awaiting(actor: Actor, id: string) {
  assertCan(actor, "approval.decide");
  const row = await db().generation.findFirst({ where: { id, teamId: actor.teamId }, include });
  if (!row) throw notFound("Generation");
  if (row.status !== STATUS.awaiting_approval) {
    throw new AppError("conflict", `This generation is ${publicStatus(row.status)}, not awaiting approval: there is nothing to decide.`, {
      details: { rule: "status", status: publicStatus(row.status) },
    });
  }
  return row;
}

const stillAwaiting = () => new AppError("conflict", "Someone else decided this request a moment ago.", { details: { rule: "status" } });

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

async function decide(tx: Tx, actor: Actor, id: string, data: Record<string, unknown>) {
  const moved = await tx.generation.updateMany({
    where: { id, teamId: actor.teamId, status: STATUS.awaiting_approval },
    data: { ...data, approvalDecidedById: actor.user.id, approvalDecidedByName: actor.user.name, approvalDecidedAt: new Date() },
  });
  if (moved.count !== 1) throw stillAwaiting();
  return tx.generation.findUniqueOrThrow({ where: { id }, include });
}

export async function approveGeneration(actor: Actor, id: string): Promise<{ generation: GenerationResource }> {
  const row = await awaiting(actor, id);
  const policy = await policyRule(db(), actor.teamId);
  if (!mayApprove(policy, actor.user.id, row.creatorId)) {
    throw forbidden(
      "The team's approval policy does not let admins approve their own requests (rule: allowSelfApproval is off); another admin must approve it.",
    );
  }
  const reasons = (Array.isArray(row.approvalReasons) ? row.approvalReasons : []) as unknown as ApprovalReason[];
  const request = row.request as unknown as GenerationRequest;
  const params = effectiveParams(request);
  const priceKey = { model: row.model, region: row.region, tier: params.tier, audio: params.audio };
  const updated = await retryOnSqliteBusy(() =>
    db().$transaction(async (tx) => {
      // The same per-team lock as submit.ts: a decision and concurrent submits cannot both squeeze under a budget.
      if (isPostgres()) await tx.$queryRawUnsafe("SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtext($1))) AS l", actor.teamId);
      await assertWithinBudget(tx, actor.teamId, row.projectId, row.currency ?? "", row.estimatedAmountMicros, priceKey);
      // Approving an over-quota request is the exception the admin grants; otherwise the quota still holds.
      if (!reasons.some((r) => r.rule === "over_quota")) {
        const refusal = await quotaRefusal(tx, actor.teamId, row.creator, {
          region: row.region as Region,
          currency: row.currency ?? "",
          billedMs: row.estimatedBilledMs ?? 0,
          amountMicros: row.estimatedAmountMicros,
        });
        if (refusal) throw refusalError(refusal);
      }
      const done = await decide(tx, actor, id, {
        status: transition(STATUS.awaiting_approval, STATUS.queued),
        approvalDecision: APPROVAL_DECISION.approved,
        nextAttemptAt: new Date(),
      });
      await addEvent(tx, id, STATUS.queued, { actorId: actor.user.id, message: `Approved by ${actor.user.name}; queued` });
      await recordActorAudit(
        actor,
        { action: "approval.approved", targetType: "generation", targetId: id, data: { creatorId: row.creatorId, reasons: reasons.map((r) => r.rule) } },
        tx,
      );
      await enqueueGenerationEvent(tx, done, "generation.approved", toResource(done) as unknown as Record<string, unknown>);
      return done;
    }),
  );
  void approvalEvents.approved({ teamId: actor.teamId, generationId: id, creatorId: row.creatorId, deciderId: actor.user.id });
  return { generation: toResource(updated) };
}

export async function rejectGeneration(actor: Actor, id: string, reason: string): Promise<{ generation: GenerationResource }> {
  const note = reason.trim();
  if (!note) throw validationFailed([{ path: "reason", message: "reason is required: tell the member why their request was rejected." }]);
  const row = await awaiting(actor, id);
  const updated = await retryOnSqliteBusy(() =>
    db().$transaction(async (tx) => {
      const done = await decide(tx, actor, id, {
        status: transition(STATUS.awaiting_approval, STATUS.rejected),
        approvalDecision: APPROVAL_DECISION.rejected,
        approvalNote: note,
        finishedAt: new Date(),
        actualBilledMs: 0,
        actualAmountMicros: 0n,
      });
      await addEvent(tx, id, STATUS.rejected, { actorId: actor.user.id, message: `Rejected by ${actor.user.name}: ${note}` });
      await recordActorAudit(
        actor,
        { action: "approval.rejected", targetType: "generation", targetId: id, data: { creatorId: row.creatorId, reason: note } },
        tx,
      );
      await enqueueGenerationEvent(tx, done, "generation.rejected", toResource(done) as unknown as Record<string, unknown>);
      return done;
    }),
  );
  void approvalEvents.rejected({ teamId: actor.teamId, generationId: id, creatorId: row.creatorId, deciderId: actor.user.id, reason: note });
  return { generation: toResource(updated) };
}
