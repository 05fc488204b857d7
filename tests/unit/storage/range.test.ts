import { describe, expect, it } from "vitest";
import { parseRangeHeader, rangeResponseHeaders, type RangeParseResult } from "@/lib/adapters/storage/range";

const U = "unsatisfiable" as const;

describe("parseRangeHeader", () => {
  it.each<[string | null, number, RangeParseResult]>([
    // no header or unusable header: serve the whole object
    [null, 100, null],
    ["", 100, null],
    ["bytes", 100, null],
    ["items=0-5", 100, null],
    ["bytes=", 100, null],
    ["bytes=-", 100, null],
    ["bytes=abc", 100, null],
    ["bytes=1-2-3", 100, null],
    ["bytes=5-2", 100, null], // last < first: invalid spec, ignored
    ["bytes=0x10-20", 100, null],
    ["bytes=+1-2", 100, null],
    // multiple ranges: serve whole
    ["bytes=0-1,5-6", 100, null],
    ["bytes=0-1, -5", 100, null],
    // closed ranges
    ["bytes=0-0", 100, { start: 0, end: 0 }],
    ["bytes=0-99", 100, { start: 0, end: 99 }],
    ["bytes=10-19", 100, { start: 10, end: 19 }],
    ["bytes=99-99", 100, { start: 99, end: 99 }],
    ["bytes=50-1000", 100, { start: 50, end: 99 }], // end clamped
    ["bytes=0-99999999999999999999", 100, { start: 0, end: 99 }],
    ["bytes=100-200", 100, U],
    ["bytes=1000-2000", 100, U],
    // open ranges
    ["bytes=0-", 100, { start: 0, end: 99 }],
    ["bytes=42-", 100, { start: 42, end: 99 }],
    ["bytes=99-", 100, { start: 99, end: 99 }],
    ["bytes=100-", 100, U],
    // suffix ranges
    ["bytes=-1", 100, { start: 99, end: 99 }],
    ["bytes=-10", 100, { start: 90, end: 99 }],
    ["bytes=-100", 100, { start: 0, end: 99 }],
    ["bytes=-500", 100, { start: 0, end: 99 }],
    ["bytes=-0", 100, U],
    // case and whitespace are tolerated
    ["Bytes=0-1", 100, { start: 0, end: 1 }],
    ["BYTES = 3 - 4 ", 100, { start: 3, end: 4 }],
    // empty object: nothing is satisfiable
    ["bytes=0-", 0, U],
    ["bytes=0-0", 0, U],
    ["bytes=-5", 0, U],
    // single-byte object
    ["bytes=0-", 1, { start: 0, end: 0 }],
    ["bytes=-1", 1, { start: 0, end: 0 }],
    ["bytes=1-", 1, U],
    // large object (beyond 32-bit)
    ["bytes=4294967296-", 5_000_000_000, { start: 4_294_967_296, end: 4_999_999_999 }],
    ["bytes=-1000", 5_000_000_000, { start: 4_999_999_000, end: 4_999_999_999 }],
  ])("%j on %d bytes → %j", (header, size, expected) => {
    expect(parseRangeHeader(header, size)).toEqual(expected);
  });
});

describe("rangeResponseHeaders", () => {
  it("200 for the whole object", () => {
    expect(rangeResponseHeaders(null, 1234, "video/mp4")).toEqual({
      status: 200,
      headers: { "Accept-Ranges": "bytes", "Content-Length": "1234", "Content-Type": "video/mp4" },
      range: null,
    });
  });

  it.each([
    [{ start: 0, end: 0 }, 1000, "bytes 0-0/1000", "1"],
    [{ start: 10, end: 19 }, 1000, "bytes 10-19/1000", "10"],
    [{ start: 900, end: 999 }, 1000, "bytes 900-999/1000", "100"],
  ])("206 for %j of %d bytes", (range, size, contentRange, contentLength) => {
    const res = rangeResponseHeaders(range, size, "video/mp4");
    expect(res.status).toBe(206);
    expect(res.range).toEqual(range);
    expect(res.headers).toEqual({
      "Accept-Ranges": "bytes",
      "Content-Range": contentRange,
      "Content-Length": contentLength,
      "Content-Type": "video/mp4",
    });
  });

  it("416 names the full size and sends no body", () => {
    const res = rangeResponseHeaders("unsatisfiable", 500, "video/mp4");
    expect(res.status).toBe(416);
    expect(res.range).toBeNull();
    expect(res.headers).toEqual({ "Accept-Ranges": "bytes", "Content-Range": "bytes */500", "Content-Length": "0" });
  });

  it.each([
    ["bytes=0-9", 100, 206, "bytes 0-9/100"],
    ["bytes=-5", 100, 206, "bytes 95-99/100"],
    ["bytes=200-", 100, 416, "bytes */100"],
    ["bytes=0-1,4-5", 100, 200, undefined],
  ])("parse then build: %s on %d bytes → %d", (header, size, status, contentRange) => {
    const res = rangeResponseHeaders(parseRangeHeader(header, size), size, "video/mp4");
    expect(res.status).toBe(status);
    expect(res.headers["Content-Range"]).toBe(contentRange);
  });
});
