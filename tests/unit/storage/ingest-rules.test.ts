import { Readable } from "node:stream";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { acceptContentType, mediaTypeOf } from "@/lib/adapters/storage/ingest";
import { errorForStatus, IngestError, type IngestErrorCode } from "@/lib/adapters/storage/ingest-errors";
import { IngestMeter, looksLikeMp4 } from "@/lib/adapters/storage/ingest-meter";

const FTYP = Buffer.from([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d]); // ....ftypisom

describe("mediaTypeOf", () => {
  it.each([
    [null, ""],
    ["video/mp4", "video/mp4"],
    ["Video/MP4; codecs=avc1", "video/mp4"],
    ["  application/octet-stream ", "application/octet-stream"],
  ])("%j → %j", (header, type) => {
    expect(mediaTypeOf(header)).toBe(type);
  });
});

describe("acceptContentType", () => {
  const mp4Only = ["video/mp4"];
  it.each([
    ["video/mp4", mp4Only, { contentType: "video/mp4", requireMp4Signature: false }],
    ["VIDEO/MP4; charset=binary", mp4Only, { contentType: "video/mp4", requireMp4Signature: false }],
    ["application/octet-stream", mp4Only, { contentType: "video/mp4", requireMp4Signature: true }],
    ["binary/octet-stream", mp4Only, { contentType: "video/mp4", requireMp4Signature: true }],
    [null, mp4Only, { contentType: "video/mp4", requireMp4Signature: true }],
    ["video/webm", ["video/mp4", "video/webm"], { contentType: "video/webm", requireMp4Signature: false }],
    ["text/html", mp4Only, null],
    ["video/webm", mp4Only, null],
    ["application/json", mp4Only, null],
    ["application/octet-stream", ["video/webm"], null], // sniffing only proves MP4
  ])("%j with %j", (header, allowed, expected) => {
    expect(acceptContentType(header, allowed)).toEqual(expected);
  });
});

describe("errorForStatus", () => {
  it.each<[number, IngestErrorCode, boolean]>([
    [403, "url_expired", false],
    [404, "url_expired", false],
    [410, "url_expired", false],
    [400, "upstream_rejected", false],
    [401, "upstream_rejected", false],
    [408, "upstream_error", true],
    [429, "upstream_error", true],
    [500, "upstream_error", true],
    [502, "upstream_error", true],
    [503, "upstream_error", true],
  ])("HTTP %d → %s (retryable %s)", (status, code, retryable) => {
    const err = errorForStatus(status);
    expect(err).toBeInstanceOf(IngestError);
    expect(err.code).toBe(code);
    expect(err.retryable).toBe(retryable);
    expect(err.status).toBe(status);
    expect(err.userMessage).not.toMatch(/HTTP|\d{3}/);
  });
});

describe("looksLikeMp4", () => {
  it.each([
    [FTYP, true],
    [Buffer.from([0, 0, 0, 1, 0x66, 0x74, 0x79, 0x70]), true], // 64-bit size marker
    [Buffer.from([0, 0, 0, 0x20, 0x6d, 0x6f, 0x6f, 0x76]), false], // moov first
    [Buffer.from([0, 0, 0, 0x04, 0x66, 0x74, 0x79, 0x70]), false], // size smaller than a header
    [Buffer.from([0xff, 0xff, 0xff, 0xff, 0x66, 0x74, 0x79, 0x70]), true],
    [Buffer.from("<!DOCTYPE html>"), false],
    [Buffer.from([0, 0, 0, 0x18, 0x66, 0x74, 0x79]), false], // too short
  ])("%j → %s", (head, expected) => {
    expect(looksLikeMp4(head)).toBe(expected);
  });
});

async function runMeter(chunks: Buffer[], maxBytes: number, sniff: boolean) {
  const meter = new IngestMeter(maxBytes, sniff);
  const out: Buffer[] = [];
  try {
    for await (const chunk of Readable.from(chunks).pipe(meter)) out.push(chunk as Buffer);
    return { ok: true as const, data: Buffer.concat(out), sha256: meter.digest(), bytes: meter.bytes };
  } catch (err) {
    return { ok: false as const, error: err as IngestError, passed: Buffer.concat(out).length };
  }
}

describe("IngestMeter", () => {
  const body = Buffer.concat([FTYP, Buffer.alloc(5000, 7)]);
  const sha = createHash("sha256").update(body).digest("hex");

  it.each([
    ["one chunk", [body]],
    ["byte-sized chunks at the start", [...[...body.subarray(0, 10)].map((b) => Buffer.from([b])), body.subarray(10)]],
  ])("passes bytes through unchanged and hashes them (%s)", async (_label, chunks) => {
    const result = await runMeter(chunks, 1_000_000, true);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.equals(body)).toBe(true);
    expect(result.sha256).toBe(sha);
    expect(result.bytes).toBe(body.length);
  });

  it.each<[string, Buffer[], number, boolean, IngestErrorCode]>([
    ["over the limit", [body], 100, false, "too_large"],
    ["no ftyp when sniffing", [Buffer.from("<html>not a video</html>")], 1000, true, "content_type"],
    ["too short to sniff", [Buffer.from([0, 0, 0])], 1000, true, "content_type"],
    ["empty body", [], 1000, false, "empty"],
  ])("fails %s", async (_label, chunks, maxBytes, sniff, code) => {
    const result = await runMeter(chunks, maxBytes, sniff);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(IngestError);
    expect(result.error.code).toBe(code);
    expect(result.error.retryable).toBe(false);
  });

  it("holds back nothing-yet-checked bytes: a non-MP4 body never reaches the output", async () => {
    const result = await runMeter([Buffer.from("GIF8"), Buffer.from("9a......")], 1000, true);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.passed).toBe(0);
  });
});
