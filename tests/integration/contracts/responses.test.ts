// Every route of REST API v1, called for real on both databases; every JSON answer must parse with
// the schema that OpenAPI documents for it (lib/contracts/*). A route whose answer drifts from its
// contract fails here, and tests/unit/contracts/route-coverage.test.ts keeps the list complete.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ErrorBody } from "@/lib/contracts/errors";
import { Generation, GenerationEnvelope } from "@/lib/contracts/generation";
import { startSimulator, simulatorAssetsDir, type RunningSimulator } from "@/lib/simulator";
import { startReceiver, type Receiver } from "@/tests/integration/admin/receiver";
import { call, callRaw, called, parsed } from "@/tests/integration/contracts/check";
import { CONTRACT_ROUTES } from "@/tests/integration/contracts/routes";
import { DB_KINDS, startApp, type TestApp } from "@/tests/support/app";
import { Client, uniqueEmail } from "@/tests/support/client";
import { t2vBody, waitForStatus } from "@/tests/support/generations";

const PASSWORD = "correct horse battery";
const JSON_OK = { expect: 200 };

async function signUp(app: TestApp, name: string): Promise<{ c: Client; teamId: string; projectId: string }> {
  const c = new Client(app.url);
  const email = uniqueEmail("contract");
  const account = await call(c, "POST", "/api/v1/signup", "/api/v1/signup", { body: { name, email, password: PASSWORD }, expect: 201 });
  expect(await c.signIn(email, PASSWORD)).toBe(true);
  return { c, teamId: account.teamId, projectId: account.projectId };
}

async function invite(owner: Client, role: string): Promise<string> {
  const { invitation } = await call(owner, "POST", "/api/v1/invitations", "/api/v1/invitations", { body: { role }, expect: 201 });
  return new URL(invitation.url).pathname.split("/").pop() as string;
}

