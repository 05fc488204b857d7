// The whole path with S3-compatible storage: the worker archives into a bucket, the video
// endpoint answers with a short-lived signed URL, and that URL serves the same bytes (with Range).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, simulatorAssetsDir, type RunningSimulator } from "@/lib/simulator";
import { startApp, type TestApp } from "@/tests/support/app";
import { Client, uniqueEmail } from "@/tests/support/client";
import { t2vBody, waitForStatus } from "@/tests/support/generations";
import { s3StorageEnv, startS3, type RunningS3 } from "@/tests/integration/storage/helpers/s3-server";

describe("archiving into S3-compatible storage", () => {
  let sim: RunningSimulator;
  let s3: RunningS3;
  let app: TestApp;

  beforeAll(async () => {
    sim = await startSimulator({ pendingMs: 100, runningMs: 200 });
    s3 = await startS3();
    app = await startApp("sqlite", {
      DASHSCOPE_API_KEY: "sk-test",
      DASHSCOPE_BASE_URL: sim.baseUrlTemplate,
      SIMULATOR: "off",
      ...s3StorageEnv(s3),
    });
  });
  afterAll(async () => {
    await app?.stop();
    await s3?.close();
    await sim?.close();
  });

  it("stores the video in the bucket and serves it through a signed URL", async () => {
    const c = new Client(app.url);
    const { projectId } = await c.signUp("Bucket", uniqueEmail("s3"));
    const created = await c.json("/api/v1/generations", { body: t2vBody(projectId, "Archived to a bucket") });
    const done = await waitForStatus(c, created.body.generation.id, ["succeeded", "failed", "expired"]);
    expect(done.status).toBe("succeeded");
    const original = readFileSync(path.join(simulatorAssetsDir(), "result.mp4"));
    expect(done.video.sha256).toBe(createHash("sha256").update(original).digest("hex"));
    expect(s3.events.some((e) => e.startsWith("ObjectCreated"))).toBe(true);

    const redirect = await c.fetch(`/api/v1/generations/${done.id}/video`);
    expect(redirect.status).toBe(302);
    const signed = redirect.headers.get("location")!;
    expect(signed).toContain(s3.config.endpoint);
    expect(signed).toMatch(/X-Amz-Signature=/);
    const body = Buffer.from(await (await fetch(signed)).arrayBuffer());
    expect(body.equals(original)).toBe(true);
    const partial = await fetch(signed, { headers: { range: "bytes=0-99" } });
    expect(partial.status).toBe(206);
    expect((await partial.arrayBuffer()).byteLength).toBe(100);
  });
});
