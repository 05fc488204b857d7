// A loopback file host whose files can be replaced while the app runs, like a bucket where
// alice.mp4 is uploaded again. Honours Range (206); sends ETag / Last-Modified only when a file
// is given them. Also makes MP4s of any length from the probe fixtures.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import { MEDIA_DIR } from "../probe/fixture-server";

export interface HostedFile {
  body: Uint8Array;
  contentType?: string;
  etag?: string;
  lastModified?: string;
}

export interface MediaHost {
  url(path: string): string;
  put(path: string, file: HostedFile): void;
  /** "METHOD path range" per request since the last reset. */
  requests(): string[];
  reset(): void;
  close(): Promise<void>;
}

export const fixture = (name: string) => new Uint8Array(readFileSync(`${MEDIA_DIR}${name}`));

function findBox(data: Uint8Array, type: string, start: number, end: number): { start: number; end: number } | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  for (let at = start; at + 8 <= end; ) {
    const size = view.getUint32(at);
    if (String.fromCharCode(...data.subarray(at + 4, at + 8)) === type) return { start: at, end: at + size };
    if (size < 8) return null;
    at += size;
  }
  return null;
}

/** moov-start.mp4 (3 s) with its movie header saying `seconds`: same size, another length. */
export function mp4OfSeconds(seconds: number): Uint8Array {
  const data = fixture("moov-start.mp4").slice();
  const moov = findBox(data, "moov", 0, data.length)!;
  const mvhd = findBox(data, "mvhd", moov.start + 8, moov.end)!;
  const view = new DataView(data.buffer);
  const version = data[mvhd.start + 8];
  const timescaleAt = mvhd.start + 12 + (version === 1 ? 16 : 8);
  const timescale = view.getUint32(timescaleAt);
  if (version === 1) view.setBigUint64(timescaleAt + 4, BigInt(Math.round(seconds * timescale)));
  else view.setUint32(timescaleAt + 4, Math.round(seconds * timescale));
  return data;
}

export async function startMediaHost(): Promise<MediaHost> {
  const files = new Map<string, HostedFile>();
  let log: string[] = [];

  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const range = req.headers.range;
    log.push(`${req.method} ${path} ${range ?? "-"}`);
    const file = files.get(path);
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain" });
      return res.end("not found");
    }
    const headers: http.OutgoingHttpHeaders = {
      "accept-ranges": "bytes",
      ...(file.contentType && { "content-type": file.contentType }),
      ...(file.etag && { etag: file.etag }),
      ...(file.lastModified && { "last-modified": file.lastModified }),
    };
    const total = file.body.length;
    const m = /^bytes=(\d+)-(\d*)$/.exec(range ?? "");
    if (!m) {
      res.writeHead(200, { ...headers, "content-length": total });
      return res.end(req.method === "HEAD" ? undefined : file.body);
    }
    const start = Number(m[1]);
    if (start >= total) {
      res.writeHead(416, { "content-range": `bytes */${total}` });
      return res.end();
    }
    const end = Math.min(m[2] ? Number(m[2]) : total - 1, total - 1);
    const body = file.body.subarray(start, end + 1);
    res.writeHead(206, { ...headers, "content-range": `bytes ${start}-${end}/${total}`, "content-length": body.length });
    res.end(req.method === "HEAD" ? undefined : body);
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (path) => `${base}${path}`,
    put: (path, file) => files.set(path, file),
    requests: () => [...log],
    reset: () => {
      log = [];
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
