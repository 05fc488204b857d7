// A loopback HTTP server serving tests/fixtures/media in several behaviours.
// Path: /<mode>/<file>. Modes:
//   range      honours Range (206), correct Content-Type
//   norange    ignores Range, 200 with Content-Length
//   chunked    ignores Range, 200 without Content-Length
//   notype     honours Range, no Content-Type
//   wrongtype  honours Range, Content-Type text/plain
//   octet      honours Range, application/octet-stream
//   slow       waits 5 s before answering
//   huge       honours Range but claims a 500 MB file
// Other paths: /ok, /html, /empty, /status/<code>, /redirect?to=<url>, /loop/<n>.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const MEDIA_DIR = fileURLToPath(new URL("../../fixtures/media/", import.meta.url));

const TYPES: Record<string, string> = {
  ".mp4": "video/mp4",
  ".mov": "video/quicktime",
  ".webm": "video/webm",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".wav": "audio/wav",
  ".mp3": "audio/mpeg",
};

export interface FixtureServer {
  baseUrl: string;
  port: number;
  /** Body bytes sent since the last reset. */
  bytesServed(): number;
  /** "METHOD path range" per request since the last reset. */
  requests(): string[];
  reset(): void;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const files = new Map<string, Buffer>();
  for (const name of readdirSync(MEDIA_DIR)) {
    if (TYPES[path.extname(name)]) files.set(name, readFileSync(path.join(MEDIA_DIR, name)));
  }
  let served = 0;
  let log: string[] = [];

  const send = (res: http.ServerResponse, status: number, headers: http.OutgoingHttpHeaders, body?: Buffer) => {
    res.writeHead(status, headers);
    served += body?.length ?? 0;
    res.end(body);
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const range = req.headers.range;
    log.push(`${req.method} ${url.pathname} ${range ?? "-"}`);
    const parts = url.pathname.split("/").filter(Boolean);

    if (url.pathname === "/ok") return send(res, 200, { "content-type": "text/plain" }, Buffer.from(`ok ${req.method}`));
    if (url.pathname === "/html") return send(res, 200, { "content-type": "text/html" }, Buffer.from("<html>hi</html>"));
    if (url.pathname === "/empty") return send(res, 200, { "content-type": "video/mp4", "content-length": 0 });
    if (parts[0] === "status") return send(res, Number(parts[1]), { "content-type": "text/plain" }, Buffer.from("no"));
    if (parts[0] === "redirect") return send(res, 302, { location: url.searchParams.get("to") ?? "/ok" });
    if (parts[0] === "loop") return send(res, 302, { location: `/loop/${Number(parts[1]) + 1}` });

    const [mode, name] = parts;
    const file = name ? files.get(name) : undefined;
    if (!file) return send(res, 404, { "content-type": "text/plain" }, Buffer.from("not found"));
    const type = TYPES[path.extname(name)];

    if (mode === "slow") {
      const timer = setTimeout(() => send(res, 200, { "content-type": type }, file), 5000);
      res.on("close", () => clearTimeout(timer));
      return;
    }
    if (mode === "norange") return send(res, 200, { "content-type": type, "content-length": file.length }, file);
    if (mode === "chunked") {
      res.writeHead(200, { "content-type": type });
      for (let at = 0; at < file.length; at += 16 * 1024) {
        const chunk = file.subarray(at, at + 16 * 1024);
        served += chunk.length;
        res.write(chunk);
      }
      return res.end();
    }

    const headers: http.OutgoingHttpHeaders = { "accept-ranges": "bytes" };
    if (mode === "range" || mode === "huge") headers["content-type"] = type;
    else if (mode === "wrongtype") headers["content-type"] = "text/plain";
    else if (mode === "octet") headers["content-type"] = "application/octet-stream";
    else if (mode !== "notype") return send(res, 404, {}, Buffer.from("unknown mode"));
    const claimed = mode === "huge" ? 500 * 1024 * 1024 : file.length;

    const m = /^bytes=(\d+)-(\d*)$/.exec(range ?? "");
    if (!m) return send(res, 200, { ...headers, "content-length": claimed }, file);
    const start = Number(m[1]);
    if (start >= file.length) return send(res, 416, { "content-range": `bytes */${claimed}` });
    const end = Math.min(m[2] ? Number(m[2]) : file.length - 1, file.length - 1);
    const body = file.subarray(start, end + 1);
    return send(res, 206, { ...headers, "content-range": `bytes ${start}-${end}/${claimed}`, "content-length": body.length }, body);
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    bytesServed: () => served,
    requests: () => [...log],
    reset: () => {
      served = 0;
      log = [];
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
