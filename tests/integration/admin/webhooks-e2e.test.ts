import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import { startApp, type TestApp } from "@/tests/support/app";
import { Client, uniqueEmail } from "@/tests/support/client";
import { t2vBody, waitForStatus } from "@/tests/support/generations";
import { startReceiver, type Receiver } from "@/tests/integration/admin/receiver";

// The whole chain: a generation finishes in the app's in-process worker, which enqueues and sends
// the signed webhook to a local receiver.
describe("webhooks from a real generation", () => {
  let sim: RunningSimulator;
  let app: TestApp;
  let receiver: Receiver;
  beforeAll(async () => {
    sim = await startSimulator({ pendingMs: 200, runningMs: 300 });
    app = await startApp("sqlite", {
      DASHSCOPE_API_KEY: "sk-test-singapore",
      DASHSCOPE_REGION: "singapore",
      DASHSCOPE_BASE_URL: sim.baseUrlTemplate,
      SIMULATOR: "off",
    });
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver?.close();
    await app?.stop();
    await sim?.close();
  });

  it("delivers generation.succeeded with the public resource, signed", async () => {
    const c = new Client(app.url);
    const { projectId } = await c.signUp("E2E", uniqueEmail("e2e"));
    const hook = await c.json("/api/v1/webhooks", { body: { url: receiver.url, events: ["generation.succeeded"] } });
    expect(hook.status).toBe(201);
    receiver.secret = hook.body.secret;

    const created = await c.json("/api/v1/generations", { body: t2vBody(projectId) });
    expect(created.status).toBe(201);
    const done = await waitForStatus(c, created.body.generation.id, ["succeeded", "failed", "expired"]);
    expect(done.status).toBe("succeeded");

    const deadline = Date.now() + 15_000;
    while (receiver.received.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(receiver.received).toHaveLength(1);
    const got = receiver.received[0];
    expect(got.signatureValid).toBe(true);
    expect(got.json).toMatchObject({ type: "generation.succeeded", data: { generation: { id: done.id, status: "succeeded", estimate: { amount: "0.5" } } } });

    const log = await c.json(`/api/v1/webhooks/${hook.body.webhook.id}/deliveries`);
    await expect.poll(async () => (await c.json(`/api/v1/webhooks/${hook.body.webhook.id}/deliveries`)).body.items[0]?.status).toBe("delivered");
    expect(log.body.items[0]).toMatchObject({ event: "generation.succeeded", generationId: done.id });
  });
});
