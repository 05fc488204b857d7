import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// This process sends due messages itself in the retry cases (with a clock moved past the backoff)
// and opens what the app encrypted: share its key.
const SECRET_KEY = randomBytes(32).toString("hex");
process.env.SECRET_KEY = SECRET_KEY;

import { decryptSecret, encryptSecret } from "@/lib/adapters/crypto/secret-box";
import { createDb, type Db } from "@/lib/adapters/db/client";
import { smtpMailer } from "@/lib/adapters/mail/smtp";
import { NOTIFICATION_EVENTS } from "@/lib/rules/notification-events";
import { deliverDueNotifications } from "@/lib/services/notifications/deliver";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import { join } from "@/tests/integration/admin/helpers";
import { startReceiver, type Receiver } from "@/tests/integration/admin/receiver";
import { DB_KINDS, startApp, type TestApp } from "@/tests/support/app";
import { Client, uniqueEmail } from "@/tests/support/client";
import { t2vBody, waitForStatus } from "@/tests/support/generations";
import { startSmtpSink, type SmtpSink } from "@/tests/support/smtp";

const SMTP_LOGIN = { user: "reelroom", password: randomBytes(8).toString("hex") };
const NOTIFICATIONS = "/api/v1/teams/current/notifications";

describe.each(DB_KINDS)("notifications on %s", (kind) => {
  let sim: RunningSimulator;
  let smtp: SmtpSink;
  let slack: Receiver;
  let app: TestApp;
  let db: Db;
  beforeAll(async () => {
    sim = await startSimulator({ pendingMs: 200, runningMs: 300 });
    smtp = await startSmtpSink({ auth: SMTP_LOGIN });
    slack = await startReceiver();
    app = await startApp(kind, {
      SECRET_KEY,
      DASHSCOPE_API_KEY: "sk-test-singapore",
      DASHSCOPE_REGION: "singapore",
      DASHSCOPE_BASE_URL: sim.baseUrlTemplate,
      SIMULATOR: "off",
      ...smtp.env,
    });
    db = createDb(app.databaseUrl);
  });
  afterAll(async () => {
    await db?.$disconnect();
    await app?.stop();
    await slack?.close();
    await smtp?.stop();
    await sim?.close();
  });

  async function newTeam(name: string) {
    const owner = new Client(app.url);
    const email = uniqueEmail("owner");
    const account = await owner.signUp(name, email);
    return { owner, email, ...account };
  }
  async function generate(c: Client, projectId: string, prompt?: string) {
    const created = await c.json("/api/v1/generations", { body: t2vBody(projectId, prompt) });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return waitForStatus(c, created.body.generation.id, ["succeeded", "failed", "expired"]);
  }
  const setSlack = (c: Client, body: unknown) => c.json(NOTIFICATIONS, { method: "PUT", body });
  const posts = (text: string) => slack.received.filter((r) => String(r.json?.text ?? "").includes(text));
  async function waitForPosts(text: string, count = 1) {
    await expect.poll(() => posts(text).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(count);
    return posts(text);
  }
  async function outboxRow(dedupeKey: string) {
    await expect.poll(async () => (await db.notificationOutbox.findUnique({ where: { dedupeKey } }))?.attempts ?? 0, { timeout: 20_000 }).toBeGreaterThan(0);
    return db.notificationOutbox.findUniqueOrThrow({ where: { dedupeKey } });
  }
  // The app's own worker would retry after the real 30 s; this sends the due rows now, as if later.
  const deliverAt = (now: Date) =>
    deliverDueNotifications({ workerId: "test-worker", db, allowPrivate: true, now, mailer: smtpMailer({ ...smtp.env, SMTP_PORT: smtp.port }) });

  it("emails a finished generation to its creator who opted in, and not to one who opted out", async () => {
    const { owner, email, projectId } = await newTeam("Mail Owner");
    const member = await join(app, owner, "member", "Opted Out");
    const defaults = await owner.json("/api/v1/me/notifications");
    expect(defaults.body.preferences).toEqual({ emailAvailable: true, email, emailEvents: [...NOTIFICATION_EVENTS] });
    const memberEmail: string = (await member.json("/api/v1/me/notifications")).body.preferences.email;
    const optOut = await member.json("/api/v1/me/notifications", { method: "PUT", body: { emailEvents: ["generation.failed"] } });
    expect(optOut.status, JSON.stringify(optOut.body)).toBe(200);
    expect((await member.json("/api/v1/me/notifications")).body.preferences.emailEvents).toEqual(["generation.failed"]);
    // The team channel takes every success: its post shows the event was handled, emails included.
    expect((await setSlack(owner, { slackWebhookUrl: slack.url, slackEvents: ["generation.succeeded"] })).status).toBe(200);

    const mine = await generate(owner, projectId);
    const theirs = await generate(member, projectId);
    expect([mine.status, theirs.status]).toEqual(["succeeded", "succeeded"]);
    const mail = await smtp.waitFor((m) => m.to.includes(email) && m.text.includes(mine.id));
    expect(mail.from).toBe("reelroom@example.com");
    expect(mail.subject).toMatch(/^Your video is ready: A lighthouse at dusk/);
    expect(mail.text).toContain(`${app.url}/generations/${mine.id}`);
    await waitForPosts(theirs.id);
    expect(smtp.to(memberEmail)).toEqual([]);
    expect(smtp.messages.filter((m) => m.text.includes(mine.id))).toHaveLength(1);
  });

  it("emails an invitation to the address it names", async () => {
    const { owner } = await newTeam("Inviting Owner");
    const to = uniqueEmail("invitee");
    const invited = await owner.json("/api/v1/invitations", { body: { role: "member", email: to } });
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
    const mail = await smtp.waitFor((m) => m.to.includes(to));
    expect(mail.subject).toMatch(/^Inviting Owner invited you to .+ on Reelroom$/);
    expect(mail.text).toContain(invited.body.invitation.url);
  });

  it("posts the events a team chose to its Slack webhook, and no others", async () => {
    const { owner, email, projectId } = await newTeam("Slack Owner");
    const key = await owner.json("/api/v1/keys", { method: "PUT", body: { region: "singapore", apiKey: "sk-notify-singapore-0123456789" } });
    expect(key.status, JSON.stringify(key.body)).toBe(200);
    const chosen = ["generation.failed", "budget.warning", "budget.exceeded", "key.failed"];
    const saved = await setSlack(owner, { slackWebhookUrl: slack.url, slackEvents: chosen });
    expect(saved.body.notifications.slack).toEqual({ configured: true, urlHint: new URL(slack.url).origin, events: chosen });

    const ok = await generate(owner, projectId);
    const refused = await generate(owner, projectId, "A storm at sea [sim:fail=InvalidApiKey]");
    expect([ok.status, refused.status]).toEqual(["succeeded", "failed"]);
    const [failedPost] = await waitForPosts(refused.id);
    expect(failedPost.json.text).toMatch(/^\*Your generation failed: A storm at sea/);
    const [keyPost] = await waitForPosts("A DashScope key stopped working (singapore)");
    expect(keyPost.json.text).toContain("ending in 6789");
    await smtp.waitFor((m) => m.to.includes(email) && m.subject === "A DashScope key stopped working (singapore)");

    // The first success committed 0.5 of this 1 USD budget; the next one crosses 80 % and 100 % at once.
    expect((await owner.json("/api/v1/budgets", { method: "PUT", body: { currency: "USD", amount: "1" } })).status).toBe(201);
    const spent = await generate(owner, projectId);
    expect(spent.status).toBe("succeeded");
    await waitForPosts("*Budget at 80 %: team");
    await waitForPosts("*Budget used up: team");
    await smtp.waitFor((m) => m.to.includes(email) && m.subject.startsWith("Budget used up: team"));
    expect(posts(ok.id)).toEqual([]);
    expect(posts(spent.id)).toEqual([]);
  });

  it("asks the team's admins to approve a request and tells its creator the decision", async () => {
    const { owner, email, projectId } = await newTeam("Approving Owner");
    const member = await join(app, owner, "member", "Asking Member");
    const memberEmail: string = (await member.json("/api/v1/me/notifications")).body.preferences.email;
    expect((await owner.json("/api/v1/approvals/policy", { method: "PUT", body: { estimateOver: { USD: "0.01" } } })).status).toBe(200);
    expect((await setSlack(owner, { slackWebhookUrl: slack.url, slackEvents: ["approval.requested", "approval.decided"] })).status).toBe(200);

    const held = await member.json("/api/v1/generations", { body: t2vBody(projectId, "A paper boat on a puddle") });
    expect(held.status, JSON.stringify(held.body)).toBe(201);
    expect(held.body.generation.status).toBe("awaiting_approval");
    const id: string = held.body.generation.id;
    const asked = await smtp.waitFor((m) => m.to.includes(email) && m.subject === "Approval requested: A paper boat on a puddle");
    expect(asked.text).toContain(`${app.url}/generations/${id}`);
    await waitForPosts("*Approval requested: A paper boat on a puddle*");

    expect((await owner.json(`/api/v1/generations/${id}/approve`, { method: "POST" })).status).toBe(200);
    await smtp.waitFor((m) => m.to.includes(memberEmail) && m.subject === "Generation approved: A paper boat on a puddle");
    await waitForPosts("*Generation approved: A paper boat on a puddle*");
    // The requester is not asked to approve their own request.
    expect(smtp.to(memberEmail).filter((m) => m.subject.startsWith("Approval requested"))).toEqual([]);
    await waitForStatus(member, id, ["succeeded"]);
  });

  it("retries a Slack webhook that answers 500 with backoff, while the generation finishes", async () => {
    const { owner, teamId, projectId } = await newTeam("Flaky Slack");
    expect((await setSlack(owner, { slackWebhookUrl: slack.url, slackEvents: ["generation.succeeded"] })).status).toBe(200);
    slack.answers.push(500);
    const done = await generate(owner, projectId);
    expect(done.status).toBe("succeeded");

    const row = await outboxRow(`generation.succeeded:${done.id}:slack:${teamId}`);
    expect(row).toMatchObject({ status: "pending", attempts: 1, lastError: "Slack answered HTTP 500.", leaseOwner: null });
    const backoff = row.nextAttemptAt.getTime() - row.updatedAt.getTime();
    expect(backoff).toBeGreaterThan(29_000);
    expect(backoff).toBeLessThanOrEqual(30_000);
    expect(await deliverAt(new Date(row.nextAttemptAt.getTime() - 5_000))).toBe(0); // not due yet

    expect(await deliverAt(new Date(row.nextAttemptAt.getTime() + 1_000))).toBeGreaterThanOrEqual(1);
    expect(await db.notificationOutbox.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "sent", attempts: 2, lastError: null });
    expect(posts(done.id).map((p) => p.answered)).toEqual([500, 200]);

    // A webhook that does not answer holds up only the notification loop: the next generation finishes meanwhile.
    slack.holdMs = 15_000;
    try {
      const held = await generate(owner, projectId);
      await waitForPosts(held.id);
      const next = await generate(owner, projectId);
      expect(next.status).toBe("succeeded");
      expect(posts(next.id)).toEqual([]);
    } finally {
      slack.holdMs = 0;
    }
  });

  it("retries an email while the mail server is down, while the generation finishes", async () => {
    const { owner, email, user, projectId } = await newTeam("Mail Down");
    await smtp.stop();
    let generationId = "";
    try {
      const done = await generate(owner, projectId);
      expect(done.status).toBe("succeeded");
      generationId = done.id;
      const failed = await outboxRow(`generation.succeeded:${generationId}:email:${user.id}`);
      expect(failed).toMatchObject({ status: "pending", attempts: 1, lastError: "The mail server could not be reached.", recipient: email });
      expect(failed.nextAttemptAt.getTime() - failed.updatedAt.getTime()).toBeGreaterThan(29_000);
    } finally {
      await smtp.start();
    }
    const row = await db.notificationOutbox.findUniqueOrThrow({ where: { dedupeKey: `generation.succeeded:${generationId}:email:${user.id}` } });
    expect(await deliverAt(new Date(row.nextAttemptAt.getTime() + 1_000))).toBeGreaterThanOrEqual(1);
    expect(await db.notificationOutbox.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "sent", attempts: 2 });
    await smtp.waitFor((m) => m.to.includes(email) && m.text.includes(generationId));
  });

  it("lets only owners and admins set the team channel, names the field of bad input, and never answers the URL", async () => {
    const { owner, teamId } = await newTeam("Guarded");
    const [viewer, member, admin] = [await join(app, owner, "viewer"), await join(app, owner, "member"), await join(app, owner, "admin")];
    for (const c of [viewer, member]) {
      expect((await c.json(NOTIFICATIONS)).status).toBe(403);
      expect((await setSlack(c, { slackWebhookUrl: slack.url })).status).toBe(403);
      expect((await c.json("/api/v1/me/notifications", { method: "PUT", body: { emailEvents: [] } })).status).toBe(200);
    }

    const secretUrl = slack.url.replace("/hooks/reelroom", `/services/T0/B0/${randomBytes(12).toString("hex")}`);
    const answers: string[] = [];
    const put = async (c: Client, body: unknown) => {
      const res = await setSlack(c, body);
      answers.push(JSON.stringify(res.body));
      return res;
    };
    const refused = async (c: Client, body: unknown, field: RegExp, message?: RegExp) => {
      const res = await put(c, body);
      expect(res.status, JSON.stringify(res.body)).toBe(422);
      expect(res.body.error.issues[0].path).toMatch(field);
      if (message) expect(res.body.error.issues[0].message).toMatch(message);
    };
    await refused(admin, { slackWebhookUrl: "http://hooks.example.com/services/x" }, /^slackWebhookUrl$/, /https/);
    await refused(admin, { slackWebhookUrl: "not a url" }, /^slackWebhookUrl$/, /absolute URL/);
    await refused(admin, { slackWebhookUrl: secretUrl, slackEvents: ["generation.started"] }, /^slackEvents/);
    await refused(admin, { slackEvents: ["generation.failed"] }, /^slackWebhookUrl$/, /no Slack webhook yet/);
    const badEvent = await owner.json("/api/v1/me/notifications", { method: "PUT", body: { emailEvents: ["generation.started"] } });
    expect(badEvent.status).toBe(422);
    expect(badEvent.body.error.issues[0].path).toMatch(/^emailEvents/);
    const notAList = await owner.json("/api/v1/me/notifications", { method: "PUT", body: { emailEvents: "all" } });
    expect(notAList.status).toBe(422);
    expect(notAList.body.error.issues[0].path).toBe("emailEvents");

    const saved = await put(admin, { slackWebhookUrl: secretUrl, slackEvents: ["approval.requested"] });
    expect(saved.status).toBe(200);
    expect(saved.body.notifications.slack).toEqual({ configured: true, urlHint: new URL(secretUrl).origin, events: ["approval.requested"] });
    const eventsOnly = await put(owner, { slackEvents: ["approval.requested", "key.failed"] });
    expect(eventsOnly.body.notifications.slack).toMatchObject({ configured: true, events: ["approval.requested", "key.failed"] });
    answers.push(JSON.stringify((await owner.json(NOTIFICATIONS)).body));
    const audit = await owner.json("/api/v1/audit?action=notifications.");
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(["notifications.slack_saved", "notifications.slack_saved"]);
    answers.push(JSON.stringify(audit.body));
    const page = await owner.fetch("/settings/notifications");
    expect(page.status).toBe(200);
    answers.push(await page.text());
    for (const answer of answers) expect(answer).not.toContain(new URL(secretUrl).pathname);

    const row = await db.teamNotificationChannel.findFirstOrThrow({
      where: { slackUrlHint: new URL(secretUrl).origin, slackEvents: "approval.requested,key.failed" },
    });
    expect(row.slackUrlBox).not.toContain(new URL(secretUrl).pathname);
    expect(decryptSecret(row.slackUrlBox, SECRET_KEY)).toBe(secretUrl);

    const removed = await put(owner, { slackWebhookUrl: null });
    expect(removed.body.notifications.slack).toEqual({ configured: false, urlHint: null, events: [...NOTIFICATION_EVENTS] });

    // A message still queued for the removed webhook is given up at once, not retried for a day.
    const later = new Date(Date.now() + 3_600_000);
    const orphan = await db.notificationOutbox.create({
      data: {
        teamId,
        channel: "slack",
        event: "key.failed",
        dedupeKey: `orphan:${teamId}`,
        messageBox: encryptSecret('{"subject":"s","text":"t"}'),
        status: "pending",
        nextAttemptAt: later,
      },
    });
    expect(await deliverAt(new Date(later.getTime() + 1_000))).toBeGreaterThanOrEqual(1);
    expect(await db.notificationOutbox.findUniqueOrThrow({ where: { id: orphan.id } })).toMatchObject({
      status: "failed",
      attempts: 1,
      lastError: "The team no longer has a Slack webhook.",
    });
  });
});
