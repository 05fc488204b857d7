import type { IncomingMessage, ServerResponse } from "node:http";
import { randomUUID } from "node:crypto";

export function newRequestId(): string {
  return randomUUID();
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.writableEnded || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** The provider's error body: {code, message, request_id}. */
export function sendProviderError(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  sendJson(res, status, { code, message, request_id: newRequestId() }, headers);
}

export function sendText(res: ServerResponse, status: number, text: string, contentType = "text/plain"): void {
  if (res.writableEnded || res.destroyed) return;
  res.writeHead(status, { "Content-Type": contentType, "Content-Length": Buffer.byteLength(text) });
  res.end(text);
}

export async function readBody(req: IncomingMessage, limitBytes = 2 * 1024 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limitBytes) throw new Error("body too large");
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

type ByteRange = { start: number; end: number } | "unsatisfiable" | null;

/** Parses a single "bytes=a-b" / "bytes=a-" / "bytes=-n" range; null means "serve everything". */
export function parseRange(header: string | undefined, length: number): ByteRange {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, startText, endText] = match;
  if (startText === "" && endText === "") return null;
  let start: number;
  let end: number;
  if (startText === "") {
    const suffix = Number(endText);
    if (suffix === 0) return "unsatisfiable";
    start = Math.max(0, length - suffix);
    end = length - 1;
  } else {
    start = Number(startText);
    end = endText === "" ? length - 1 : Math.min(Number(endText), length - 1);
  }
  if (start >= length || start > end) return "unsatisfiable";
  return { start, end };
}

/** Serves bytes with HEAD, Range (206/416), Content-Type and Content-Length. */
export function serveBytes(req: IncomingMessage, res: ServerResponse, bytes: Buffer, contentType: string): void {
  const range = parseRange(req.headers.range, bytes.length);
  const common = { "Content-Type": contentType, "Accept-Ranges": "bytes", "Cache-Control": "no-store" };
  if (range === "unsatisfiable") {
    res.writeHead(416, { ...common, "Content-Range": `bytes */${bytes.length}`, "Content-Length": 0 });
    res.end();
    return;
  }
  const slice = range ? bytes.subarray(range.start, range.end + 1) : bytes;
  const headers: Record<string, string | number> = { ...common, "Content-Length": slice.length };
  if (range) headers["Content-Range"] = `bytes ${range.start}-${range.end}/${bytes.length}`;
  res.writeHead(range ? 206 : 200, headers);
  if (req.method === "HEAD") res.end();
  else res.end(slice);
}
