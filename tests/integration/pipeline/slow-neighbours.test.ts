// One team's slow outside calls (a webhook endpoint that holds every request past the delivery
// timeout, provider polls that take seconds) must not hold up another team's generations: each step
// and webhook sending have loops of their own, and rows run in slots, not in batches.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/adapters/db/client";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import { enqueueGenerationEvent } from "@/lib/services/webhooks/enqueue";
import { DB_KINDS, startApp, type TestApp } from "@/tests/support/app";
import { Client, uniqueEmail } from "@/tests/support/client";
import { t2vBody } from "@/tests/support/generations";
import { startReceiver, type Receiver } from "@/tests/integration/admin/receiver";

/** Submit to the provider's create call takes about one worker tick (100 ms here); this leaves room for a busy machine. */
const NORMAL_DISPATCH_MS = 4_000;

describe.each(DB_KINDS)("one team's slow calls on %s", (kind) => {
  let sim: RunningSimulator;
  let app: TestApp;
  let db: Db;
  let receiver: Receiver;
  beforeAll(async () => {
    sim = await startSimulator({ pendingMs: 200, runningMs: 300 });
    app = await startApp(kind, { DASHSCOPE_API_KEY: "sk-test", DASHSCOPE_BASE_URL: sim.baseUrlTemplate, SIMULATOR: "off" });
    db = createDb(app.databaseUrl);
    receiver = await startReceiver();
    receiver.holdMs = 14_000; // longer than the 10 s delivery timeout
  });
  afterAll(async () => {
    await db?.$disconnect();
    await receiver?.close();
    await app?.stop();
    await sim?.close();
  });

  async function submitAndTimeDispatch(c: Client, projectId: string, prompt: string): Promise<number> {
    const started = Date.now();
    const created = await c.json("/api/v1/generations", { body: t2vBody(projectId, prompt) });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    await expect.poll(() => sim.stats().tasks.some((t) => t.prompt === prompt), { timeout: 20_000, interval: 50 }).toBe(true);
    return Date.now() - started;
  }

  it("a slow webhook receiver: another team's submission still reaches the provider within the normal dispatch time", async () => {
    const slowTeam = new Client(app.url);
    const { teamId } = await slowTeam.signUp("Slow Hooks", uniqueEmail("slow-hooks"));
    const hook = await slowTeam.json("/api/v1/webhooks", { body: { url: receiver.url } });
    expect(hook.status).toBe(201);
    receiver.secret = hook.body.secret;

    const other = new Client(app.url);
    const { projectId } = await other.signUp("Busy Team", uniqueEmail("busy"));

    // Outside a transaction: on SQLite a read-then-write transaction would race the running worker for the lock.
    for (const id of ["gen-slow-1", "gen-slow-2"]) {
      await enqueueGenerationEvent(db, { id, teamId }, "generation.succeeded", { id, status: "succeeded" });
    }
    // The worker is now waiting on the held requests.
    await expect.poll(() => receiver.received.length, { timeout: 10_000, interval: 50 }).toBeGreaterThan(0);

    expect(await submitAndTimeDispatch(other, projectId, `Not held up (${kind})`)).toBeLessThan(NORMAL_DISPATCH_MS);
    // Still true while the first attempts time out and later ones are held again.
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await submitAndTimeDispatch(other, projectId, `Still not held up (${kind})`)).toBeLessThan(NORMAL_DISPATCH_MS);

    // The held deliveries time out and are scheduled again, with the timeout as the error.
    await expect
      .poll(async () => (await db.webhookDelivery.findMany({ where: { webhookId: hook.body.webhook.id, attempts: { gt: 0 } } })).length, { timeout: 30_000 })
      .toBe(2);
    const rows = await db.webhookDelivery.findMany({ where: { webhookId: hook.body.webhook.id } });
    for (const row of rows) expect(row).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: null, leaseOwner: null });
    expect(rows[0].lastError).toMatch(/did not finish within 10000 ms/);
  }, 90_000);

  it("slow provider polls: another team's submission still reaches the provider within the normal dispatch time", async () => {
    const slow = new Client(app.url);
    const { projectId: slowProject } = await slow.signUp("Slow Polls", uniqueEmail("slow-polls"));
    const other = new Client(app.url);
    const { projectId } = await other.signUp("Quick Team", uniqueEmail("quick"));
    await submitAndTimeDispatch(slow, slowProject, `Polled slowly (${kind})`);
    sim.configure({ pollLatencyMs: 8_000 });
    try {
      await new Promise((r) => setTimeout(r, 800)); // its next poll is now under way, and slow
      expect(await submitAndTimeDispatch(other, projectId, `Not held up by polls (${kind})`)).toBeLessThan(NORMAL_DISPATCH_MS);
    } finally {
      sim.configure({ pollLatencyMs: 0 });
    }
  });
});
