// One reconciliation of one team's provider account: the provider's batch query for the last 24 h
// against the generations here, written to the account's ProviderReconciliation row. Tasks made
// outside Reelroom on a team's own key are also kept (OutsideProviderTask) for the usage report.
import "server-only";
import { isProviderError, listTasksInWindow, LIST_WINDOW_MAX_MS, type ListedTask } from "@/lib/adapters/dashscope";
import { db } from "@/lib/adapters/db/client";
import type { ProviderReconciliation } from "@/lib/adapters/db/generated/sqlite/client";
import { env } from "@/lib/platform/config/env";
import { AppError } from "@/lib/contracts/errors";
import { reconcile, type LocalTaskRow, type ProviderTaskRow, type ReconciliationFindings } from "@/lib/rules/reconciliation";
import { accessForGeneration } from "@/lib/services/provider/access";

type Account = Pick<ProviderReconciliation, "id" | "teamId" | "account" | "region" | "keySource">;

const credentialOf = (a: Account) => (a.keySource === "team" ? a.account : null);

function providerRow(t: ListedTask): ProviderTaskRow {
  return { taskId: t.taskId, status: t.status, model: t.modelName ?? null, submittedAt: t.submitTime ?? null, endedAt: t.endTime ?? null };
}

async function localRows(a: Account, taskIds: string[], start: Date): Promise<LocalTaskRow[]> {
  const select = { id: true, teamId: true, providerTaskId: true, status: true, submittedAt: true } as const;
  const [listed, ours] = await Promise.all([
    // Any team's: on a shared key, another team's task is Reelroom's, not "outside".
    taskIds.length ? db().generation.findMany({ where: { providerTaskId: { in: taskIds } }, select }) : [],
    db().generation.findMany({
      where: {
        teamId: a.teamId,
        keySource: a.keySource,
        credentialId: credentialOf(a),
        region: a.region,
        providerTaskId: { not: null },
        submittedAt: { gte: start },
      },
      select,
    }),
  ]);
  const rows = new Map<string, LocalTaskRow>();
  for (const g of [...listed, ...ours]) {
    if (!g.providerTaskId) continue;
    rows.set(g.providerTaskId, {
      generationId: g.id,
      providerTaskId: g.providerTaskId,
      status: g.status,
      submittedAt: g.submittedAt,
      ownTeam: g.teamId === a.teamId,
    });
  }
  return [...rows.values()];
}

async function keepOutside(a: Account, findings: ReconciliationFindings) {
  for (const t of findings.outside) {
    const data = { status: t.status, model: t.model, submittedAt: t.submittedAt ? new Date(t.submittedAt) : null };
    await db().outsideProviderTask.upsert({
      where: { account_taskId: { account: a.account, taskId: t.taskId } },
      create: { teamId: a.teamId, account: a.account, region: a.region, taskId: t.taskId, ...data },
      update: data,
    });
  }
}

/** Checks the account now and records the result; a provider failure is recorded, never thrown. */
export async function checkAccount(a: Account, now = new Date()): Promise<void> {
  const start = new Date(now.getTime() - LIST_WINDOW_MAX_MS);
  const nextCheckAt = new Date(now.getTime() + env().RECONCILE_INTERVAL_MS);
  try {
    const access = await accessForGeneration({ teamId: a.teamId, region: a.region, keySource: a.keySource, credentialId: credentialOf(a) });
    const listing = await listTasksInWindow(access.client, { startTime: start, endTime: now });
    const provider = listing.tasks.map(providerRow);
    const local = await localRows(
      a,
      provider.map((t) => t.taskId),
      start,
    );
    const findings = reconcile(provider, local, { start, end: now, complete: listing.complete }, { shared: a.keySource !== "team", now });
    await keepOutside(a, findings);
    await db().providerReconciliation.update({
      where: { id: a.id },
      data: {
        status: "checked",
        error: null,
        checkedAt: now,
        nextCheckAt,
        leaseUntil: null,
        windowStart: start,
        windowEnd: now,
        complete: listing.complete,
        providerTasks: provider.length,
        findings: findings as object,
      },
    });
  } catch (e) {
    if (!isProviderError(e) && !(e instanceof AppError)) console.error("[reelroom] reconciliation failed", a.id, e);
    await db().providerReconciliation.update({
      where: { id: a.id },
      data: {
        status: "check_failed",
        error: isProviderError(e) ? e.userMessage : e instanceof AppError ? e.message : "The check failed; it is retried at the next interval.",
        checkedAt: now,
        nextCheckAt,
        leaseUntil: null,
      },
    });
  }
}
