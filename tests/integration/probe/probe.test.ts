import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { statSync } from "node:fs";
import path from "node:path";
import { probeMedia } from "@/lib/adapters/probe/probe";
import { ProbeError } from "@/lib/adapters/probe/errors";
import { MEDIA_DIR, startFixtureServer, type FixtureServer } from "./fixture-server";

// Durations as reported by ffprobe for the files in tests/fixtures/media (see its README).
const FIXTURES = [
  { file: "moov-start.mp4", kind: "video", duration: 3.0, contentType: "video/mp4" },
  { file: "moov-end.mp4", kind: "video", duration: 3.0, contentType: "video/mp4" },
  { file: "clip.mov", kind: "video", duration: 2.52, contentType: "video/quicktime" },
  { file: "clip.webm", kind: "video", duration: 2.2, contentType: "video/webm" },
  { file: "image.png", kind: "image", duration: undefined, contentType: "image/png" },
  { file: "image.jpg", kind: "image", duration: undefined, contentType: "image/jpeg" },
  { file: "voice.wav", kind: "audio", duration: 3.5, contentType: "audio/wav" },
  { file: "voice.mp3", kind: "audio", duration: 4.075, contentType: "audio/mpeg" },
] as const;

const sizeOf = (file: string) => statSync(path.join(MEDIA_DIR, file)).size;

let server: FixtureServer;
const url = (p: string) => `${server.baseUrl}${p}`;
const probe = (p: string, opts: Parameters<typeof probeMedia>[1] = {}) => probeMedia(url(p), { allowPrivate: true, ...opts });

async function probeError(p: string, opts: Parameters<typeof probeMedia>[1] = {}): Promise<ProbeError> {
  const err = await probe(p, opts).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ProbeError);
  return err as ProbeError;
}

beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.reset());

describe("probeMedia: kind, size and duration", () => {
  it.each(FIXTURES)("$file with Range support", async ({ file, kind, duration, contentType }) => {
    const media = await probe(`/range/${file}`);
    expect(media.kind).toBe(kind);
    expect(media.bytes).toBe(sizeOf(file));
    expect(media.contentType).toBe(contentType);
    if (duration === undefined) expect(media.durationSeconds).toBeUndefined();
    else expect(Math.abs((media.durationSeconds ?? -1) - duration)).toBeLessThanOrEqual(0.05);
  });

  it.each(FIXTURES)("$file when the server ignores Range", async ({ file, kind, duration }) => {
    const media = await probe(`/norange/${file}`);
    expect(media.kind).toBe(kind);
    expect(media.bytes).toBe(sizeOf(file));
    if (duration !== undefined) expect(Math.abs((media.durationSeconds ?? -1) - duration)).toBeLessThanOrEqual(0.05);
  });

  it.each(FIXTURES)("$file streamed without Content-Length", async ({ file, kind, duration }) => {
    const media = await probe(`/chunked/${file}`);
    expect(media.kind).toBe(kind);
    expect(media.bytes).toBe(sizeOf(file)); // counted while streaming
    if (duration !== undefined) expect(Math.abs((media.durationSeconds ?? -1) - duration)).toBeLessThanOrEqual(0.05);
  });
});

describe("probeMedia: reads only what it needs", () => {
  it("finds a trailing moov by jumping over mdat with Range requests", async () => {
    const media = await probe("/range/moov-end.mp4");
    expect(media.durationSeconds).toBeCloseTo(3.0, 2);
    const size = sizeOf("moov-end.mp4");
    expect(server.bytesServed()).toBeLessThan(size / 2);
    // The moov request starts past the mdat (the file's last 3287 bytes).
    expect(server.requests().some((r) => r.includes(`bytes=${size - 3287}-`))).toBe(true);
  });

  it("reads a faststart MP4 with a single request", async () => {
    await probe("/range/moov-start.mp4");
    expect(server.requests()).toHaveLength(1);
  });

  it("reads only the head of an image", async () => {
    await probe("/range/image.png");
    expect(server.requests()).toEqual([expect.stringContaining("bytes=0-65535")]);
  });
});

describe("probeMedia: kind when the Content-Type is wrong or missing", () => {
  it.each([
    ["/wrongtype/image.png", "image", undefined],
    ["/notype/voice.mp3", "audio", 4.075],
    ["/notype/clip.webm", "video", 2.2],
    ["/octet/clip.mov", "video", 2.52],
    ["/wrongtype/voice.wav", "audio", 3.5],
  ] as const)("%s → %s", async (p, kind, duration) => {
    const media = await probe(p);
    expect(media.kind).toBe(kind);
    if (duration !== undefined) expect(Math.abs((media.durationSeconds ?? -1) - duration)).toBeLessThanOrEqual(0.05);
  });

  it("refuses an HTML page", async () => {
    const err = await probeError("/html");
    expect(err.code).toBe("unsupported_type");
    expect(err.userMessage).toContain(url("/html"));
    expect(err.userMessage).toContain("text/html");
  });

  it("refuses an empty file", async () => {
    const err = await probeError("/empty");
    expect(err.code).toBe("unsupported_type");
    expect(err.userMessage).toMatch(/empty/);
  });
});

describe("probeMedia: errors name the URL and the problem", () => {
  it.each([404, 403, 500])("HTTP %i", async (status) => {
    const err = await probeError(`/status/${status}`);
    expect(err.code).toBe("http_status");
    expect(err.status).toBe(status);
    expect(err.userMessage).toContain(url(`/status/${status}`));
    expect(err.userMessage).toContain(`HTTP ${status}`);
  });

  it("a missing file is a 404", async () => {
    const err = await probeError("/range/nope.mp4");
    expect(err.status).toBe(404);
  });

  it("times out on a slow server, within the time limit", async () => {
    const started = Date.now();
    const err = await probeError("/slow/clip.webm", { timeoutMs: 300 });
    expect(err.code).toBe("timeout");
    expect(err.userMessage).toContain(url("/slow/clip.webm"));
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("refuses a file whose declared size is over the cap, after reading only the head", async () => {
    const err = await probeError("/huge/moov-end.mp4");
    expect(err.code).toBe("oversize");
    expect(err.userMessage).toMatch(/500 MB, over the 100 MB limit/);
    expect(server.requests()).toHaveLength(1);
  });

  it("applies custom caps per kind", async () => {
    const err = await probeError("/range/image.png", { maxBytes: { image: 100 } });
    expect(err.code).toBe("oversize");
    expect(err.userMessage).toContain("image");
  });

  it("stops a stream without Content-Length at the cap", async () => {
    const err = await probeError("/chunked/moov-end.mp4", { maxBytes: { video: 100_000 } });
    expect(err.code).toBe("oversize");
  });

  it("refuses loopback addresses unless allowed", async () => {
    const err = await probeError("/range/image.png", { allowPrivate: false });
    expect(err.code).toBe("blocked_address");
    expect(server.requests()).toHaveLength(0);
  });

  it("reports an unreachable host", async () => {
    const closed = await startFixtureServer();
    const deadUrl = `${closed.baseUrl}/range/image.png`;
    await closed.close();
    const err = (await probeMedia(deadUrl, { allowPrivate: true }).catch((e: unknown) => e)) as ProbeError;
    expect(err).toBeInstanceOf(ProbeError);
    expect(err.code).toBe("unreachable");
    expect(err.userMessage).toContain(deadUrl);
  });

  it("refuses non-http URLs", async () => {
    const err = (await probeMedia("ftp://example.com/a.png").catch((e: unknown) => e)) as ProbeError;
    expect(err).toBeInstanceOf(ProbeError);
    expect(err.code).toBe("invalid_url");
  });
});
