// GET /api/v1/usage: one aggregation in SQL over the team's generations (or the caller's own),
// grouped by the chosen key and by currency. Amounts are never added across currencies.
import "server-only";
import { can } from "@/lib/rules/permissions";
import { assertCan, type Actor } from "@/lib/platform/auth/actor";
import { db } from "@/lib/adapters/db/client";
import { isPostgres } from "@/lib/platform/config/env";
import { notFound } from "@/lib/contracts/errors";
import { sumsOf, toFigures, totalsByCurrency } from "@/lib/services/reports/figures";
import { labelsFor } from "@/lib/services/reports/labels";
import { rangeBounds } from "@/lib/rules/date-range";
import type { UsageQuery } from "@/lib/services/reports/schemas";
import { usageSql, type RawUsageRow } from "@/lib/services/reports/sql";
import type { UsageReport, UsageRow } from "@/lib/contracts/usage-vocabulary";

/** Admins and owners see the team; everyone else only what they created. */
export function usageScope(actor: Actor): "team" | "own" {
  if (can(actor.role, "usage.viewAll")) return "team";
  assertCan(actor, "usage.viewOwn");
  return "own";
}

export async function usageReport(actor: Actor, query: UsageQuery): Promise<UsageReport> {
  const scope = usageScope(actor);
  if (query.projectId) {
    const project = await db().project.findFirst({ where: { id: query.projectId, teamId: actor.teamId }, select: { id: true } });
    if (!project) throw notFound("Project");
  }
  const { start, end } = rangeBounds(query);
  const { sql, params } = usageSql(query.groupBy, isPostgres() ? "postgres" : "sqlite", {
    teamId: actor.teamId,
    start,
    end,
    ...(scope === "own" && { creatorId: actor.user.id }),
    ...(query.projectId && { projectId: query.projectId }),
  });
  const raw = await db().$queryRawUnsafe<RawUsageRow[]>(sql, ...params);
  const grouped = raw.map((r) => ({ key: r.k ?? "", currency: r.currency, sums: sumsOf(r) }));
  const labels = await labelsFor(
    query.groupBy,
    actor.teamId,
    grouped.map((g) => g.key),
  );
  if (query.groupBy !== "day" && query.groupBy !== "month") {
    // Biggest spenders first within each currency, then by volume and name.
    const spend = (g: (typeof grouped)[number]) => g.sums.actualMicros + g.sums.inFlightMicros;
    grouped.sort(
      (a, b) =>
        a.currency.localeCompare(b.currency) ||
        Number(spend(b) - spend(a)) ||
        b.sums.generations - a.sums.generations ||
        (labels.get(a.key) ?? a.key).localeCompare(labels.get(b.key) ?? b.key),
    );
  }
  const rows: UsageRow[] = grouped.map((g) => ({ key: g.key, label: labels.get(g.key) ?? g.key, currency: g.currency, ...toFigures(g.sums) }));
  const outsideTasks = scope === "team" && !query.projectId ? await outsideTaskCounts(actor.teamId, start, end) : null;
  return { from: query.from, to: query.to, groupBy: query.groupBy, scope, projectId: query.projectId, rows, totals: totalsByCurrency(grouped), outsideTasks };
}

/** Tasks made on the team's keys outside Reelroom (reconciliation keeps them), counted apart from the team's own spend. */
async function outsideTaskCounts(teamId: string, start: Date, end: Date): Promise<NonNullable<UsageReport["outsideTasks"]>> {
  const groups = await db().outsideProviderTask.groupBy({ by: ["model"], where: { teamId, submittedAt: { gte: start, lt: end } }, _count: true });
  const byModel = groups.map((g) => ({ model: g.model ?? "unknown", count: g._count })).sort((a, b) => b.count - a.count || a.model.localeCompare(b.model));
  return { count: byModel.reduce((n, g) => n + g.count, 0), byModel };
}
