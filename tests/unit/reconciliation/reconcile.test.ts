// The reconciliation rule: provider tasks against local generations for one account and window.
import { describe, expect, it } from "vitest";
import { ARCHIVE_GRACE_MS, EDGE_MARGIN_MS, reconcile, type LocalTaskRow, type ProviderTaskRow } from "@/lib/rules/reconciliation";

const now = new Date("2026-12-02T12:00:00Z");
const start = new Date(now.getTime() - 24 * 3_600_000);
const window = { start, end: now, complete: true };
const ago = (ms: number) => new Date(now.getTime() - ms);

const task = (taskId: string, over: Partial<ProviderTaskRow> = {}): ProviderTaskRow => ({
  taskId,
  status: "SUCCEEDED",
  model: "wan2.6-t2v",
  submittedAt: ago(3_600_000),
  endedAt: ago(3_500_000),
  ...over,
});
const local = (generationId: string, providerTaskId: string, over: Partial<LocalTaskRow> = {}): LocalTaskRow => ({
  generationId,
  providerTaskId,
  status: "succeeded",
  submittedAt: ago(3_600_000),
  ownTeam: true,
  ...over,
});

describe("reconcile", () => {
  it("finds nothing when both sides agree", () => {
    expect(reconcile([task("t1")], [local("g1", "t1")], window, { shared: false, now })).toEqual({ outside: [], unknown: [], unarchived: [] });
  });

  it("lists tasks no generation made as outside, on a team's own key only", () => {
    const provider = [task("t1"), task("t9", { status: "RUNNING", endedAt: null })];
    const found = reconcile(provider, [local("g1", "t1")], window, { shared: false, now });
    expect(found.outside).toEqual([{ taskId: "t9", status: "RUNNING", model: "wan2.6-t2v", submittedAt: ago(3_600_000).toISOString() }]);
    expect(reconcile(provider, [local("g1", "t1")], window, { shared: true, now }).outside).toEqual([]);
  });

  it("does not count another team's task on a shared key as outside", () => {
    const found = reconcile([task("t1")], [local("g1", "t1", { ownTeam: false })], window, { shared: false, now });
    expect(found.outside).toEqual([]);
    expect(found.unarchived).toEqual([]);
  });

  it("lists generations whose task the provider does not show, away from the window's edges and only on a complete listing", () => {
    const rows = [
      local("g1", "t-missing", { status: "running" }),
      local("g2", "t-early", { submittedAt: new Date(start.getTime() + EDGE_MARGIN_MS / 2) }),
      local("g3", "t-late", { submittedAt: ago(EDGE_MARGIN_MS / 2) }),
      local("g4", "t-other-team", { ownTeam: false }),
    ];
    expect(reconcile([], rows, window, { shared: false, now }).unknown).toEqual([{ generationId: "g1", taskId: "t-missing", status: "running" }]);
    expect(reconcile([], rows, { ...window, complete: false }, { shared: false, now }).unknown).toEqual([]);
  });

  it.each([
    ["failed", ago(60_000), true],
    ["expired", ago(60_000), true],
    ["canceled", ago(60_000), true],
    ["running", ago(ARCHIVE_GRACE_MS + 1), true],
    ["running", ago(60_000), false],
    ["archiving", ago(ARCHIVE_GRACE_MS * 4), false],
    ["succeeded", ago(ARCHIVE_GRACE_MS * 4), false],
  ])("a task SUCCEEDED at the provider and %s here (ended %s) is unarchived: %s", (status, endedAt, expected) => {
    const found = reconcile([task("t1", { endedAt })], [local("g1", "t1", { status })], window, { shared: false, now });
    expect(found.unarchived.length === 1).toBe(expected);
    if (expected) expect(found.unarchived[0]).toEqual({ generationId: "g1", taskId: "t1", status, providerEndedAt: endedAt.toISOString() });
  });

  it("never calls a task that failed at the provider unarchived", () => {
    expect(reconcile([task("t1", { status: "FAILED" })], [local("g1", "t1", { status: "failed" })], window, { shared: false, now }).unarchived).toEqual([]);
  });
});
