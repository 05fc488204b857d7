// Media fixtures, references hosted elsewhere, the control API and a clean shutdown.
import { createServer, type Server } from "node:http";
import { parseBuffer } from "music-metadata";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SIM_MEDIA, startSimulator, type RunningSimulator } from "@/lib/simulator";
import { clientFor, pollUntilDone, providerErrorOf, t2v } from "@/tests/integration/dashscope/helpers";

let sim: RunningSimulator;
let host: Server;
let hostUrl = "";

beforeAll(async () => {
  sim = await startSimulator({ pendingMs: 30, runningMs: 60 });
  // A separate "public" server hosting a reference without a file extension.
  const person = Buffer.from(await (await fetch(sim.mediaUrl("person.mp4"))).arrayBuffer());
  host = createServer((req, res) => {
    if (req.url === "/clip") {
      res.writeHead(200, { "Content-Type": "video/mp4", "Content-Length": person.length });
      res.end(req.method === "HEAD" ? undefined : person);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  const address = host.address();
  hostUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => host.close(() => resolve()));
  await sim.close();
});
beforeEach(() => sim.reset());

describe("media fixtures", () => {
  it.each(Object.values(SIM_MEDIA))("$name is served with its content type, under 300 KB", async (asset) => {
    const response = await fetch(sim.mediaUrl(asset.name));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(asset.contentType);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(Number(response.headers.get("content-length"))).toBe(bytes.length);
    expect(bytes.length).toBeLessThan(300 * 1024);
    if (asset.durationSeconds !== undefined) {
      const metadata = await parseBuffer(bytes, { mimeType: asset.contentType }, { duration: true });
      expect(metadata.format.duration).toBeCloseTo(asset.durationSeconds, 0);
    }
  });

  it("result.mp4 is H.264 + AAC in an MP4 container", async () => {
    const bytes = new Uint8Array(await (await fetch(sim.mediaUrl("result.mp4"))).arrayBuffer());
    const metadata = await parseBuffer(bytes, { mimeType: "video/mp4" });
    expect(metadata.format.container).toContain("avc1");
    expect(metadata.format.codec).toBe("MPEG-4/AAC");
  });

  it.each([
    ["bytes=10-19", 206, "bytes 10-19/", 10],
    ["bytes=-5", 206, "bytes ", 5],
    ["bytes=100-", 206, "bytes 100-", undefined],
    ["bytes=99999999-", 416, "bytes */", 0],
  ] as const)("Range %s → %i", async (range, status, contentRange, length) => {
    const response = await fetch(sim.mediaUrl("product.png"), { headers: { Range: range } });
    expect(response.status).toBe(status);
    expect(response.headers.get("content-range")).toContain(contentRange);
    const body = await response.arrayBuffer();
    if (length !== undefined) expect(body.byteLength).toBe(length);
  });

  it("HEAD answers headers only; unknown names are 404", async () => {
    const head = await fetch(sim.mediaUrl("voice.wav"), { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-type")).toBe("audio/wav");
    expect((await fetch(sim.mediaUrl("nope.mp4"))).status).toBe(404);
  });
});

describe("references hosted elsewhere", () => {
  it("reads kind from Content-Type and duration with music-metadata", async () => {
    const client = clientFor(sim, "virginia");
    // Virginia's wan2.6-r2v accepts videos only, so this also proves the kind was detected.
    const created = await client.createTask({
      model: "wan2.6-r2v",
      input: { prompt: "character1 smiles", reference_urls: [`${hostUrl}/clip`] },
      parameters: { size: "1280*720", duration: 5 },
    });
    const done = await pollUntilDone(client, created.taskId);
    expect(done.usage?.inputVideoSeconds).toBeCloseTo(4.2, 1);
    expect(done.usage?.billedSeconds).toBeCloseTo(9.2, 1);
  });

  it("an unreachable video counts as 0 s and the task still succeeds", async () => {
    const client = clientFor(sim);
    const created = await client.createTask({
      model: "wan2.6-r2v-flash",
      input: { prompt: "character1", reference_urls: [`${hostUrl}/missing.mp4`] },
      parameters: { size: "1280*720" },
    });
    const done = await pollUntilDone(client, created.taskId);
    expect(done.status).toBe("SUCCEEDED");
    expect(done.usage).toMatchObject({ inputVideoSeconds: 0, outputSeconds: 5, billedSeconds: 5 });
  });
});

describe("routing and control API", () => {
  it("/api/v1 without a region prefix is Singapore", async () => {
    const response = await fetch(`${sim.url}/api/v1/services/aigc/video-generation/video-synthesis`, {
      method: "POST",
      headers: { Authorization: "Bearer sk-test-key-0001", "X-DashScope-Async": "enable", "Content-Type": "application/json" },
      body: JSON.stringify(t2v()),
    });
    const { output } = (await response.json()) as { output: { task_id: string } };
    expect((await clientFor(sim, "singapore").getTask(output.task_id)).status).not.toBe("UNKNOWN");
    expect(sim.stats().createsByRegion).toEqual({ singapore: 1 });
  });

  it("an unknown region prefix is 404", async () => {
    const response = await fetch(`${sim.url}/tokyo/api/v1/tasks/x`, { headers: { Authorization: "Bearer sk-a-000000" } });
    expect(response.status).toBe(404);
  });

  it("POST /__sim/config changes behavior, GET /__sim/stats reports, POST /__sim/reset clears", async () => {
    const configured = await fetch(`${sim.url}/__sim/config`, {
      method: "POST",
      body: JSON.stringify({ failNextCreate: { status: 400, code: "Arrearage" }, bogus: 1 }),
    });
    expect(configured.status).toBe(200);
    expect(await configured.json()).not.toHaveProperty("bogus");
    const error = await providerErrorOf(clientFor(sim).createTask(t2v()));
    expect(error).toMatchObject({ kind: "arrearage", httpStatus: 400 });
    await clientFor(sim).createTask(t2v("wan2.6-t2v", "after"));
    const stats = (await (await fetch(`${sim.url}/__sim/stats`)).json()) as {
      totalCreates: number;
      rejectedCreates: number;
      tasks: { prompt: string; status: string }[];
    };
    expect(stats).toMatchObject({ totalCreates: 1, rejectedCreates: 1 });
    expect(stats.tasks[0].prompt).toBe("after");
    expect(["PENDING", "RUNNING", "SUCCEEDED"]).toContain(stats.tasks[0].status);
    expect((await fetch(`${sim.url}/__sim/reset`, { method: "POST" })).status).toBe(200);
    expect(sim.stats()).toMatchObject({ totalCreates: 0, tasks: [] });
    expect((await fetch(`${sim.url}/__sim/config`, { method: "POST", body: "[1]" })).status).toBe(400);
  });
});

describe("shutdown", () => {
  it("close() resolves with a hung request and an open connection, then refuses connections", async () => {
    const other = await startSimulator();
    other.configure({ hangNextMs: 30_000 });
    const client = clientFor(other, "singapore", "sk-test-key-0001", { timeoutMs: 5_000 });
    const hung = client.getTask("x").catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await other.close();
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await hung).toMatchObject({ kind: "network" });
    expect(await providerErrorOf(client.getTask("x"))).toMatchObject({ kind: "network" });
  });
});
