// Reconciliation with the provider, per team and provider account (key and region): the worker
// checks each account every RECONCILE_INTERVAL_MS; owners and admins read the findings and may
// check at once.
import "server-only";
import { db } from "@/lib/adapters/db/client";
import { assertCan, type Actor } from "@/lib/platform/auth/actor";
import { env } from "@/lib/platform/config/env";
import type { Data } from "@/lib/contracts/common";
import type { Reconciliation } from "@/lib/contracts/reconciliation";
import type { ReconciliationFindings } from "@/lib/rules/reconciliation";
import type { Region } from "@/lib/rules/models/types";
import { checkAccount } from "@/lib/services/reconciliation/check";

export type ReconciliationView = Data<typeof Reconciliation>;

const SHARED_SOURCES = ["instance", "simulator"];
/** A check that takes longer than this is presumed dead; another worker may take the account. */
const CHECK_LEASE_MS = 5 * 60_000;
const DUE_PER_TICK = 2;

/**
 * The accounts a team uses: its own keys, and the server's shared key or the simulator in the
 * regions where the team sent something in the last 24 h. One row each (created on first sight).
 */
async function ensureAccounts(teamId?: string): Promise<void> {
  const since = new Date(Date.now() - 24 * 3_600_000);
  const [keys, shared] = await Promise.all([
    db().providerCredential.findMany({ where: teamId ? { teamId } : {}, select: { id: true, teamId: true, region: true } }),
    db().generation.groupBy({
      by: ["teamId", "keySource", "region"],
      where: { ...(teamId && { teamId }), keySource: { in: SHARED_SOURCES }, submittedAt: { gte: since } },
    }),
  ]);
  const accounts = [
    ...keys.map((k) => ({ teamId: k.teamId, account: k.id, region: k.region, keySource: "team" })),
    ...shared.map((s) => ({ teamId: s.teamId, account: s.keySource, region: s.region, keySource: s.keySource })),
  ];
  for (const a of accounts) {
    const { teamId, account, region } = a;
    await db().providerReconciliation.upsert({ where: { teamId_account_region: { teamId, account, region } }, create: a, update: {} });
  }
}

let lastEnsured = 0;

/** The worker's periodic step: finds accounts at most once per interval, then checks up to two due ones. */
export async function runDueReconciliations(now = new Date()): Promise<number> {
  if (now.getTime() - lastEnsured >= env().RECONCILE_INTERVAL_MS) {
    lastEnsured = now.getTime();
    await ensureAccounts();
  }
  const due = await db().providerReconciliation.findMany({
    where: { nextCheckAt: { lte: now }, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
    orderBy: { nextCheckAt: "asc" },
    take: DUE_PER_TICK,
  });
  let checked = 0;
  for (const row of due) {
    const claimed = await db().providerReconciliation.updateMany({
      where: { id: row.id, nextCheckAt: row.nextCheckAt, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
      data: { leaseUntil: new Date(now.getTime() + CHECK_LEASE_MS) },
    });
    if (claimed.count !== 1) continue; // another worker took it
    await checkAccount(row, now);
    checked++;
  }
  return checked;
}

function viewOf(row: Awaited<ReturnType<typeof teamRows>>[number], keys: Map<string, string>): ReconciliationView {
  const findings = (row.findings ?? { outside: [], unknown: [], unarchived: [] }) as unknown as ReconciliationFindings;
  const key = row.keySource === "team" ? keys.get(row.account) : undefined;
  return {
    id: row.id,
    region: row.region as Region,
    keySource: row.keySource as ReconciliationView["keySource"],
    account: key ? `Team key …${key}` : row.keySource === "team" ? "Removed team key" : row.keySource === "instance" ? "Server key" : "Simulator",
    status: row.status as ReconciliationView["status"],
    error: row.error,
    checkedAt: row.checkedAt,
    nextCheckAt: row.nextCheckAt,
    window: row.windowStart && row.windowEnd ? { start: row.windowStart, end: row.windowEnd, complete: row.complete } : null,
    providerTasks: row.providerTasks,
    outsideCounted: row.keySource === "team",
    ...findings,
  };
}

const teamRows = (teamId: string) => db().providerReconciliation.findMany({ where: { teamId }, orderBy: [{ region: "asc" }, { account: "asc" }] });

export async function listReconciliations(actor: Actor): Promise<{ accounts: ReconciliationView[] }> {
  assertCan(actor, "key.manage");
  const [rows, keys] = await Promise.all([
    teamRows(actor.teamId),
    db().providerCredential.findMany({ where: { teamId: actor.teamId }, select: { id: true, keyLast4: true } }),
  ]);
  const last4 = new Map(keys.map((k) => [k.id, k.keyLast4]));
  return { accounts: rows.map((r) => viewOf(r, last4)) };
}

/** Checks every account of the caller's team now (owners and admins). */
export async function reconcileNow(actor: Actor): Promise<{ accounts: ReconciliationView[] }> {
  assertCan(actor, "key.manage");
  await ensureAccounts(actor.teamId);
  const now = new Date();
  for (const row of await teamRows(actor.teamId)) await checkAccount(row, now);
  return listReconciliations(actor);
}
