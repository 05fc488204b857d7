// Posters from real video files: small MP4s made here with the bundled ffmpeg (one with its index
// at the start, one with it at the end), rendered through the same loopback source the app uses.
import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { bundledFfmpegPath, PosterError, POSTER_WIDTH, renderPoster } from "@/lib/adapters/media/poster";
import { serveOnLoopback } from "@/lib/adapters/media/storage-source";
import { LocalObjectStorage } from "@/lib/adapters/storage/local";
import { posterVersion } from "@/lib/adapters/storage";
import { makePoster } from "@/lib/services/generations/poster";

/** Width and height from a baseline or progressive JPEG's start-of-frame marker. */
function jpegSize(bytes: Buffer): { width: number; height: number } {
  let at = 2;
  while (at < bytes.length) {
    const marker = bytes[at + 1];
    const length = bytes.readUInt16BE(at + 2);
    if (marker >= 0xc0 && marker <= 0xc3) return { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) };
    at += 2 + length;
  }
  throw new Error("no start-of-frame marker");
}

describe("renderPoster", () => {
  let dir: string;
  let ffmpeg: string;
  let faststart: string;
  let moovAtEnd: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "reelroom-poster-"));
    ffmpeg = (await bundledFfmpegPath())!;
    const make = (file: string, extra: string[]) =>
      execFileSync(ffmpeg, [
        ...["-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i", "testsrc=duration=2:size=640x360:rate=25"],
        ...["-pix_fmt", "yuv420p", ...extra, file],
      ]);
    faststart = path.join(dir, "faststart.mp4");
    moovAtEnd = path.join(dir, "moov-at-end.mp4");
    make(faststart, ["-movflags", "+faststart"]);
    make(moovAtEnd, []);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("finds the bundled ffmpeg binary", () => {
    expect(ffmpeg).toMatch(/ffmpeg/);
  });

  it("keeps the index at the end in the file written without faststart", () => {
    const bytes = readFileSync(moovAtEnd);
    expect(bytes.indexOf("moov")).toBeGreaterThan(bytes.indexOf("mdat"));
  });

  it("renders a 480 px wide JPEG from a local file", async () => {
    const jpeg = await renderPoster(faststart);
    expect(jpeg.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))).toBe(true);
    expect(jpegSize(jpeg)).toEqual({ width: POSTER_WIDTH, height: 270 });
  });

  it("renders from a file with its index at the end, read over loopback HTTP with Range", async () => {
    const storage = new LocalObjectStorage({ root: path.join(dir, "store"), fsync: false });
    await storage.put("videos/t/late.mp4", Readable.from([readFileSync(moovAtEnd)]), { contentType: "video/mp4" });
    const source = await serveOnLoopback(storage, "videos/t/late.mp4");
    try {
      expect(jpegSize(await renderPoster(source.url))).toEqual({ width: POSTER_WIDTH, height: 270 });
      expect((await fetch(`${new URL(source.url).origin}/other`)).status).toBe(404);
    } finally {
      await source.close();
    }
  });

  it("renders posters from the simulator's videos", async () => {
    for (const name of ["result.mp4", "person.mp4", "dancer.mp4"]) {
      const jpeg = await renderPoster(path.resolve("lib/simulator/assets", name));
      expect(jpegSize(jpeg).width, name).toBe(POSTER_WIDTH);
    }
  });

  it("takes the first frame of a video shorter than the poster time", async () => {
    const short = path.join(dir, "short.mp4");
    execFileSync(ffmpeg, ["-loglevel", "error", "-y", "-f", "lavfi", "-i", "testsrc=duration=0.2:size=320x180:rate=25", "-pix_fmt", "yuv420p", short]);
    expect(jpegSize(await renderPoster(short)).width).toBe(POSTER_WIDTH);
  });

  it("rejects a corrupt file with PosterError(no_frame)", async () => {
    const corrupt = path.join(dir, "corrupt.mp4");
    writeFileSync(corrupt, Buffer.concat([readFileSync(faststart).subarray(0, 64), Buffer.alloc(4096, 0x5a)]));
    await expect(renderPoster(corrupt)).rejects.toMatchObject({ name: "PosterError", reason: "no_frame" });
  });

  it("rejects with PosterError(timeout) and kills ffmpeg when it runs too long", async () => {
    const slow = path.join(dir, "slow-ffmpeg.sh");
    writeFileSync(slow, "#!/bin/sh\nexec sleep 30\n");
    chmodSync(slow, 0o755);
    const started = Date.now();
    await expect(renderPoster(faststart, { ffmpegPath: slow, timeoutMs: 300 })).rejects.toMatchObject({ reason: "timeout" });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("rejects with PosterError(ffmpeg_missing) when the binary is absent", async () => {
    const error = await renderPoster(faststart, { ffmpegPath: path.join(dir, "no-such-ffmpeg") }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PosterError);
    expect((error as PosterError).reason).toBe("ffmpeg_missing");
  });

  describe("makePoster", () => {
    it("stores the JPEG beside the video under a key carrying its hash", async () => {
      const storage = new LocalObjectStorage({ root: path.join(dir, "store2"), fsync: false });
      await storage.put("videos/team1/gen1.mp4", Readable.from([readFileSync(moovAtEnd)]), { contentType: "video/mp4" });
      const key = await makePoster({ id: "gen1", teamId: "team1", videoKey: "videos/team1/gen1.mp4" }, { storage });
      expect(key).toMatch(/^videos\/team1\/gen1\.poster-[0-9a-f]{16}\.jpg$/);
      expect(posterVersion(key!)).toHaveLength(16);
      const stored = await storage.stat(key!);
      expect(stored?.contentType).toBe("image/jpeg");
    });

    it("returns null (no throw) for a corrupt video, a missing object or a timeout", async () => {
      const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
      const storage = new LocalObjectStorage({ root: path.join(dir, "store3"), fsync: false });
      await storage.put("videos/t/bad.mp4", Readable.from([Buffer.alloc(8192, 0x11)]), { contentType: "video/mp4" });
      await storage.put("videos/t/good.mp4", Readable.from([readFileSync(faststart)]), { contentType: "video/mp4" });
      await expect(makePoster({ id: "bad", teamId: "t", videoKey: "videos/t/bad.mp4" }, { storage })).resolves.toBeNull();
      await expect(makePoster({ id: "gone", teamId: "t", videoKey: "videos/t/gone.mp4" }, { storage })).resolves.toBeNull();
      await expect(makePoster({ id: "good", teamId: "t", videoKey: "videos/t/good.mp4" }, { storage, timeoutMs: 1 })).resolves.toBeNull();
      expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
        expect.stringContaining("generation bad (no_frame)"),
        expect.stringContaining("generation gone (no_frame)"),
        expect.stringContaining("generation good (timeout)"),
      ]);
      const keys: string[] = [];
      for await (const key of storage.list("videos/t/")) keys.push(key);
      expect(keys.sort()).toEqual(["videos/t/bad.mp4", "videos/t/good.mp4"]);
      warn.mockRestore();
    });
  });
});
