// Kills the worker (SIGKILL) at each step and restarts it: every generation must end archived
// exactly once, with one provider task and one stored file, and nothing half-written left behind.
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, simulatorAssetsDir, type RunningSimulator } from "@/lib/simulator";
import { S3ObjectStorage } from "@/lib/adapters/storage/s3";
import { startApp, type TestApp } from "@/tests/support/app";
import { Client, uniqueEmail } from "@/tests/support/client";
import { t2vBody, waitForStatus } from "@/tests/support/generations";
import { startCrashingWorker, startWorkerProcess } from "@/tests/support/worker";
import { s3StorageEnv, startS3, type RunningS3 } from "@/tests/integration/storage/helpers/s3-server";

const CRASH_POINTS = ["after-claim", "after-create", "mid-download", "after-upload"] as const;

function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => path.join(d.parentPath, d.name));
  } catch {
    return [];
  }
}

/** Every file under `dir`, relative and sorted: temp files and sidecars included. */
function relativeFiles(dir: string): string[] {
  return filesUnder(dir)
    .map((f) => path.relative(dir, f))
    .sort();
}

describe("crash safety of the worker", () => {
  let sim: RunningSimulator;
  let app: TestApp;
  let c: Client;
  let projectId: string;
  let teamId: string;
  const archived: string[] = [];
  /** One video and one poster (its content hash in the name) per archived generation, each with its content-type sidecar, and nothing else. */
  const expectedFiles = () =>
    archived
      .flatMap((id) => [
        `videos/${teamId}/${id}.mp4`,
        `videos/${teamId}/${id}.mp4.meta.json`,
        `videos/${teamId}/${id}.poster.jpg`,
        `videos/${teamId}/${id}.poster.jpg.meta.json`,
      ])
      .sort();
  const storedFiles = () =>
    relativeFiles(path.join(app.dataDir, "storage"))
      .map((f) => f.replace(/\.poster-[0-9a-f]+\.jpg/, ".poster.jpg"))
      .sort();

  beforeAll(async () => {
    sim = await startSimulator({ pendingMs: 100, runningMs: 200 });
    app = await startApp("sqlite", {
      DASHSCOPE_API_KEY: "sk-test",
      DASHSCOPE_BASE_URL: sim.baseUrlTemplate,
      SIMULATOR: "off",
      WORKER_IN_PROCESS: "false",
      WORKER_LEASE_MS: "1500",
    });
    c = new Client(app.url);
    ({ projectId, teamId } = await c.signUp("Crashy", uniqueEmail("crash")));
  });
  afterAll(async () => {
    await app?.stop();
    await sim?.close();
  });

  it.each(CRASH_POINTS)("survives a SIGKILL %s", async (point) => {
    // The generation is inserted while no worker runs (the "after insert" crash point).
    const prompt = `Crash test ${point}`;
    const { body } = await c.json("/api/v1/generations", { body: t2vBody(projectId, prompt) });
    const id = body.generation.id as string;

    const doomed = startCrashingWorker(app, point);
    const code = await doomed.exited;
    // tsx runs the worker in a child node process; its SIGKILL surfaces as exit code 137.
    expect(doomed.child.signalCode === "SIGKILL" || code === 137, doomed.logs.join("")).toBe(true);
    expect(doomed.logs.join("")).toContain(`crashing at ${point}`);

    const healthy = startWorkerProcess(app);
    try {
      const done = await waitForStatus(c, id, ["succeeded", "failed", "expired"], 45_000);
      expect(done.status).toBe("succeeded");
      archived.push(id);
      // What the crash left half-written is swept once idle for a lease, while the worker runs.
      await expect.poll(storedFiles, { timeout: 15_000 }).toEqual(expectedFiles());
    } finally {
      healthy.child.kill("SIGTERM");
      await healthy.exited;
    }
    expect(sim.stats().tasks.filter((t) => t.prompt === prompt)).toHaveLength(1);
    const events = (await c.json(`/api/v1/generations/${id}/events`)).body.events.map((e: { type: string }) => e.type);
    expect(events.filter((t: string) => t === "succeeded")).toHaveLength(1);
    if (point === "after-create") {
      // The task created just before the crash was found at the provider and adopted, not re-sent.
      const timeline = (await c.json(`/api/v1/generations/${id}/events`)).body.events as { type: string; data: { recovered?: boolean } | null }[];
      expect(timeline.some((e) => e.type === "submitted" && e.data?.recovered)).toBe(true);
    }
    const stored = filesUnder(path.join(app.dataDir, "storage", "videos", teamId)).filter((f) => f.includes(id));
    expect(stored.filter((f) => f.endsWith(".mp4"))).toHaveLength(1);
  });

  it("leaves no temporary or orphaned files behind", () => {
    const all = filesUnder(path.join(app.dataDir, "storage"));
    const videos = all.filter((f) => f.endsWith(".mp4"));
    expect(videos).toHaveLength(CRASH_POINTS.length);
    expect(all.filter((f) => f.endsWith(".jpg"))).toHaveLength(CRASH_POINTS.length);
    expect(all.filter((f) => !f.endsWith(".mp4") && !f.endsWith(".meta.json") && !f.endsWith(".jpg"))).toEqual([]);
  });
});

