// Posters end to end: made while archiving, served with immutable caching and an ETag, private to
// the team (or a share link), never in the way of a video that ffmpeg cannot read, and filled in
// afterwards by `posters:backfill`. The provider is the simulator behind a small relay that can
// hand out a corrupt result file instead of the real one.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/adapters/db/client";
import { startSimulator, simulatorAssetsDir, type RunningSimulator } from "@/lib/simulator";
import { DB_KINDS, startApp, type TestApp } from "@/tests/support/app";
import { Client, uniqueEmail } from "@/tests/support/client";
import { t2vBody, waitForStatus } from "@/tests/support/generations";
import { s3StorageEnv, startS3, type RunningS3 } from "@/tests/integration/storage/helpers/s3-server";

interface Relay {
  baseUrlTemplate: string;
  corruptResults: boolean;
  close(): Promise<void>;
}

/** Passes every call through to the simulator; result downloads come back corrupt while asked to. */
async function startRelay(sim: RunningSimulator): Promise<Relay> {
  const original = readFileSync(path.join(simulatorAssetsDir(), "result.mp4"));
  // A real MP4 signature (so the download is accepted as a video) followed by bytes no decoder reads.
  const corrupt = Buffer.concat([original.subarray(0, 40), Buffer.alloc(16_384, 0x5a)]);
  let origin = "";
  const relay: Relay = { baseUrlTemplate: "", corruptResults: false, close: async () => undefined };
  const server: Server = createServer(async (req, res) => {
    if (relay.corruptResults && req.url?.startsWith("/results/")) {
      res.writeHead(200, { "content-type": "video/mp4", "content-length": String(corrupt.length) }).end(corrupt);
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => k !== "host" && k !== "content-length")) as Record<string, string>;
    const upstream = await fetch(sim.url + req.url, {
      method: req.method,
      headers,
      body: chunks.length ? Buffer.concat(chunks) : undefined,
    });
    let body = Buffer.from(await upstream.arrayBuffer());
    const type = upstream.headers.get("content-type") ?? "";
    if (type.includes("json")) body = Buffer.from(body.toString("utf8").replaceAll(sim.url, origin));
    res.writeHead(upstream.status, { "content-type": type, "content-length": String(body.length) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  relay.baseUrlTemplate = `${origin}/{region}/api/v1`;
  relay.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return relay;
}

/** Runs `posters:backfill` against the app's database and storage; its stdout. */
async function backfill(app: TestApp): Promise<string> {
  const child = spawn(path.join("node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/cli.ts", "posters:backfill"], {
    env: { ...process.env, ...app.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += String(d)));
  child.stderr.on("data", (d) => (stderr += String(d)));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  expect(code, stderr).toBe(0);
  return stdout;
}

const isJpeg = (bytes: Buffer) => bytes.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]));

describe.each(DB_KINDS)("video posters on %s", (kind) => {
  let sim: RunningSimulator;
  let relay: Relay;
  let app: TestApp;
  let c: Client;
  let projectId: string;
  let done: { id: string; posterUrl: string | null };

  beforeAll(async () => {
    sim = await startSimulator({ pendingMs: 100, runningMs: 200 });
    relay = await startRelay(sim);
    app = await startApp(kind, { DASHSCOPE_API_KEY: "sk-test", DASHSCOPE_BASE_URL: relay.baseUrlTemplate, SIMULATOR: "off" });
    c = new Client(app.url);
    projectId = (await c.signUp("Posters", uniqueEmail("poster"))).projectId;
    const created = await c.json("/api/v1/generations", { body: t2vBody(projectId, "A poster for this one") });
    done = await waitForStatus(c, created.body.generation.id, ["succeeded", "failed", "expired"]);
  });
  afterAll(async () => {
    await app?.stop();
    await relay?.close();
    await sim?.close();
  });

  it("gives a finished generation a versioned posterUrl", () => {
    expect(done).toMatchObject({ status: "succeeded" });
    expect(done.posterUrl).toMatch(new RegExp(`^/api/v1/generations/${done.id}/poster\\?v=[0-9a-f]{16}$`));
  });

  it("serves the poster as a long-cached JPEG with an ETag, and 304 for a matching If-None-Match", async () => {
    const res = await c.fetch(done.posterUrl!);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/jpeg");
    expect(res.headers.get("cache-control")).toMatch(/max-age=31536000/);
    expect(res.headers.get("cache-control")).toMatch(/immutable/);
    const etag = res.headers.get("etag")!;
    expect(etag).toBe(`"${new URL(done.posterUrl!, app.url).searchParams.get("v")}"`);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(isJpeg(bytes)).toBe(true);

    const again = await c.fetch(done.posterUrl!, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect((await again.arrayBuffer()).byteLength).toBe(0);
    const other = await c.fetch(done.posterUrl!, { headers: { "if-none-match": '"0000000000000000"' } });
    expect(other.status).toBe(200);
    const head = await c.fetch(`/api/v1/generations/${done.id}/poster`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("etag")).toBe(etag);
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  });

  it("keeps the poster private: 401 signed out, 404 for another team", async () => {
    expect((await new Client(app.url).fetch(`/api/v1/generations/${done.id}/poster`)).status).toBe(401);
    const stranger = new Client(app.url);
    await stranger.signUp("Elsewhere", uniqueEmail("poster-other"));
    const res = await stranger.fetch(`/api/v1/generations/${done.id}/poster`);
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe("not_found");
  });

  it("serves the poster behind a share link, and not once the link is revoked", async () => {
    const { body } = await c.json(`/api/v1/generations/${done.id}/share`, { body: { expiresInDays: 7 } });
    const token = new URL(body.share.url).pathname.split("/").pop()!;
    const anonymous = new Client(app.url);
    const res = await anonymous.fetch(`/api/v1/shares/${token}/poster`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/jpeg");
    const etag = res.headers.get("etag")!;
    expect(isJpeg(Buffer.from(await res.arrayBuffer()))).toBe(true);
    expect((await anonymous.fetch(`/api/v1/shares/${token}/poster`, { headers: { "if-none-match": etag } })).status).toBe(304);
    const page = await anonymous.fetch(`/share/${token}`);
    const html = await page.text();
    expect(html).toContain(`/api/v1/shares/${token}/poster?v=`);
    expect(html).toContain('data-testid="shared-poster"');

    expect((await anonymous.fetch(`/api/v1/shares/${token.slice(0, -2)}xx/poster`)).status).toBe(404);
    await c.json(`/api/v1/generations/${done.id}/share?shareId=${body.share.id}`, { method: "DELETE" });
    expect((await anonymous.fetch(`/api/v1/shares/${token}/poster`)).status).toBe(404);
  });

  it("archives a video ffmpeg cannot read all the same, with posterUrl null", async () => {
    relay.corruptResults = true;
    try {
      const created = await c.json("/api/v1/generations", { body: t2vBody(projectId, "A corrupt result file") });
      const corrupt = await waitForStatus(c, created.body.generation.id, ["succeeded", "failed", "expired"]);
      expect(corrupt.status).toBe("succeeded");
      expect(corrupt.video).not.toBeNull();
      expect(corrupt.posterUrl).toBeNull();
      expect((await c.fetch(`/api/v1/generations/${corrupt.id}/poster`)).status).toBe(404);
    } finally {
      relay.corruptResults = false;
    }
  });

  it("posters:backfill makes posters for archived videos that have none, and is safe to run again", async () => {
    const db = createDb(app.databaseUrl);
    try {
      await db.generation.update({ where: { id: done.id }, data: { posterKey: null } });
      expect((await c.json(`/api/v1/generations/${done.id}`)).body.posterUrl).toBeNull();
      // The earlier one and the corrupt one: only the first can have a poster.
      expect(await backfill(app)).toContain("Posters: scanned 2, made 1, failed 1.");
      const filled = (await c.json(`/api/v1/generations/${done.id}`)).body;
      expect(filled.posterUrl).toMatch(/\/poster\?v=[0-9a-f]{16}$/);
      expect((await c.fetch(filled.posterUrl)).headers.get("content-type")).toBe("image/jpeg");
      expect(await backfill(app)).toContain("Posters: scanned 1, made 0, failed 1.");
    } finally {
      await db.$disconnect();
    }
  });
});

describe("video posters in S3-compatible storage", () => {
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

  it("stores the poster in the bucket beside the video and serves it through the app", async () => {
    const c = new Client(app.url);
    const { projectId } = await c.signUp("Bucket posters", uniqueEmail("s3-poster"));
    const created = await c.json("/api/v1/generations", { body: t2vBody(projectId, "A poster in a bucket") });
    const done = await waitForStatus(c, created.body.generation.id, ["succeeded", "failed", "expired"]);
    expect(done.status).toBe("succeeded");
    const version = new URL(done.posterUrl, app.url).searchParams.get("v");
    const stored = readdirSync(s3.directory, { recursive: true }).map(String);
    expect(stored.some((file) => file.includes(`${done.id}.poster-${version}.jpg`))).toBe(true);
    expect(stored.some((file) => file.includes(`${done.id}.mp4`))).toBe(true);

    const res = await c.fetch(done.posterUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/jpeg");
    expect(res.headers.get("etag")).toBe(`"${version}"`);
    expect(isJpeg(Buffer.from(await res.arrayBuffer()))).toBe(true);
  });
});
