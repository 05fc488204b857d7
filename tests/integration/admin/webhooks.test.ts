import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The delivery worker runs in this process and decrypts secrets the app stored: share its key.
const SECRET_KEY = randomBytes(32).toString("hex");
process.env.SECRET_KEY = SECRET_KEY;

import { createDb, type Db } from "@/lib/adapters/db/client";
import { deliverDueWebhooks } from "@/lib/services/webhooks/deliver";
import { enqueueGenerationEvent } from "@/lib/services/webhooks/enqueue";
import { Client, uniqueEmail } from "@/tests/support/client";
import { DB_KINDS, startApp, type TestApp } from "@/tests/support/app";
import { startReceiver, type Receiver } from "@/tests/integration/admin/receiver";

const resource = (id: string) => ({
  id,
  projectId: "p1",
  status: "succeeded",
  model: "wan2.6-t2v",
  estimate: { amount: "0.5", currency: "USD" },
  actual: { billedSeconds: 5, amount: "0.5", currency: "USD" },
  costMismatch: false,
  video: { url: `/api/v1/generations/${id}/video` },
});

describe.each(DB_KINDS)("webhooks on %s", (kind) => {
  let app: TestApp;
  let db: Db;
  let receiver: Receiver;
  beforeAll(async () => {
    // No in-process worker: this test drives deliverDueWebhooks itself.
    app = await startApp(kind, { SECRET_KEY, WORKER_IN_PROCESS: "false" });
    db = createDb(app.databaseUrl);
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await db?.$disconnect();
    await receiver?.close();
    await app?.stop();
  });

  async function newTeam(body: Record<string, unknown> = {}) {
    const owner = new Client(app.url);
    const account = await owner.signUp("Hook Owner", uniqueEmail("hooks"));
    const created = await owner.json("/api/v1/webhooks", { body: { url: receiver.url, ...body } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    receiver.secret = created.body.secret;
    receiver.received.length = 0;
    receiver.answers.length = 0;
    return { owner, teamId: account.teamId, webhook: created.body.webhook, secret: created.body.secret as string };
  }
  const deliver = (now?: Date, workerId = "test-worker") => deliverDueWebhooks({ workerId, db, allowPrivate: true, now });

  it("registers a webhook: secret shown once, stored encrypted; update and delete", async () => {
    const { owner, webhook, secret } = await newTeam({ events: ["generation.failed"], includeCost: false });
    expect(secret).toMatch(/^whsec_/);
    expect(webhook).toMatchObject({ url: receiver.url, events: ["generation.failed"], includeCost: false, active: true });
    const list = await owner.json("/api/v1/webhooks");
    expect(list.body.webhooks).toHaveLength(1);
    expect(JSON.stringify(list.body)).not.toContain(secret);
    const row = await db.webhook.findUniqueOrThrow({ where: { id: webhook.id } });
    expect(row.secretCiphertext).not.toContain(secret);

    const patched = await owner.json(`/api/v1/webhooks/${webhook.id}`, {
      method: "PATCH",
      body: { events: ["generation.succeeded", "generation.expired"], includeCost: true },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.webhook).toMatchObject({ events: ["generation.succeeded", "generation.expired"], includeCost: true });
    expect(patched.body.secret).toBeUndefined();
    const rotated = await owner.json(`/api/v1/webhooks/${webhook.id}`, { method: "PATCH", body: { rotateSecret: true } });
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(secret);
    const bad = await owner.json(`/api/v1/webhooks/${webhook.id}`, { method: "PATCH", body: { events: ["generation.started"] } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.issues[0].path).toMatch(/^events/);

    const stranger = new Client(app.url);
    await stranger.signUp("Stranger", uniqueEmail("stranger"));
    expect((await stranger.json(`/api/v1/webhooks/${webhook.id}`, { method: "PATCH", body: { active: false } })).status).toBe(404);
    expect((await stranger.json(`/api/v1/webhooks/${webhook.id}/deliveries`)).status).toBe(404);
    expect((await stranger.json(`/api/v1/webhooks/${webhook.id}`, { method: "DELETE" })).status).toBe(404);

    expect((await owner.json(`/api/v1/webhooks/${webhook.id}`, { method: "DELETE" })).status).toBe(200);
    expect((await owner.json("/api/v1/webhooks")).body.webhooks).toHaveLength(0);
    const actions = (await owner.json("/api/v1/audit?action=webhook.")).body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["webhook.created", "webhook.updated", "webhook.secret_rotated", "webhook.deleted"]));
  });

  it("delivers a signed event; a 500 is retried after 30 s and then delivered", async () => {
    const { owner, teamId, webhook } = await newTeam();
    receiver.answers.push(500);
    const added = await db.$transaction((tx) => enqueueGenerationEvent(tx, { id: "gen-retry", teamId }, "generation.succeeded", resource("gen-retry")));
    expect(added).toBe(1);

    const t0 = new Date();
    expect(await deliver(t0)).toBe(1);
    const first = await db.webhookDelivery.findFirstOrThrow({ where: { webhookId: webhook.id } });
    expect(first).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: 500, leaseOwner: null });
    expect(first.lastError).toMatch(/HTTP 500/);
    expect(first.nextAttemptAt.getTime() - t0.getTime()).toBe(30_000);
    expect(await deliver(new Date(t0.getTime() + 10_000))).toBe(0); // not due yet

    expect(await deliver(new Date(t0.getTime() + 31_000))).toBe(1);
    const done = await db.webhookDelivery.findUniqueOrThrow({ where: { id: first.id } });
    expect(done).toMatchObject({ status: "delivered", attempts: 2, lastStatusCode: 200, lastError: null });

    expect(receiver.received).toHaveLength(2);
    for (const got of receiver.received) {
      expect(got.signatureValid).toBe(true);
      expect(got.headers).toMatchObject({ "content-type": "application/json", "reelroom-event": "generation.succeeded", "reelroom-delivery": first.id });
      expect(Math.abs(Number(got.headers["reelroom-timestamp"]) - Date.now() / 1000)).toBeLessThan(60);
      expect(got.json).toMatchObject({ id: first.id, type: "generation.succeeded", data: { generation: { id: "gen-retry", estimate: { amount: "0.5" } } } });
    }
    const log = await owner.json(`/api/v1/webhooks/${webhook.id}/deliveries`);
    expect(log.body.items[0]).toMatchObject({ id: first.id, event: "generation.succeeded", status: "delivered", attempts: 2, lastStatusCode: 200 });
  });

  it("enqueues once per generation and event; drops costs when asked; skips paused webhooks", async () => {
    const { owner, teamId, webhook } = await newTeam({ includeCost: false, events: ["generation.failed"] });
    const enqueue = (id: string, event: "generation.failed" | "generation.succeeded") =>
      db.$transaction((tx) => enqueueGenerationEvent(tx, { id, teamId }, event, resource(id)));
    expect(await enqueue("gen-a", "generation.succeeded")).toBe(0); // not subscribed
    expect(await enqueue("gen-a", "generation.failed")).toBe(1);
    expect(await enqueue("gen-a", "generation.failed")).toBe(0); // a repeat is a no-op
    const row = await db.webhookDelivery.findFirstOrThrow({ where: { webhookId: webhook.id } });
    const payload = JSON.parse(row.payload);
    expect(payload.data.generation).not.toHaveProperty("estimate");
    expect(payload.data.generation).not.toHaveProperty("actual");
    expect(payload.data.generation.video).toBeTruthy();

    await owner.json(`/api/v1/webhooks/${webhook.id}`, { method: "PATCH", body: { active: false } });
    expect(await enqueue("gen-b", "generation.failed")).toBe(0);
    expect(await deliver()).toBe(0); // the pending delivery waits while paused
    await owner.json(`/api/v1/webhooks/${webhook.id}`, { method: "PATCH", body: { active: true } });
    expect(await deliver()).toBe(1);
    expect(receiver.received[0].json.data.generation).not.toHaveProperty("estimate");
  });

  it("sends a delivery once even when several workers run at the same time", async () => {
    const { teamId } = await newTeam();
    await db.$transaction((tx) => enqueueGenerationEvent(tx, { id: "gen-race", teamId }, "generation.succeeded", resource("gen-race")));
    const counts = await Promise.all(["w1", "w2", "w3", "w4"].map((w) => deliver(undefined, w)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    expect(receiver.received).toHaveLength(1);
  });

  it("resends a delivery with the same event id; another team cannot", async () => {
    const { owner, teamId, webhook } = await newTeam();
    await db.$transaction((tx) => enqueueGenerationEvent(tx, { id: "gen-resend", teamId }, "generation.succeeded", resource("gen-resend")));
    await deliver();
    const original = await db.webhookDelivery.findFirstOrThrow({ where: { webhookId: webhook.id } });
    const stranger = new Client(app.url);
    await stranger.signUp("Stranger", uniqueEmail("stranger"));
    expect((await stranger.json(`/api/v1/webhooks/deliveries/${original.id}/resend`, { method: "POST" })).status).toBe(404);

    const resent = await owner.json(`/api/v1/webhooks/deliveries/${original.id}/resend`, { method: "POST" });
    expect(resent.status).toBe(201);
    expect(resent.body.delivery).toMatchObject({ status: "pending", attempts: 0, event: "generation.succeeded" });
    expect(await deliver()).toBe(1);
    expect(receiver.received).toHaveLength(2);
    expect(receiver.received[1].json.id).toBe(original.id);
    expect(receiver.received[1].headers["reelroom-delivery"]).toBe(resent.body.delivery.id);
    expect(receiver.received[1].signatureValid).toBe(true);
    const log = (await owner.json(`/api/v1/webhooks/${webhook.id}/deliveries?limit=1`)).body;
    expect(log.items).toHaveLength(1);
    expect(log.nextCursor).toBeTruthy();
  });

  it("gives up 24 hours after creation and marks the delivery failed", async () => {
    const { teamId, webhook } = await newTeam();
    await db.$transaction((tx) => enqueueGenerationEvent(tx, { id: "gen-old", teamId }, "generation.expired", resource("gen-old")));
    await db.webhookDelivery.updateMany({ where: { webhookId: webhook.id }, data: { createdAt: new Date(Date.now() - 25 * 3_600_000) } });
    receiver.answers.push(503);
    expect(await deliver()).toBe(1);
    const row = await db.webhookDelivery.findFirstOrThrow({ where: { webhookId: webhook.id } });
    expect(row).toMatchObject({ status: "failed", attempts: 1, lastStatusCode: 503 });
  });

  it("records the HTTP status of a redirect, which is not followed", async () => {
    const { owner, teamId, webhook } = await newTeam();
    receiver.answers.push(302);
    await db.$transaction((tx) => enqueueGenerationEvent(tx, { id: "gen-redirect", teamId }, "generation.succeeded", resource("gen-redirect")));
    expect(await deliver()).toBe(1);
    expect(receiver.received).toHaveLength(1); // the Location was not followed
    const row = await db.webhookDelivery.findFirstOrThrow({ where: { webhookId: webhook.id } });
    expect(row).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: 302 });
    expect(row.lastError).toMatch(/redirect \(HTTP 302\); deliveries do not follow redirects/);
    const log = await owner.json(`/api/v1/webhooks/${webhook.id}/deliveries`);
    expect(log.body.items[0]).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: 302 });
    const listed = await owner.json("/api/v1/webhooks");
    expect(listed.body.webhooks[0].lastDelivery).toMatchObject({ status: "pending", lastStatusCode: 302 });
    await db.webhookDelivery.deleteMany({ where: { webhookId: webhook.id } });
  });

  it("audits an update with the before and after of each changed field, never the secret", async () => {
    const { owner, webhook, secret } = await newTeam({ events: ["generation.failed"], includeCost: true });
    const moved = `${receiver.url}/v2?token=hidden-token`;
    const patched = await owner.json(`/api/v1/webhooks/${webhook.id}`, {
      method: "PATCH",
      body: { url: moved, events: ["generation.failed", "generation.expired"], includeCost: true, active: false, rotateSecret: true },
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    // The same values again change nothing, so they add no entry.
    await owner.json(`/api/v1/webhooks/${webhook.id}`, { method: "PATCH", body: { url: moved, active: false } });

    const entries = (await owner.json("/api/v1/audit?action=webhook.")).body.items as { action: string; targetId: string; data: unknown }[];
    const updates = entries.filter((e) => e.action === "webhook.updated" && e.targetId === webhook.id);
    expect(updates).toHaveLength(1);
    expect(updates[0].data).toEqual({
      from: { url: receiver.url, events: ["generation.failed"], active: true },
      to: { url: `${receiver.url}/v2`, events: ["generation.failed", "generation.expired"], active: false },
    });
    const text = JSON.stringify(entries);
    for (const hidden of [secret, patched.body.secret, "hidden-token"]) expect(text).not.toContain(hidden);
    expect(entries.some((e) => e.action === "webhook.secret_rotated" && e.targetId === webhook.id)).toBe(true);
  });

  it("records a refused private address when private URLs are not allowed", async () => {
    const { teamId, webhook } = await newTeam();
    await db.$transaction((tx) => enqueueGenerationEvent(tx, { id: "gen-ssrf", teamId }, "generation.succeeded", resource("gen-ssrf")));
    expect(await deliverDueWebhooks({ workerId: "strict", db, allowPrivate: false })).toBe(1);
    const row = await db.webhookDelivery.findFirstOrThrow({ where: { webhookId: webhook.id } });
    expect(row).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: null });
    expect(row.lastError).toMatch(/private or local network address/);
    expect(receiver.received).toHaveLength(0);
    await db.webhookDelivery.deleteMany({ where: { webhookId: webhook.id } });
  });
});