describe("crash safety of archiving into S3-compatible storage", () => {
  const VIDEO_BYTES = 20 * 1024 * 1024; // several 8 MB parts: stored as a multipart upload
  let assetsDir: string;
  let video: Buffer;
  let sim: RunningSimulator;
  let s3: RunningS3;
  let bucket: S3ObjectStorage;
  let app: TestApp;

  beforeAll(async () => {
    // The simulator's result video, padded so that storing it takes a multipart upload.
    assetsDir = mkdtempSync(path.join(os.tmpdir(), "reelroom-big-assets-"));
    cpSync(simulatorAssetsDir(), assetsDir, { recursive: true });
    const original = readFileSync(path.join(assetsDir, "result.mp4"));
    video = Buffer.concat([original, Buffer.alloc(VIDEO_BYTES - original.length, 1)]);
    writeFileSync(path.join(assetsDir, "result.mp4"), video);
    sim = await startSimulator({ pendingMs: 100, runningMs: 200, assetsDir });
    s3 = await startS3();
    bucket = new S3ObjectStorage(s3.config);
    app = await startApp("sqlite", {
      DASHSCOPE_API_KEY: "sk-test",
      DASHSCOPE_BASE_URL: sim.baseUrlTemplate,
      SIMULATOR: "off",
      WORKER_IN_PROCESS: "false",
      WORKER_LEASE_MS: "1500",
      ...s3StorageEnv(s3),
    });
  });
  afterAll(async () => {
    await app?.stop();
    bucket?.destroy();
    await s3?.close();
    await sim?.close();
    if (assetsDir) rmSync(assetsDir, { recursive: true, force: true });
  });

  it("survives a SIGKILL mid-upload: the incomplete multipart upload is aborted, one video object stays", async () => {
    const c = new Client(app.url);
    const { projectId, teamId } = await c.signUp("Crashy S3", uniqueEmail("crash-s3"));
    const { body } = await c.json("/api/v1/generations", { body: t2vBody(projectId, "Crash test mid-upload to S3") });
    const id = body.generation.id as string;
    const key = `videos/${teamId}/${id}.mp4`;

    // Past the first 8 MB part, so the multipart upload has begun when the worker dies.
    const doomed = startCrashingWorker(app, "mid-download", { afterBytes: 9 * 1024 * 1024 });
    await doomed.exited;
    expect(doomed.logs.join("")).toContain("crashing at mid-download");
    expect((await s3.incompleteUploads()).map((u) => u.key)).toEqual([key]);

    const healthy = startWorkerProcess(app);
    try {
      const done = await waitForStatus(c, id, ["succeeded", "failed", "expired"], 45_000);
      expect(done.status).toBe("succeeded");
      expect(done.video.sha256).toBe(createHash("sha256").update(video).digest("hex"));
      await expect.poll(async () => (await s3.incompleteUploads()).map((u) => u.key), { timeout: 15_000 }).toEqual([]);
    } finally {
      healthy.child.kill("SIGTERM");
      await healthy.exited;
    }
    const objects: string[] = [];
    for await (const k of bucket.list("")) objects.push(k);
    // The video and its poster (made from the archived object once it is complete).
    expect(objects.filter((k) => !/\.poster-[0-9a-f]+\.jpg$/.test(k))).toEqual([key]);
    expect(objects.filter((k) => k.startsWith(`videos/${teamId}/${id}.poster-`))).toHaveLength(1);
  }, 120_000);
});
