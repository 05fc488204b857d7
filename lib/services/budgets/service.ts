// Budget administration: list with this month's spend, set (create or replace), delete. Owners and
// admins only for changes (budget.manage); every change is audited with the old and new amount.
import "server-only";
import { assertCan, type Actor } from "@/lib/platform/auth/actor";
import { microsToDecimal, toMicros } from "@/lib/rules/billing/money";
import { recordActorAudit } from "@/lib/services/audit/record";
import { db } from "@/lib/adapters/db/client";
import { isPostgres } from "@/lib/platform/config/env";
import { notFound } from "@/lib/contracts/errors";
import { teamBudgets, type BudgetView } from "@/lib/services/budgets/status";
import type { PutBudgetBody } from "@/lib/services/budgets/schemas";

export async function listBudgets(actor: Actor): Promise<{ budgets: BudgetView[] }> {
  assertCan(actor, "team.view");
  return { budgets: await teamBudgets(actor.teamId) };
}

async function viewOf(actor: Actor, id: string): Promise<BudgetView> {
  const view = (await teamBudgets(actor.teamId)).find((b) => b.id === id);
  if (!view) throw notFound("Budget");
  return view;
}

/** One budget per team (or project) and currency: setting it again replaces the amount. */
export async function putBudget(actor: Actor, body: PutBudgetBody): Promise<{ budget: BudgetView; created: boolean }> {
  assertCan(actor, "budget.manage");
  if (body.projectId) {
    const project = await db().project.findFirst({ where: { id: body.projectId, teamId: actor.teamId }, select: { id: true } });
    if (!project) throw notFound("Project");
  }
  const amountMicros = toMicros(body.amount);
  const { id, created } = await db().$transaction(async (tx) => {
    // Two admins saving at once must not leave two budgets for the same scope and currency.
    if (isPostgres()) await tx.$queryRawUnsafe("SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtext($1))) AS l", `budget:${actor.teamId}`);
    const existing = await tx.budget.findFirst({ where: { teamId: actor.teamId, projectId: body.projectId, currency: body.currency } });
    const row = existing
      ? await tx.budget.update({ where: { id: existing.id }, data: { amountMicros } })
      : await tx.budget.create({ data: { teamId: actor.teamId, projectId: body.projectId, currency: body.currency, amountMicros } });
    await recordActorAudit(
      actor,
      {
        action: "budget.changed",
        targetType: "budget",
        targetId: row.id,
        data: {
          scope: body.projectId ? "project" : "team",
          projectId: body.projectId,
          currency: body.currency,
          old: existing ? microsToDecimal(existing.amountMicros) : null,
          new: microsToDecimal(amountMicros),
        },
      },
      tx,
    );
    return { id: row.id, created: !existing };
  });
  return { budget: await viewOf(actor, id), created };
}

export async function deleteBudget(actor: Actor, id: string): Promise<{ ok: true }> {
  assertCan(actor, "budget.manage");
  const budget = await db().budget.findFirst({ where: { id, teamId: actor.teamId } });
  if (!budget) throw notFound("Budget");
  await db().$transaction(async (tx) => {
    await tx.budget.delete({ where: { id: budget.id } });
    await recordActorAudit(
      actor,
      {
        action: "budget.deleted",
        targetType: "budget",
        targetId: budget.id,
        data: {
          scope: budget.projectId ? "project" : "team",
          projectId: budget.projectId,
          currency: budget.currency,
          old: microsToDecimal(budget.amountMicros),
        },
      },
      tx,
    );
  });
  return { ok: true };
}