describe("webhook URL checks with ALLOW_PRIVATE_URLS=false", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startApp("sqlite", { ALLOW_PRIVATE_URLS: "false" });
  });
  afterAll(() => app?.stop());

  it.each([
    "http://10.0.0.1/hook",
    "https://10.0.0.1/hook",
    "https://127.0.0.1/hook",
    "https://[::1]/hook",
    "https://169.254.169.254/latest",
    "http://localhost:8080/hook",
  ])("refuses %s", async (url) => {
    const owner = new Client(app.url);
    await owner.signUp("Strict", uniqueEmail("strict"));
    const res = await owner.json("/api/v1/webhooks", { body: { url } });
    expect(res.status).toBe(422);
    expect(res.body.error.issues[0].path).toBe("url");
    expect(res.body.error.message).toMatch(/private or local network address|must use https/);
  });

  it("refuses plain http to a public host and malformed URLs", async () => {
    const owner = new Client(app.url);
    await owner.signUp("Strict", uniqueEmail("strict"));
    const http = await owner.json("/api/v1/webhooks", { body: { url: "http://93.184.215.14/hook" } });
    expect(http.status).toBe(422);
    expect(http.body.error.message).toBe("The webhook URL must use https.");
    const ftp = await owner.json("/api/v1/webhooks", { body: { url: "ftp://example.com/x" } });
    expect(ftp.status).toBe(422);
    const none = await owner.json("/api/v1/webhooks", { body: { url: "nope" } });
    expect(none.status).toBe(422);
  });
});
