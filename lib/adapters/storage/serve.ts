// Serving a stored object over HTTP with Range support, independent of the web framework.
import "server-only";
import type { Readable } from "node:stream";
import { parseRangeHeader, rangeResponseHeaders } from "@/lib/adapters/storage/range";
import type { ObjectStorage } from "@/lib/adapters/storage/types";

export interface ServedObject {
  status: 200 | 206 | 416;
  headers: Record<string, string>;
  /** null for 416 and HEAD requests. Convert with `Readable.toWeb` for a web `Response`. */
  body: Readable | null;
}

/**
 * Looks the object up and answers a GET or HEAD with an optional `Range` header.
 * Returns null when the key does not exist (the caller answers 404).
 */
export async function serveObject(
  storage: ObjectStorage,
  key: string,
  request: { rangeHeader?: string | null; method?: "GET" | "HEAD" } = {},
): Promise<ServedObject | null> {
  const info = await storage.stat(key);
  if (!info) return null;
  const parsed = parseRangeHeader(request.rangeHeader, info.bytes);
  const response = rangeResponseHeaders(parsed, info.bytes, info.contentType);
  if (response.status === 416 || request.method === "HEAD") {
    return { status: response.status, headers: response.headers, body: null };
  }
  // An empty object has no byte to range over; get() without a range streams nothing.
  const object = await storage.get(key, response.range ?? undefined);
  if (!object) return null;
  // Headers from the object actually opened, in case a retried archive replaced it since stat().
  const headers: Record<string, string> = { ...response.headers, "Content-Length": String(object.bytes) };
  if (response.range) {
    const end = response.range.start + object.bytes - 1;
    headers["Content-Range"] = `bytes ${response.range.start}-${end}/${object.totalBytes}`;
  }
  return { status: response.status, headers, body: object.body };
}
