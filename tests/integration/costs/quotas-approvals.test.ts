// Member quotas and spend approval over real HTTP on SQLite and PostgreSQL: 20 concurrent submits
// never overshoot a quota; a policy sends submits to awaiting_approval (not sent, not reserved);
// approve re-checks budgets, reject needs a reason; every refusal names its field or rule.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DB_KINDS } from "@/tests/support/app";
import { Client, uniqueEmail } from "@/tests/support/client";
import { join, startCostsApp, stopCostsApp, submit, t2v, type CostsEnv } from "./helpers";

describe.each(DB_KINDS)("quotas and approvals on %s", (kind) => {
  const env: Partial<CostsEnv> = {};

  beforeAll(async () => {
    Object.assign(env, await startCostsApp(kind));
  });
  afterAll(() => stopCostsApp(env));

  async function team(label: string) {
    const owner = new Client(env.app!.url);
    const account = await owner.signUp(`${label} Owner`, uniqueEmail(label));
    const member = await join(env.app!, owner, "member", "Alice");
    const members = await owner.json("/api/v1/members");
    const membershipId = members.body.members.find((m: { user: { id: string } }) => m.user.id === member.userId).id as string;
    return { owner, account, member, membershipId };
  }

  it("20 concurrent submits never overshoot a member's quota, and the refusal names the numbers", async () => {
    const { owner, account, member, membershipId } = await team("quota");
    const put = await owner.json(`/api/v1/members/${membershipId}/quota`, { method: "PUT", body: { unit: "money", currency: "USD", amount: "1.00" } });
    expect(put.status, JSON.stringify(put.body)).toBe(201);
    expect(put.body.quota).toMatchObject({ unit: "money", currency: "USD", limit: "1", used: "0", percentUsed: 0, user: { name: "Alice" } });

    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => submit(member.client, t2v(account.projectId, `Quota race ${i}`))));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(2);
    expect(statuses.filter((s) => s === 402)).toHaveLength(18);
    const refused = answers.find((a) => a.status === 402)!;
    expect(refused.body.error.code).toBe("quota_exceeded");
    expect(refused.body.error.message).toBe("Alice's monthly quota is $1.00; $1.00 used or reserved; this generation needs $0.50.");
    expect(refused.body.error.details).toMatchObject({ rule: "quota", limit: "1000000", used: "1000000", requested: "500000" });

    const meter = await member.client.json("/api/v1/quotas");
    expect(meter.body.quotas).toEqual([
      expect.objectContaining({ used: "1", remaining: "0", percentUsed: 100, label: "$1.00 of $1.00 used or reserved this month" }),
    ]);
    // The owner has no quota: not counted against Alice's.
    expect((await submit(owner, t2v(account.projectId, "Owner is not limited"))).status).toBe(201);
    expect((await owner.json("/api/v1/quotas")).body.quotas).toHaveLength(1);
  });

  it("refuses a bad quota: wrong currency for the region (422 currency), a viewer (403), another team's member (404)", async () => {
    const { owner, member, membershipId } = await team("quota-bad");
    const wrong = await owner.json(`/api/v1/members/${membershipId}/quota`, {
      method: "PUT",
      body: { unit: "money", currency: "USD", amount: "5", region: "beijing" },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.issues).toEqual([expect.objectContaining({ path: "currency", message: expect.stringContaining("beijing bills in CNY") })]);
    const noAmount = await owner.json(`/api/v1/members/${membershipId}/quota`, { method: "PUT", body: { unit: "seconds" } });
    expect(noAmount.status).toBe(422);
    expect(noAmount.body.error.issues[0].path).toBe("seconds");
    expect((await member.client.json(`/api/v1/members/${membershipId}/quota`, { method: "PUT", body: { unit: "seconds", seconds: 60 } })).status).toBe(403);
    const other = await team("quota-other");
    expect((await other.owner.json(`/api/v1/members/${membershipId}/quota`, { method: "PUT", body: { unit: "seconds", seconds: 60 } })).status).toBe(404);
    const seconds = await owner.json(`/api/v1/members/${membershipId}/quota`, { method: "PUT", body: { unit: "seconds", seconds: 7 } });
    expect(seconds.status).toBe(201);
    expect(seconds.body.quota).toMatchObject({ unit: "seconds", currency: null, limit: "7", used: "0" });
    expect((await owner.json(`/api/v1/members/${membershipId}/quota`, { method: "DELETE" })).status).toBe(200);
    expect((await owner.json(`/api/v1/members/${membershipId}/quota`, { method: "DELETE" })).status).toBe(404);
    const audit = await owner.json("/api/v1/audit?action=quota.");
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(["quota.deleted", "quota.changed"]);
  });

  it("sends a submit over the threshold to awaiting approval, unsent and unreserved; approve and reject with their refusals", async () => {
    const { owner, account, member } = await team("approval");
    const viewer = await join(env.app!, owner, "viewer");
    const policy = await owner.json("/api/v1/approvals/policy", { method: "PUT", body: { estimateOver: { USD: "0.40" } } });
    expect(policy.status, JSON.stringify(policy.body)).toBe(200);
    expect(policy.body.policy).toMatchObject({ estimateOver: { USD: "0.4", CNY: null }, overQuota: false, allowSelfApproval: false });
    await owner.json("/api/v1/budgets", { method: "PUT", body: { projectId: null, currency: "USD", amount: "0.60" } });

    const first = await submit(member.client, t2v(account.projectId, "Needs approval one"));
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.generation.status).toBe("awaiting_approval");
    expect(first.body.generation.approval).toMatchObject({ decision: null, reasons: [{ rule: "estimate_over_threshold" }] });
    const second = await submit(member.client, t2v(account.projectId, "Needs approval two"));
    expect(second.body.generation.status).toBe("awaiting_approval");
    // Awaiting approval reserves nothing: both fit under the 0.60 budget at submit.
    expect((await owner.json("/api/v1/budgets")).body.budgets[0].committed).toBe("0");
    const mine = await submit(owner, t2v(account.projectId, "Owner's own request"));
    expect(mine.body.generation.status).toBe("awaiting_approval");

    const inbox = await owner.json("/api/v1/approvals");
    expect(inbox.body.count).toBe(3);
    expect((await member.client.json("/api/v1/approvals")).status).toBe(403);

    const id = first.body.generation.id;
    expect((await viewer.client.json(`/api/v1/generations/${id}/approve`, { method: "POST" })).status).toBe(403);
    expect((await member.client.json(`/api/v1/generations/${id}/approve`, { method: "POST" })).status).toBe(403);
    const other = await team("approval-other");
    expect((await other.owner.json(`/api/v1/generations/${id}/approve`, { method: "POST" })).status).toBe(404);
    const self = await owner.json(`/api/v1/generations/${mine.body.generation.id}/approve`, { method: "POST" });
    expect(self.status).toBe(403);
    expect(self.body.error.message).toContain("allowSelfApproval");

    const approved = await owner.json(`/api/v1/generations/${id}/approve`, { method: "POST" });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.generation).toMatchObject({ status: "queued", approval: { decision: "approved", decidedBy: { name: "approval Owner" } } });
    const again = await owner.json(`/api/v1/generations/${id}/approve`, { method: "POST" });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain("not awaiting approval");

    // Budgets are checked again at approval: the second no longer fits.
    const overBudget = await owner.json(`/api/v1/generations/${second.body.generation.id}/approve`, { method: "POST" });
    expect(overBudget.status).toBe(402);
    expect(overBudget.body.error.code).toBe("budget_exceeded");
    expect(overBudget.body.error.message).toContain("$0.60");

    const noReason = await owner.json(`/api/v1/generations/${second.body.generation.id}/reject`, { method: "POST", body: { reason: "  " } });
    expect(noReason.status).toBe(422);
    expect(noReason.body.error.issues[0].path).toBe("reason");
    const rejected = await owner.json(`/api/v1/generations/${second.body.generation.id}/reject`, {
      method: "POST",
      body: { reason: "Over this month's budget" },
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body.generation).toMatchObject({ status: "rejected", approval: { decision: "rejected", note: "Over this month's budget" } });
    expect(env.sim!.stats().tasks.filter((t) => t.prompt === "Needs approval two")).toHaveLength(0);

    const audit = await owner.json("/api/v1/audit?action=approval.");
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(["approval.rejected", "approval.approved", "approval.policy_changed"]);
    expect((await owner.json("/api/v1/approvals")).body.count).toBe(1);
  });

  it("turns an over-quota submit into a request when the policy says so, and approving it grants the overshoot", async () => {
    const { owner, account, member, membershipId } = await team("overquota");
    await owner.json(`/api/v1/members/${membershipId}/quota`, { method: "PUT", body: { unit: "seconds", seconds: 5 } });
    await owner.json("/api/v1/approvals/policy", { method: "PUT", body: { overQuota: true, allowSelfApproval: true } });
    expect((await submit(member.client, t2v(account.projectId, "Within quota"))).body.generation.status).toBe("queued");
    const over = await submit(member.client, t2v(account.projectId, "Over quota"));
    expect(over.status).toBe(201);
    expect(over.body.generation.approval.reasons).toEqual([
      { rule: "over_quota", message: "Alice's monthly quota is 5 s; 5 s used or reserved; this generation needs 5 s." },
    ]);
    const approved = await owner.json(`/api/v1/generations/${over.body.generation.id}/approve`, { method: "POST" });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.generation.status).toBe("queued");
  });
});
