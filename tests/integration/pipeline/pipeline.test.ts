import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, simulatorAssetsDir, type RunningSimulator } from "@/lib/simulator";
import { DB_KINDS, startApp, type TestApp } from "@/tests/support/app";
import { Client, uniqueEmail } from "@/tests/support/client";
import { t2vBody, waitForStatus } from "@/tests/support/generations";

describe.each(DB_KINDS)("generation pipeline on %s", (kind) => {
  let sim: RunningSimulator;
  let app: TestApp;
  let c: Client;
  let projectId: string;

  beforeAll(async () => {
    sim = await startSimulator({ pendingMs: 200, runningMs: 400 });
    app = await startApp(kind, {
      DASHSCOPE_API_KEY: "sk-test-singapore",
      DASHSCOPE_REGION: "singapore",
      DASHSCOPE_BASE_URL: sim.baseUrlTemplate,
      SIMULATOR: "off",
    });
    c = new Client(app.url);
    projectId = (await c.signUp("Pipeline", uniqueEmail("pipe"))).projectId;
  });
  afterAll(async () => {
    await app?.stop();
    await sim?.close();
  });

  it("submits, dispatches, polls and archives a t2v video with its checksum and timeline", async () => {
    const created = await c.json("/api/v1/generations", { body: t2vBody(projectId) });
    expect(created.status).toBe(201);
    const g = created.body.generation;
    expect(g).toMatchObject({ status: "queued", model: "wan2.6-t2v", region: "singapore", projectId });
    expect(g.estimate).toMatchObject({ outputSeconds: 5, billedSeconds: 5, currency: "USD", unitPrice: "0.1", amount: "0.5" });

    const done = await waitForStatus(c, g.id, ["succeeded", "failed", "expired"]);
    expect(done.status).toBe("succeeded");
    expect(done.providerTaskId).toBeTruthy();
    expect(done.actual).toEqual({ billedSeconds: 5, amount: "0.5", currency: "USD" });
    const original = readFileSync(path.join(simulatorAssetsDir(), "result.mp4"));
    expect(done.video.bytes).toBe(original.length);
    expect(done.video.sha256).toBe(createHash("sha256").update(original).digest("hex"));

    const video = await c.fetch(`/api/v1/generations/${g.id}/video`);
    expect(video.status).toBe(200);
    expect(video.headers.get("content-type")).toBe("video/mp4");
    expect(Buffer.from(await video.arrayBuffer()).equals(original)).toBe(true);
    const range = await c.fetch(`/api/v1/generations/${g.id}/video`, { headers: { range: "bytes=100-199" } });
    expect(range.status).toBe(206);
    expect(range.headers.get("content-range")).toBe(`bytes 100-199/${original.length}`);
    expect((await range.arrayBuffer()).byteLength).toBe(100);

    const events = (await c.json(`/api/v1/generations/${g.id}/events`)).body.events.map((e: { type: string }) => e.type);
    expect(events[0]).toBe("queued");
    expect(events).toContain("submitted");
    expect(events).toContain("provider_succeeded");
    expect(events.at(-1)).toBe("succeeded");
    expect(sim.stats().tasks.filter((t) => t.taskId === done.providerTaskId)).toHaveLength(1);
  });

  it("is idempotent per Idempotency-Key: same body → same generation, other body → 409, concurrent → one task", async () => {
    const key = `key-${Date.now()}`;
    const body = t2vBody(projectId, "Idempotent fox");
    const [a, b] = await Promise.all([
      c.json("/api/v1/generations", { body, headers: { "idempotency-key": key } }),
      c.json("/api/v1/generations", { body, headers: { "idempotency-key": key } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.body.generation.id).toBe(b.body.generation.id);
    const again = await c.json("/api/v1/generations", { body, headers: { "idempotency-key": key } });
    expect(again.status).toBe(200);
    expect(again.body.generation.id).toBe(a.body.generation.id);
    const other = await c.json("/api/v1/generations", { body: { ...body, prompt: "Another fox" }, headers: { "idempotency-key": key } });
    expect(other.status).toBe(409);
    expect(other.body.error.code).toBe("idempotency_conflict");
    await waitForStatus(c, a.body.generation.id, ["succeeded"]);
    expect(sim.stats().tasks.filter((t) => t.prompt === "Idempotent fox")).toHaveLength(1);
  });

  it("refuses invalid requests with 422 issues naming the fields, and creates nothing", async () => {
    const before = (await c.json(`/api/v1/generations?projectId=${projectId}&limit=100`)).body.items.length;
    const bad = await c.json("/api/v1/generations", {
      body: {
        ...t2vBody(projectId),
        duration: 20,
        size: "1280x720",
        shotType: "multi",
        promptExtend: false,
        references: [{ url: "https://example.com/a.png" }],
      },
    });
    expect(bad.status).toBe(422);
    const paths = bad.body.error.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["duration", "size", "references"]));
    const silent = await c.json("/api/v1/generations", {
      body: {
        projectId,
        model: "wan2.6-r2v",
        region: "singapore",
        prompt: "character1 waves",
        audio: false,
        references: [{ url: sim.mediaUrl("person.mp4") }],
      },
    });
    expect(silent.status).toBe(422);
    expect(silent.body.error.message).toMatch(/wan2\.6-r2v-flash/);
    const noKey = await c.json("/api/v1/generations", { body: { ...t2vBody(projectId), region: "virginia" } });
    expect(noKey.status).toBe(422);
    expect(noKey.body.error.message).toMatch(/No provider key for virginia/);
    const missingProject = await c.json("/api/v1/generations", { body: t2vBody("nope") });
    expect(missingProject.status).toBe(404);
    const malformed = await c.fetch("/api/v1/generations", { method: "POST", headers: { "content-type": "application/json" }, body: "{" });
    expect(malformed.status).toBe(400);
    const after = (await c.json(`/api/v1/generations?projectId=${projectId}&limit=100`)).body.items.length;
    expect(after).toBe(before);
  });

  it("probes references: r2v estimate truncates input video seconds; unreachable references name the field", async () => {
    const body = {
      projectId,
      model: "wan2.6-r2v-flash",
      region: "singapore",
      prompt: "character1 holds character2",
      duration: 5,
      size: "1280*720",
      references: [{ url: sim.mediaUrl("person.mp4") }, { url: sim.mediaUrl("product.png") }],
    };
    const est = await c.json("/api/v1/estimates", { body });
    expect(est.status).toBe(200);
    expect(est.body.estimate).toMatchObject({ outputSeconds: 5, inputVideoSeconds: 2.5, billedSeconds: 7.5, amount: "0.375", currency: "USD" });
    expect(est.body.estimate.references.map((r: { type: string; billedSeconds: number }) => [r.type, r.billedSeconds])).toEqual([
      ["video", 2.5],
      ["image", 0],
    ]);
    const missing = await c.json("/api/v1/estimates", { body: { ...body, prompt: "character1 waves", references: [{ url: `${sim.url}/media/nope.mp4` }] } });
    expect(missing.status).toBe(422);
    expect(missing.body.error.issues[0].path).toBe("references.0.url");
    const created = await c.json("/api/v1/generations", { body });
    const done = await waitForStatus(c, created.body.generation.id, ["succeeded", "failed"]);
    expect(done.status).toBe("succeeded");
    expect(done.actual.billedSeconds).toBeCloseTo(7.5, 2);
  });

  it("records provider failures with code, message and an explanation, at no cost", async () => {
    const created = await c.json("/api/v1/generations", { body: t2vBody(projectId, "A cat [sim:fail=DataInspectionFailed]") });
    const done = await waitForStatus(c, created.body.generation.id, ["failed", "succeeded"]);
    expect(done.status).toBe("failed");
    expect(done.error.code).toBe("DataInspectionFailed");
    expect(done.error.title).toMatch(/moderation/i);
    expect(done.actual).toMatchObject({ billedSeconds: 0, amount: "0" });
    const refused = await c.json("/api/v1/generations", { body: t2vBody(projectId, "A cat [sim:reject=Arrearage]") });
    const failed = await waitForStatus(c, refused.body.generation.id, ["failed"]);
    expect(failed.error.code).toBe("Arrearage");
    expect(JSON.stringify(failed)).not.toMatch(/request_id|stack/i);
  });

  it("lists newest first with cursor paging and filters", async () => {
    const page1 = await c.json(`/api/v1/generations?projectId=${projectId}&limit=2`);
    expect(page1.body.items).toHaveLength(2);
    expect(page1.body.nextCursor).toBeTruthy();
    const page2 = await c.json(`/api/v1/generations?projectId=${projectId}&limit=2&cursor=${page1.body.nextCursor}`);
    const ids = [...page1.body.items, ...page2.body.items].map((g: { id: string }) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    const times = [...page1.body.items, ...page2.body.items].map((g: { createdAt: string }) => g.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    const failed = await c.json("/api/v1/generations?status=failed");
    expect(failed.body.items.every((g: { status: string }) => g.status === "failed")).toBe(true);
    const search = await c.json("/api/v1/generations?q=idempotent");
    expect(search.body.items.map((g: { prompt: string }) => g.prompt)).toEqual(["Idempotent fox"]);
    expect((await c.json("/api/v1/generations?limit=500")).status).toBe(422);
    expect((await c.json("/api/v1/generations?status=done")).status).toBe(422);
  });
});

describe("provider throttling", () => {
  it("20 submits against concurrency 1: all succeed, none fail for throttling", async () => {
    // Each task stays in flight for half a second, so the create that follows a success meets the
    // concurrency limit even on a loaded machine (at 150 ms it sometimes arrived after the task ended).
    const sim = await startSimulator({ pendingMs: 50, runningMs: 500, concurrency: { default: 1 }, perSecond: { default: 1 } });
    // Reelroom's own limit stays at the catalog's 5: the simulator's 429s must be absorbed by the queue.
    const app = await startApp("sqlite", { DASHSCOPE_API_KEY: "sk-test", DASHSCOPE_BASE_URL: sim.baseUrlTemplate, SIMULATOR: "off" });
    try {
      const c = new Client(app.url);
      const { projectId } = await c.signUp("Throttle", uniqueEmail("throttle"));
      const ids: string[] = [];
      for (let i = 0; i < 20; i++) ids.push((await c.json("/api/v1/generations", { body: t2vBody(projectId, `Clip ${i}`) })).body.generation.id);
      const results = await Promise.all(ids.map((id) => waitForStatus(c, id, ["succeeded", "failed", "expired"], 90_000)));
      expect(results.map((r) => r.status)).toEqual(Array(20).fill("succeeded"));
      expect(sim.stats().totalCreates).toBe(20);
      expect(sim.stats().rejectionsByCode).toHaveProperty("Throttling");
    } finally {
      await app.stop();
      await sim.close();
    }
  }, 120_000);
});
