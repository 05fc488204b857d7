import { createHash } from "node:crypto";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStorage, StorageError } from "@/lib/adapters/storage";
import { ingestFromUrl, IngestError, type IngestErrorCode, type IngestOptions } from "@/lib/adapters/storage/ingest";
import type { S3ObjectStorage } from "@/lib/adapters/storage/s3";
import type { ObjectStorage } from "@/lib/adapters/storage/types";
import { collect, patternBuffer, patternSha256, readAll, sha256Of } from "./helpers/bodies";
import { startS3 } from "./helpers/s3-server";
import { startVideoServer, type VideoServer } from "./helpers/video-server";

const FIXTURE = path.join(__dirname, "fixtures", "sample.mp4");
const LARGE = 6 * 1024 * 1024 + 17;
const MB = 1024 * 1024;

interface Driver {
  storage: ObjectStorage;
  /** Files or objects that exist anywhere in the store (temp files included for local). */
  everything(): Promise<string[]>;
  close(): Promise<void>;
}

async function localDriver(): Promise<Driver> {
  const root = await mkdtemp(path.join(os.tmpdir(), "reelroom-ingest-"));
  return {
    storage: createStorage({ driver: "local", root }),
    everything: async () => (await readdir(root, { recursive: true })).map(String),
    close: () => rm(root, { recursive: true, force: true }),
  };
}

async function s3Driver(): Promise<Driver> {
  const s3 = await startS3();
  const storage = createStorage(s3.config);
  return {
    storage,
    everything: () => collect(storage.list("")),
    async close() {
      (storage as S3ObjectStorage).destroy();
      await s3.close();
    },
  };
}

