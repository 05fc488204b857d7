// POST /api/v1/estimates: the cost breakdown (and warnings) without creating anything, plus the
// budget left this month so the form can show it.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { budgetStatuses } from "@/lib/billing/budget";
import { microsToDecimal } from "@/lib/billing/money";
import { prepareGeneration } from "@/lib/generations/prepare";

export async function estimateForActor(actor: Actor, body: unknown) {
  const prepared = await prepareGeneration(actor.teamId, body);
  const projectId = typeof (body as { projectId?: unknown }).projectId === "string" ? (body as { projectId: string }).projectId : null;
  const project = projectId ? await db().project.findFirst({ where: { id: projectId, teamId: actor.teamId }, select: { id: true } }) : null;
  const budgets = await budgetStatuses(db(), actor.teamId, project?.id ?? null, prepared.estimate.currency);
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
  };
}
