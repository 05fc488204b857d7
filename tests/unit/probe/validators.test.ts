// What identifies a version of a remote file, so a replaced file is never taken for the cached one.
import { describe, expect, it } from "vitest";
import { validatorsOf, versionKey } from "@/lib/adapters/probe/validators";

const answer = (status: number, headers: Record<string, string>) => new Response(status === 206 ? "x" : "", { status, headers });

describe("file versions", () => {
  it("reads ETag, Last-Modified, the whole size and the type from a ranged or a plain answer", () => {
    const ranged = validatorsOf(
      answer(206, {
        etag: '"a1"',
        "last-modified": "Mon, 01 Dec 2025 10:00:00 GMT",
        "content-range": "bytes 0-0/71302",
        "content-type": "video/mp4; codecs=avc1",
      }),
    );
    expect(ranged).toEqual({ etag: '"a1"', lastModified: "Mon, 01 Dec 2025 10:00:00 GMT", bytes: 71302, contentType: "video/mp4" });
    expect(validatorsOf(answer(200, { "content-length": "5" })).bytes).toBe(5);
  });

  it("changes with any validator, size or type", () => {
    const base = { etag: '"a1"', lastModified: null, bytes: 100, contentType: "video/mp4" };
    const key = versionKey(base);
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(versionKey({ ...base })).toBe(key);
    for (const changed of [{ etag: '"a2"' }, { lastModified: "Mon, 01 Dec 2025 10:00:00 GMT" }, { bytes: 101 }, { contentType: "image/png" }]) {
      expect(versionKey({ ...base, ...changed })).not.toBe(key);
    }
  });

  it("names no version without ETag or Last-Modified: size alone cannot tell a same-sized replacement", () => {
    expect(versionKey({ etag: null, lastModified: null, bytes: 100, contentType: "video/mp4" })).toBeNull();
  });
});
