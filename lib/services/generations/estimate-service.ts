// POST /api/v1/estimates: the cost breakdown (and warnings) without creating anything, plus the
// budget left this month so the form can show it, and — when no price is known — who can set it.
import "server-only";
import type { Actor } from "@/lib/platform/auth/actor";
import { db } from "@/lib/adapters/db/client";
import { budgetStatuses } from "@/lib/services/budgets/spend";
import { microsToDecimal } from "@/lib/rules/billing/money";
import { prepareGeneration } from "@/lib/services/generations/prepare";
import { notFound } from "@/lib/contracts/errors";
import { missingPrice } from "@/lib/services/prices/missing-price";
import type { Data } from "@/lib/contracts/common";
import type { EstimateAnswer } from "@/lib/contracts/estimate";

export async function estimateForActor(actor: Actor, body: unknown): Promise<Data<typeof EstimateAnswer>> {
  const projectId = typeof (body as { projectId?: unknown } | null)?.projectId === "string" ? (body as { projectId: string }).projectId : null;
  // Same answer as submitting: another team's (or no such) project is not found.
  const project = projectId ? await db().project.findFirst({ where: { id: projectId, teamId: actor.teamId }, select: { id: true } }) : null;
  if (projectId && !project) throw notFound("Project");
  // An invalid body is still a 422, with the breakdown of its valid parts in error.details.estimate.
  const prepared = await prepareGeneration(actor.teamId, body, new Date(), { estimateOnRefusal: true });
  const [budgets, missing] = await Promise.all([
    budgetStatuses(db(), actor.teamId, project?.id ?? null, prepared.estimate.currency),
    prepared.estimate.priceKnown ? null : missingPrice(actor, prepared.priceKey),
  ]);
  return {
    estimate: prepared.estimate,
    warnings: prepared.warnings,
    request: prepared.request,
    budgets: budgets.map((b) => ({
      scope: b.scope,
      currency: b.currency,
      limit: microsToDecimal(b.limitMicros),
      committed: microsToDecimal(b.committedMicros),
      remaining: microsToDecimal(b.limitMicros - b.committedMicros),
    })),
    missingPrice: missing,
  };
}
