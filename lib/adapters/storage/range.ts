// HTTP Range requests (RFC 9110 §14) for serving stored videos: parsing and response headers.
import "server-only";
import type { ByteRange } from "@/lib/adapters/storage/types";

export type RangeParseResult = ByteRange | "unsatisfiable" | null;

const SINGLE_RANGE = /^\s*(\d*)\s*-\s*(\d*)\s*$/;

/**
 * Parses one `Range` header against an object of `size` bytes.
 * - `{ start, end }` (inclusive, end clamped to the last byte): serve 206.
 * - `"unsatisfiable"`: serve 416 with `Content-Range: bytes *\/size`.
 * - `null`: ignore the header and serve the whole object with 200. This covers a missing header,
 *   an unknown unit, malformed syntax (which RFC 9110 says to ignore) and multiple ranges
 *   (allowed to be answered with the full representation; saves multipart/byteranges).
 */
export function parseRangeHeader(header: string | null | undefined, size: number): RangeParseResult {
  if (!header) return null;
  const eq = header.indexOf("=");
  if (eq < 0) return null;
  if (header.slice(0, eq).trim().toLowerCase() !== "bytes") return null;
  const spec = header.slice(eq + 1).trim();
  if (spec.includes(",")) return null;
  const match = SINGLE_RANGE.exec(spec);
  if (!match) return null;
  const [, first, last] = match;

  if (first === "") {
    if (last === "") return null; // "bytes=-"
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }

  const start = Number(first);
  if (last === "") {
    return start >= size ? "unsatisfiable" : { start, end: size - 1 };
  }
  const end = Number(last);
  if (end < start) return null; // invalid range-spec: ignore the header
  if (start >= size) return "unsatisfiable";
  return { start, end: Math.min(end, size - 1) };
}

export interface RangeResponse {
  status: 200 | 206 | 416;
  headers: Record<string, string>;
  /** The bytes to send (206 only). */
  range: ByteRange | null;
}

/** Status and headers for serving `size` bytes of `contentType` after `parseRangeHeader`. */
export function rangeResponseHeaders(parsed: RangeParseResult, size: number, contentType: string): RangeResponse {
  if (parsed === "unsatisfiable") {
    return {
      status: 416,
      headers: { "Accept-Ranges": "bytes", "Content-Range": `bytes */${size}`, "Content-Length": "0" },
      range: null,
    };
  }
  if (parsed === null) {
    return {
      status: 200,
      headers: { "Accept-Ranges": "bytes", "Content-Length": String(size), "Content-Type": contentType },
      range: null,
    };
  }
  return {
    status: 206,
    headers: {
      "Accept-Ranges": "bytes",
      "Content-Range": `bytes ${parsed.start}-${parsed.end}/${size}`,
      "Content-Length": String(parsed.end - parsed.start + 1),
      "Content-Type": contentType,
    },
    range: parsed,
  };
}