describe.each(DB_KINDS)("every route answers its contract on %s", (kind) => {
  let sim: RunningSimulator;
  let receiver: Receiver;
  let app: TestApp;

  beforeAll(async () => {
    called.clear();
    sim = await startSimulator();
    receiver = await startReceiver();
    app = await startApp(kind, { DASHSCOPE_BASE_URL: sim.baseUrlTemplate, SIMULATOR_PENDING_MS: "200", SIMULATOR_RUNNING_MS: "300" });
  });
  afterAll(async () => {
    await app?.stop();
    await receiver?.close();
    await sim?.close();
  });

  it("instance, teams and projects", async () => {
    const { c, teamId, projectId } = await signUp(app, "Contract Owner");
    await call(c, "GET", "/api/v1/health", "/api/v1/health", JSON_OK);
    await call(c, "GET", "/api/v1/models", "/api/v1/models", JSON_OK);
    await call(c, "GET", "/api/v1/openapi.json", "/api/v1/openapi.json", JSON_OK);

    await call(c, "GET", "/api/v1/teams", "/api/v1/teams", JSON_OK);
    await call(c, "GET", "/api/v1/teams/current", "/api/v1/teams/current", JSON_OK);
    await call(c, "PATCH", "/api/v1/teams/current", "/api/v1/teams/current", { body: { name: "Contract team" }, expect: 200 });
    const { team } = await call(c, "POST", "/api/v1/teams", "/api/v1/teams", { body: { name: "Second team" }, expect: 201 });
    await call(c, "POST", "/api/v1/teams/switch", "/api/v1/teams/switch", { body: { teamId: team.id }, expect: 200 });
    await call(c, "POST", "/api/v1/teams/switch", "/api/v1/teams/switch", { body: { teamId }, expect: 200 });

    await call(c, "GET", "/api/v1/projects", "/api/v1/projects?includeArchived=true", JSON_OK);
    const { project } = await call(c, "POST", "/api/v1/projects", "/api/v1/projects", { body: { name: "Contracts" }, expect: 201 });
    await call(c, "GET", "/api/v1/projects/[id]", `/api/v1/projects/${project.id}`, JSON_OK);
    await call(c, "PATCH", "/api/v1/projects/[id]", `/api/v1/projects/${project.id}`, { body: { archived: true }, expect: 200 });
    await call(c, "PATCH", "/api/v1/projects/[id]", `/api/v1/projects/${project.id}`, { body: { archived: false }, expect: 200 });
    await call(c, "GET", "/api/v1/projects/[id]", `/api/v1/projects/${projectId}`, JSON_OK);

    // An error answer has the one error shape.
    await call(c, "GET", "/api/v1/projects/[id]", "/api/v1/projects/absent", { expect: 404, schema: ErrorBody });

    const throwaway = await signUp(app, "Leaving Owner");
    await call(throwaway.c, "DELETE", "/api/v1/teams/current", "/api/v1/teams/current", { expect: 200 });
  });

  it("generations, their videos, shares, uploads, webhooks and costs", async () => {
    const { c, projectId } = await signUp(app, "Contract Maker");
    const other = await call(c, "POST", "/api/v1/projects", "/api/v1/projects", { body: { name: "Moved here" }, expect: 201 });

    await call(c, "GET", "/api/v1/simulator/samples", "/api/v1/simulator/samples", JSON_OK);
    await call(c, "POST", "/api/v1/estimates", "/api/v1/estimates", { body: t2vBody(projectId), expect: 200 });

    called.add("POST /api/v1/uploads");
    const png = readFileSync(path.join(simulatorAssetsDir(), "product.png"));
    const uploaded = await c.fetch("/api/v1/uploads?name=product.png", { method: "POST", headers: { "content-type": "image/png" }, body: png });
    expect(uploaded.status).toBe(201);
    const { upload } = parsed("POST", "/api/v1/uploads", uploaded.status, await uploaded.json()) as { upload: { url: string } };
    const fileUrl = new URL(upload.url);
    await callRaw(c, "GET", "/api/v1/uploads/[id]/file", fileUrl.pathname + fileUrl.search, { status: 200, type: /^image\/png/ });
    await callRaw(c, "HEAD", "/api/v1/uploads/[id]/file", fileUrl.pathname + fileUrl.search, { status: 200, type: /^image\/png/ });

    const hook = await call(c, "POST", "/api/v1/webhooks", "/api/v1/webhooks", { body: { url: receiver.url, events: ["generation.succeeded"] }, expect: 201 });
    receiver.secret = hook.secret;

    const created = await call(c, "POST", "/api/v1/generations", "/api/v1/generations", { body: t2vBody(projectId), expect: 201 });
    const id = created.generation.id;
    await call(c, "GET", "/api/v1/generations", `/api/v1/generations?projectId=${projectId}`, JSON_OK);
    await waitForStatus(c, id, ["succeeded"], 45_000);
    await call(c, "GET", "/api/v1/generations/[id]", `/api/v1/generations/${id}`, { expect: 200, schema: Generation });
    await call(c, "GET", "/api/v1/generations/[id]", `/api/v1/generations/${id}?envelope=generation`, { expect: 200, schema: GenerationEnvelope });
    await call(c, "GET", "/api/v1/generations/[id]/events", `/api/v1/generations/${id}/events`, JSON_OK);
    await callRaw(c, "GET", "/api/v1/generations/[id]/video", `/api/v1/generations/${id}/video`, { status: 200, type: /^video\/mp4/ });
    await callRaw(c, "HEAD", "/api/v1/generations/[id]/video", `/api/v1/generations/${id}/video`, { status: 200, type: /^video\/mp4/ });
    await callRaw(c, "GET", "/api/v1/generations/[id]/poster", `/api/v1/generations/${id}/poster`, { status: 200, type: /^image\/jpeg/ });
    await callRaw(c, "HEAD", "/api/v1/generations/[id]/poster", `/api/v1/generations/${id}/poster`, { status: 200, type: /^image\/jpeg/ });

    const { share } = await call(c, "POST", "/api/v1/generations/[id]/share", `/api/v1/generations/${id}/share`, { body: { expiresInDays: 7 }, expect: 201 });
    await call(c, "GET", "/api/v1/generations/[id]/share", `/api/v1/generations/${id}/share`, JSON_OK);
    const token = new URL(share.url).pathname.split("/").pop();
    const anonymous = new Client(app.url);
    await callRaw(anonymous, "GET", "/api/v1/shares/[token]/video", `/api/v1/shares/${token}/video`, {
      status: 206,
      type: /^video\/mp4/,
      headers: { range: "bytes=0-99" },
    });
    await callRaw(anonymous, "HEAD", "/api/v1/shares/[token]/video", `/api/v1/shares/${token}/video`, { status: 200, type: /^video\/mp4/ });
    await callRaw(anonymous, "GET", "/api/v1/shares/[token]/poster", `/api/v1/shares/${token}/poster`, { status: 200, type: /^image\/jpeg/ });
    await callRaw(anonymous, "HEAD", "/api/v1/shares/[token]/poster", `/api/v1/shares/${token}/poster`, { status: 200, type: /^image\/jpeg/ });
    await call(c, "DELETE", "/api/v1/generations/[id]/share", `/api/v1/generations/${id}/share?shareId=${share.id}`, JSON_OK);
    await call(c, "PATCH", "/api/v1/generations/[id]", `/api/v1/generations/${id}`, { body: { projectId: other.project.id }, expect: 200 });

    const deliveries = `/api/v1/webhooks/${hook.webhook.id}/deliveries`;
    let page = await call(c, "GET", "/api/v1/webhooks/[id]/deliveries", deliveries, JSON_OK);
    for (let i = 0; i < 100 && page.items.every((d: { status: string }) => d.status !== "delivered"); i++) {
      await new Promise((r) => setTimeout(r, 200));
      page = await call(c, "GET", "/api/v1/webhooks/[id]/deliveries", deliveries, JSON_OK);
    }
    expect(page.items.length).toBeGreaterThan(0);
    await call(c, "POST", "/api/v1/webhooks/deliveries/[id]/resend", `/api/v1/webhooks/deliveries/${page.items[0].id}/resend`, { expect: 201 });
    await call(c, "GET", "/api/v1/webhooks", "/api/v1/webhooks", JSON_OK);
    await call(c, "PATCH", "/api/v1/webhooks/[id]", `/api/v1/webhooks/${hook.webhook.id}`, { body: { includeCost: false, rotateSecret: true }, expect: 200 });

    await call(c, "GET", "/api/v1/usage", "/api/v1/usage?groupBy=model", JSON_OK);
    await callRaw(c, "GET", "/api/v1/usage.csv", "/api/v1/usage.csv?groupBy=project", { status: 200, type: /^text\/csv/ });

    const budget = await call(c, "PUT", "/api/v1/budgets", "/api/v1/budgets", { body: { currency: "USD", amount: "25" }, expect: 201 });
    await call(c, "PUT", "/api/v1/budgets", "/api/v1/budgets", { body: { currency: "USD", amount: "30" }, expect: 200 });
    await call(c, "GET", "/api/v1/budgets", "/api/v1/budgets", JSON_OK);
    await call(c, "DELETE", "/api/v1/budgets/[id]", `/api/v1/budgets/${budget.budget.id}`, JSON_OK);

    const price = { model: "wan2.6-t2v", region: "singapore", tier: "720P" };
    const { price: set } = await call(c, "PUT", "/api/v1/prices", "/api/v1/prices", { body: { ...price, pricePerSecond: "0.12" }, expect: 201 });
    await call(c, "GET", "/api/v1/prices", "/api/v1/prices", JSON_OK);
    await call(c, "DELETE", "/api/v1/prices/[id]", `/api/v1/prices/${set.override.id}`, JSON_OK);

    await call(c, "DELETE", "/api/v1/webhooks/[id]", `/api/v1/webhooks/${hook.webhook.id}`, JSON_OK);
    await call(c, "DELETE", "/api/v1/generations/[id]", `/api/v1/generations/${id}`, JSON_OK);
  });

  it("cancel, cancel all queued and edit while queued", async () => {
    const { c, projectId } = await signUp(app, "Contract Canceler");
    // Held for approval, so the worker cannot take it before the calls below.
    await call(c, "PUT", "/api/v1/approvals/policy", "/api/v1/approvals/policy", { body: { estimateOver: { USD: "0.01" } }, expect: 200 });
    const held = await call(c, "POST", "/api/v1/generations", "/api/v1/generations", { body: t2vBody(projectId), expect: 201 });
    const id = held.generation.id;
    const edit = { body: { duration: 10 }, expect: 409, schema: ErrorBody };
    await call(c, "PATCH", "/api/v1/generations/[id]", `/api/v1/generations/${id}`, edit);
    const answer = await call(c, "POST", "/api/v1/generations/[id]/cancel", `/api/v1/generations/${id}/cancel`, JSON_OK);
    expect(answer).toMatchObject({ outcome: "canceled", generation: { status: "canceled" } });
    await call(c, "POST", "/api/v1/generations/[id]/cancel", `/api/v1/generations/${id}/cancel`, { expect: 409, schema: ErrorBody });
    const counts = await call(c, "POST", "/api/v1/projects/[id]/cancel-queued", `/api/v1/projects/${projectId}/cancel-queued`, JSON_OK);
    expect(counts).toEqual({ canceled: 0, requested: 0, skipped: 0 });
  });

  it("review: favourite, tags, review status and the list's filters", async () => {
    const { c, projectId } = await signUp(app, "Contract Reviewer");
    const { generation } = await call(c, "POST", "/api/v1/generations", "/api/v1/generations", { body: t2vBody(projectId, "A heron at dawn"), expect: 201 });
    await waitForStatus(c, generation.id, ["succeeded"]);
    const path = (end: string) => `/api/v1/generations/${generation.id}/${end}`;
    expect(await call(c, "PUT", "/api/v1/generations/[id]/favourite", path("favourite"), JSON_OK)).toEqual({ favourite: true });
    const tagged = await call(c, "PUT", "/api/v1/generations/[id]/tags", path("tags"), { body: { tags: ["Hero shot", "v2"] }, expect: 200 });
    expect(tagged.generation).toMatchObject({ tags: ["hero shot", "v2"], favourite: true });
    const reviewed = await call(c, "PUT", "/api/v1/generations/[id]/review", path("review"), { body: { status: "approved" }, expect: 200 });
    expect(reviewed.generation.review).toMatchObject({ status: "approved", by: { name: "Contract Reviewer" } });
    expect(await call(c, "GET", "/api/v1/tags", "/api/v1/tags", JSON_OK)).toEqual({
      items: [
        { name: "hero shot", count: 1 },
        { name: "v2", count: 1 },
      ],
    });
    const page = await call(c, "GET", "/api/v1/generations", "/api/v1/generations?favourite=true&tag=Hero%20Shot&reviewStatus=approved", JSON_OK);
    expect(page.items.map((g: { id: string }) => g.id)).toEqual([generation.id]);
    expect(await call(c, "DELETE", "/api/v1/generations/[id]/favourite", path("favourite"), JSON_OK)).toEqual({ favourite: false });
  });

  it("quotas and spend approval", async () => {
    const { c, projectId } = await signUp(app, "Contract Approver");
    const { members } = await c.json("/api/v1/members").then((r) => r.body);
    const membershipId = members[0].id;
    await call(c, "PUT", "/api/v1/members/[id]/quota", `/api/v1/members/${membershipId}/quota`, {
      body: { unit: "money", currency: "USD", amount: "50" },
      expect: 201,
    });
    await call(c, "GET", "/api/v1/quotas", "/api/v1/quotas", JSON_OK);
    await call(c, "DELETE", "/api/v1/members/[id]/quota", `/api/v1/members/${membershipId}/quota`, JSON_OK);
    const policy = { body: { estimateOver: { USD: "0.01" }, allowSelfApproval: true }, expect: 200 };
    await call(c, "PUT", "/api/v1/approvals/policy", "/api/v1/approvals/policy", policy);
    await call(c, "GET", "/api/v1/approvals/policy", "/api/v1/approvals/policy", JSON_OK);
    const first = await call(c, "POST", "/api/v1/generations", "/api/v1/generations", { body: t2vBody(projectId, "An owl at night"), expect: 201 });
    const second = await call(c, "POST", "/api/v1/generations", "/api/v1/generations", { body: t2vBody(projectId, "A fox at noon"), expect: 201 });
    const inbox = await call(c, "GET", "/api/v1/approvals", "/api/v1/approvals", JSON_OK);
    expect(inbox.count).toBe(2);
    await call(c, "POST", "/api/v1/generations/[id]/approve", `/api/v1/generations/${first.generation.id}/approve`, JSON_OK);
    const reject = { body: { reason: "Not this month" }, expect: 200 };
    await call(c, "POST", "/api/v1/generations/[id]/reject", `/api/v1/generations/${second.generation.id}/reject`, reject);
  });

  it("members, invitations, tokens, keys and the audit log", async () => {
    const { c } = await signUp(app, "Contract Admin");
    const revoked = await call(c, "POST", "/api/v1/invitations", "/api/v1/invitations", { body: { role: "viewer", email: "later@example.com" }, expect: 201 });
    await call(c, "GET", "/api/v1/invitations", "/api/v1/invitations", JSON_OK);
    await call(c, "DELETE", "/api/v1/invitations/[id]", `/api/v1/invitations/${revoked.invitation.id}`, JSON_OK);

    const joiner = await signUp(app, "Joining Member");
    await call(joiner.c, "POST", "/api/v1/invitations/accept", "/api/v1/invitations/accept", { body: { token: await invite(c, "member") }, expect: 200 });
    const leaver = await signUp(app, "Leaving Member");
    await call(leaver.c, "POST", "/api/v1/invitations/accept", "/api/v1/invitations/accept", { body: { token: await invite(c, "member") }, expect: 200 });
    await call(leaver.c, "POST", "/api/v1/teams/leave", "/api/v1/teams/leave", JSON_OK);

    const { members } = await call(c, "GET", "/api/v1/members", "/api/v1/members", JSON_OK);
    const membership = members.find((m: { user: { name: string } }) => m.user.name === "Joining Member");
    await call(c, "PATCH", "/api/v1/members/[id]", `/api/v1/members/${membership.id}`, { body: { role: "viewer" }, expect: 200 });
    await call(c, "DELETE", "/api/v1/members/[id]", `/api/v1/members/${membership.id}`, JSON_OK);

    const created = await call(c, "POST", "/api/v1/tokens", "/api/v1/tokens", { body: { name: "contract script" }, expect: 201 });
    await call(c, "GET", "/api/v1/tokens", "/api/v1/tokens?includeRevoked=true", JSON_OK);
    await call(c, "DELETE", "/api/v1/tokens/[id]", `/api/v1/tokens/${created.apiToken.id}`, JSON_OK);

    await call(c, "PUT", "/api/v1/keys", "/api/v1/keys", { body: { region: "singapore", apiKey: "sk-contract-singapore-0123456789" }, expect: 200 });
    await call(c, "GET", "/api/v1/keys", "/api/v1/keys", JSON_OK);
    await call(c, "POST", "/api/v1/reconciliation", "/api/v1/reconciliation", JSON_OK);
    await call(c, "GET", "/api/v1/reconciliation", "/api/v1/reconciliation", JSON_OK);
    await call(c, "DELETE", "/api/v1/keys/[region]", "/api/v1/keys/singapore", JSON_OK);

    await call(c, "GET", "/api/v1/audit", "/api/v1/audit?limit=100", JSON_OK);
    await callRaw(c, "GET", "/api/v1/audit.csv", "/api/v1/audit.csv", { status: 200, type: /^text\/csv/ });

    await call(c, "GET", "/api/v1/me/notifications", "/api/v1/me/notifications", JSON_OK);
    await call(c, "PUT", "/api/v1/me/notifications", "/api/v1/me/notifications", { body: { emailEvents: ["generation.failed"] }, expect: 200 });
    const slack = { slackWebhookUrl: receiver.url, slackEvents: ["generation.succeeded"] };
    await call(c, "PUT", "/api/v1/teams/current/notifications", "/api/v1/teams/current/notifications", { body: slack, expect: 200 });
    await call(c, "GET", "/api/v1/teams/current/notifications", "/api/v1/teams/current/notifications", JSON_OK);
  });

  it("called every route of the list", () => {
    expect([...called].sort()).toEqual([...CONTRACT_ROUTES].sort());
  });
});