describe.each([
  ["local", localDriver],
  ["s3", s3Driver],
])("ingestFromUrl into %s storage", (_name, makeDriver) => {
  let server: VideoServer;
  let driver: Driver;
  let video: Buffer;
  let keyCounter = 0;

  beforeAll(async () => {
    video = await readFile(FIXTURE);
    server = await startVideoServer(video, LARGE);
    driver = await makeDriver();
  });
  afterAll(async () => {
    await server?.close();
    await driver?.close();
  });

  const nextKey = () => `videos/team1/gen${++keyCounter}.mp4`;
  const ingest = (urlPath: string, overrides: Partial<IngestOptions> = {}) =>
    ingestFromUrl({
      url: server.url(urlPath),
      storage: driver.storage,
      key: nextKey(),
      fetchImpl: fetch,
      allowedContentTypes: ["video/mp4"],
      maxBytes: 50 * MB,
      timeoutMs: 10_000,
      ...overrides,
    });

  async function expectFailure(promise: Promise<unknown>, code: IngestErrorCode, retryable: boolean) {
    const err = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(IngestError);
    const ingestError = err as IngestError;
    expect(ingestError.code).toBe(code);
    expect(ingestError.retryable).toBe(retryable);
    // Users never see provider or library text.
    expect(ingestError.userMessage).not.toMatch(/ECONN|terminated|AccessDenied|Request has expired|stack|HTTP|fetch/i);
    return ingestError;
  }

  it("stores the video with the sha256 and size of the served file", async () => {
    const key = nextKey();
    const result = await ingest("/ok.mp4", { key });
    expect(result).toEqual({
      bytes: video.length,
      sha256: createHash("sha256").update(video).digest("hex"),
      contentType: "video/mp4",
    });
    const stored = await driver.storage.get(key);
    expect(stored!.contentType).toBe("video/mp4");
    expect((await readAll(stored!.body)).equals(video)).toBe(true);
  });

  it.each([
    ["/large", "with Content-Length"],
    ["/chunked-large", "chunked"],
  ])("streams a multi-megabyte body (%s, %s) and hashes it on the way", async (urlPath) => {
    const key = nextKey();
    const result = await ingest(urlPath, { key });
    expect(result).toEqual({ bytes: LARGE, sha256: patternSha256(LARGE), contentType: "video/mp4" });
    const stored = await driver.storage.get(key, { start: LARGE - 100, end: LARGE - 1 });
    expect((await readAll(stored!.body)).equals(patternBuffer(LARGE - 100, 100))).toBe(true);
  });

  it.each(["/octet.mp4", "/binary.mp4", "/typed-params.mp4"])("accepts %s and stores it as video/mp4", async (urlPath) => {
    const key = nextKey();
    const result = await ingest(urlPath, { key });
    expect(result.contentType).toBe("video/mp4");
    expect(result.bytes).toBe(video.length);
    expect((await driver.storage.stat(key))?.contentType).toBe("video/mp4");
  });

  it("follows a redirect", async () => {
    expect((await ingest("/redirect")).bytes).toBe(video.length);
  });

  it("overwrites the same key when an archive is retried", async () => {
    const key = nextKey();
    await ingest("/large", { key });
    const again = await ingest("/ok.mp4", { key });
    expect(await sha256Of((await driver.storage.get(key))!.body)).toEqual({ sha256: again.sha256, bytes: video.length });
    expect(await collect(driver.storage.list(key))).toEqual([key]);
  });

  describe("refusals leave nothing under the key", () => {
    it.each<[string, IngestErrorCode, boolean, Partial<IngestOptions>]>([
      ["/html", "content_type", false, {}],
      ["/octet-html", "content_type", false, {}],
      ["/empty.mp4", "empty", false, {}],
      ["/missing", "url_expired", false, {}],
      ["/forbidden", "url_expired", false, {}],
      ["/gone", "url_expired", false, {}],
      ["/bad-request", "upstream_rejected", false, {}],
      ["/error", "upstream_error", true, {}],
      ["/unavailable", "upstream_error", true, {}],
      ["/throttled", "upstream_error", true, {}],
      ["/ok.mp4", "too_large", false, { maxBytes: 1000 }], // refused by Content-Length before reading
      ["/chunked-large", "too_large", false, { maxBytes: 2 * MB }], // refused by the running count
      ["/ok.mp4", "content_type", false, { allowedContentTypes: ["video/webm"] }],
      ["/drop", "network", true, {}],
      ["/drop-chunked", "network", true, {}],
      ["/stall-headers", "timeout", true, { timeoutMs: 300 }],
      ["/stall-body", "timeout", true, { timeoutMs: 300 }],
    ])("%s → %s (retryable %s)", async (urlPath, code, retryable, overrides) => {
      const key = nextKey();
      const err = await expectFailure(ingest(urlPath, { key, ...overrides }), code, retryable);
      if (["/missing", "/forbidden", "/gone", "/error"].includes(urlPath)) expect(err.status).toBeGreaterThanOrEqual(400);
      expect(await driver.storage.stat(key)).toBeNull();
      expect((await driver.everything()).filter((name) => name.includes(path.basename(key, ".mp4")))).toEqual([]);
    });

    it("a refused connection is retryable", async () => {
      await expectFailure(ingest("/", { url: "http://127.0.0.1:9/video.mp4" }), "network", true);
    });

    it("a server that lies about Content-Length is stopped by the running count", async () => {
      const key = nextKey();
      const lyingFetch = async () => {
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            for (let i = 0; i < 40; i++) controller.enqueue(new Uint8Array(64 * 1024));
            controller.close();
          },
        });
        return new Response(body, { headers: { "Content-Type": "video/mp4", "Content-Length": "1000" } });
      };
      await expectFailure(ingest("/ok.mp4", { key, fetchImpl: lyingFetch, maxBytes: MB }), "too_large", false);
      expect(await driver.storage.stat(key)).toBeNull();
    });

    it("a fetch that ignores the abort signal still times out", async () => {
      const key = nextKey();
      const deafFetch = async () =>
        new Response(new ReadableStream<Uint8Array>({ start: (c) => c.enqueue(video.subarray(0, 100)) }), {
          headers: { "Content-Type": "video/mp4" },
        });
      await expectFailure(ingest("/ok.mp4", { key, fetchImpl: deafFetch, timeoutMs: 200 }), "timeout", true);
      expect(await driver.storage.stat(key)).toBeNull();
    });

    it("a failed retry keeps the earlier archived copy", async () => {
      const key = nextKey();
      const first = await ingest("/ok.mp4", { key });
      await expectFailure(ingest("/drop", { key }), "network", true);
      expect((await sha256Of((await driver.storage.get(key))!.body)).sha256).toBe(first.sha256);
    });
  });

  it.each([["ftp://example.invalid/video.mp4"], ["not a url"]])("refuses the URL %j without fetching", async (url) => {
    let called = false;
    const spyFetch = async () => {
      called = true;
      return new Response("x");
    };
    await expectFailure(ingest("/", { url, fetchImpl: spyFetch }), "invalid_url", false);
    expect(called).toBe(false);
  });

  it("refuses an unsafe key before downloading", async () => {
    let called = false;
    const spyFetch = async () => {
      called = true;
      return new Response("x");
    };
    await expectFailure(ingest("/ok.mp4", { key: "../escape.mp4", fetchImpl: spyFetch }), "storage", false);
    expect(called).toBe(false);
  });

  it("reports a storage failure as retryable without leaking its text", async () => {
    const brokenStorage: ObjectStorage = {
      ...driver.storage,
      driver: driver.storage.driver,
      async put(_key, body) {
        for await (const _chunk of body) {
          throw new StorageError("unavailable", "EIO: disk on fire", { cause: new Error("EIO") });
        }
        return { bytes: 0 };
      },
    };
    const err = await expectFailure(ingest("/large", { storage: brokenStorage }), "storage", true);
    expect(err.userMessage).toBe("The video could not be saved to storage.");
  });

  it("never asks for a compressed body", async () => {
    let seen: Headers | undefined;
    const recordingFetch = (url: string, init: RequestInit) => {
      seen = new Headers(init.headers);
      return fetch(url, init);
    };
    await ingest("/ok.mp4", { fetchImpl: recordingFetch });
    expect(seen?.get("accept-encoding")).toBe("identity");
  });
});
