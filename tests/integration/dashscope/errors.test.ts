// Every failure path of the client against the simulator over real HTTP.
import { createServer } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDashScopeClient } from "@/lib/adapters/dashscope";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import { clientFor, pollUntilDone, providerErrorOf, t2v } from "@/tests/integration/dashscope/helpers";

let sim: RunningSimulator;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  sim = await startSimulator({ pendingMs: 50, runningMs: 100, invalidKeys: ["sk-revoked-key"] });
  process.on("unhandledRejection", onUnhandled);
});
afterAll(async () => {
  process.off("unhandledRejection", onUnhandled);
  await sim.close();
});
beforeEach(() => sim.reset());
afterEach(() => expect(unhandled).toEqual([]));

describe("authentication", () => {
  it.each([
    ["a key starting with sk-bad", "sk-bad-0000"],
    ["a key on the invalid list", "sk-revoked-key"],
    ["a key without the sk- prefix", "abc"],
  ])("%s → 401 InvalidApiKey, kind auth, not retryable", async (_label, key) => {
    const error = await providerErrorOf(clientFor(sim, "singapore", key).createTask(t2v()));
    expect(error).toMatchObject({ kind: "auth", retryable: false, httpStatus: 401, code: "InvalidApiKey", providerMessage: "Invalid API-key provided." });
    expect(error.requestId).toBeTruthy();
  });

  it("an empty key → 401 No API-key provided.", async () => {
    const error = await providerErrorOf(clientFor(sim, "singapore", "").getTask("x"));
    expect(error).toMatchObject({ kind: "auth", httpStatus: 401, providerMessage: "No API-key provided." });
  });

  it("a region-bound key works in its region and fails in another", async () => {
    const key = "sk-beijing-1234567890";
    expect((await clientFor(sim, "beijing", key).createTask(t2v())).taskId).toBeTruthy();
    const error = await providerErrorOf(clientFor(sim, "singapore", key).createTask(t2v()));
    expect(error).toMatchObject({ kind: "auth", httpStatus: 401, code: "InvalidApiKey" });
  });

  it("checkKey answers valid / invalid and throws on other failures", async () => {
    expect(await clientFor(sim, "virginia", "sk-virginia-ok-000").checkKey()).toBe("valid");
    expect(await clientFor(sim, "singapore", "sk-virginia-ok-000").checkKey()).toBe("invalid");
    expect(await clientFor(sim, "singapore", "sk-bad-x").checkKey()).toBe("invalid");
    sim.configure({ failNextPoll: { status: 500, code: "InternalError" } });
    const error = await providerErrorOf(clientFor(sim).checkKey());
    expect(error).toMatchObject({ kind: "server", retryable: true });
  });

  it("a create without X-DashScope-Async → 403 AccessDenied (raw fetch)", async () => {
    const response = await fetch(`${sim.url}/api/v1/services/aigc/video-generation/video-synthesis`, {
      method: "POST",
      headers: { Authorization: "Bearer sk-test-key-0001", "Content-Type": "application/json" },
      body: JSON.stringify(t2v()),
    });
    expect(response.status).toBe(403);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ code: "AccessDenied", message: "current user api does not support synchronous calls" });
    expect(typeof body.request_id).toBe("string");
    expect(sim.stats().totalCreates).toBe(0);
  });
});

describe("rate limits", () => {
  it("429 Throttling when in-flight tasks reach the concurrency limit, retryable; frees up after completion", async () => {
    sim.configure({ concurrency: { default: 1 } });
    const client = clientFor(sim);
    const first = await client.createTask(t2v());
    const error = await providerErrorOf(client.createTask(t2v()));
    expect(error).toMatchObject({ kind: "throttled", retryable: true, httpStatus: 429, code: "Throttling" });
    // Another model has its own limit.
    expect((await client.createTask(t2v("wan2.2-t2v-plus", "x", { size: "832*480" }))).taskId).toBeTruthy();
    await pollUntilDone(client, first.taskId);
    expect((await client.createTask(t2v())).taskId).toBeTruthy();
    expect(sim.stats().rejectionsByCode).toEqual({ Throttling: 1 });
  });

  it("uses the built-in limit of 2 for wan2.1/2.2 and 5 for wan2.6", async () => {
    const client = clientFor(sim);
    for (let i = 0; i < 2; i += 1) await client.createTask(t2v("wan2.1-t2v-turbo", `t${i}`, { size: "832*480" }));
    expect((await providerErrorOf(client.createTask(t2v("wan2.1-t2v-turbo", "t3", { size: "832*480" })))).code).toMatch(/^Throttling/);
    sim.configure({ perSecond: { default: 100 } });
    for (let i = 0; i < 5; i += 1) await client.createTask(t2v("wan2.6-t2v", `s${i}`));
    expect((await providerErrorOf(client.createTask(t2v("wan2.6-t2v", "s6")))).code).toBe("Throttling");
  });

  it("429 Throttling.RateQuota over perSecond, with Retry-After honored", async () => {
    sim.configure({ perSecond: { "wan2.6-t2v": 2 } });
    const client = clientFor(sim);
    await client.createTask(t2v());
    await client.createTask(t2v());
    const error = await providerErrorOf(client.createTask(t2v()));
    expect(error).toMatchObject({ kind: "throttled", retryable: true, code: "Throttling.RateQuota", retryAfterMs: 1000 });
  });

  it("a forced 429 carries its Retry-After", async () => {
    sim.configure({ failNextCreate: { status: 429, code: "Throttling.AllocationQuota", retryAfterSeconds: 7 } });
    const error = await providerErrorOf(clientFor(sim).createTask(t2v()));
    expect(error).toMatchObject({ kind: "throttled", code: "Throttling.AllocationQuota", retryAfterMs: 7000 });
  });
});

describe("server trouble and broken answers", () => {
  it("5xx answers are retryable server errors (http500Rate)", async () => {
    sim.configure({ http500Rate: 1 });
    const client = clientFor(sim);
    expect(await providerErrorOf(client.createTask(t2v()))).toMatchObject({ kind: "server", retryable: true, httpStatus: 500, code: "InternalError" });
    expect(await providerErrorOf(client.getTask("x"))).toMatchObject({ kind: "server", retryable: true });
    sim.configure({ http500Rate: 0 });
    expect((await client.createTask(t2v())).taskId).toBeTruthy();
  });

  it("a forced 503 ModelUnavailable on a poll, once", async () => {
    const client = clientFor(sim);
    const created = await client.createTask(t2v());
    sim.configure({ failNextPoll: { status: 503, code: "ModelUnavailable" } });
    expect(await providerErrorOf(client.getTask(created.taskId))).toMatchObject({ kind: "server", retryable: true, httpStatus: 503 });
    expect((await client.getTask(created.taskId)).status).not.toBe("UNKNOWN");
  });

  it.each([
    [true, "getTask", true],
    [true, "createTask", false],
    [502, "createTask", true],
  ] as const)("malformed JSON (malformedNext %s) on %s → kind malformed, retryable %s", async (malformedNext, method, retryable) => {
    sim.configure({ malformedNext });
    const client = clientFor(sim);
    const call = method === "getTask" ? client.getTask("x") : client.createTask(t2v());
    expect(await providerErrorOf(call)).toMatchObject({ kind: "malformed", retryable });
    expect((await client.getTask("x")).status).toBe("UNKNOWN"); // one-shot
  });

  it("a hang longer than the client timeout → kind timeout, no unhandled rejection", async () => {
    sim.configure({ hangNextMs: 1500 });
    const client = clientFor(sim, "singapore", "sk-test-key-0001", { timeoutMs: 200 });
    const started = Date.now();
    const error = await providerErrorOf(client.createTask(t2v()));
    expect(error).toMatchObject({ kind: "timeout", retryable: true });
    expect(Date.now() - started).toBeLessThan(1200);
    // The hung create still lands at the provider, as a lost task would: listTasks finds it.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const listed = await clientFor(sim).listTasks({ startTime: new Date(Date.now() - 60_000), endTime: new Date(Date.now() + 60_000) });
    expect(listed.total).toBe(1);
  });

  it("connection refused → kind network, retryable", async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === "object" && address ? address.port : 1));
      });
    });
    const client = createDashScopeClient({ apiKey: "sk-x-000000", region: "singapore", baseUrl: `http://127.0.0.1:${port}/api/v1` });
    expect(await providerErrorOf(client.getTask("x"))).toMatchObject({ kind: "network", retryable: true });
    expect(await providerErrorOf(client.checkKey())).toMatchObject({ kind: "network" });
  });
});

describe("prompt markers that reject the create call", () => {
  it.each([
    ["Arrearage", 400, "arrearage", false],
    ["InvalidApiKey", 401, "auth", false],
    ["Throttling", 429, "throttled", true],
    ["InternalError", 500, "server", true],
    ["DataInspectionFailed", 400, "moderation", false],
    ["AccessDenied.Unpurchased", 403, "forbidden", false],
  ] as const)("[sim:reject=%s] → HTTP %i, kind %s", async (code, status, kind, retryable) => {
    const error = await providerErrorOf(clientFor(sim).createTask(t2v("wan2.6-t2v", `a cat [sim:reject=${code}]`)));
    expect(error).toMatchObject({ httpStatus: status, code, kind, retryable });
    expect(error.userMessage).not.toContain(error.providerMessage ?? "\u0000");
  });

  it("[sim:slow] runs ten times longer", async () => {
    const client = clientFor(sim);
    const slow = await client.createTask(t2v("wan2.6-t2v", "a cat [sim:slow]"));
    const normal = await client.createTask(t2v());
    await pollUntilDone(client, normal.taskId);
    expect((await client.getTask(slow.taskId)).status).toMatch(/PENDING|RUNNING/);
  });
});
