// A loopback HTTP server playing the provider's video host, with one path per behaviour under test.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { patternStream } from "./bodies";

export interface VideoServer {
  url(path: string): string;
  close(): Promise<void>;
}

const HTML = Buffer.from("<!DOCTYPE html><html><body>Access denied</body></html>");

function send(res: http.ServerResponse, status: number, type: string, body: Buffer): void {
  res.writeHead(status, { "Content-Type": type, "Content-Length": body.length });
  res.end(body);
}

/** `video` is served as the archived file; `largeBytes` sizes the streamed pattern body at /large. */
export async function startVideoServer(video: Buffer, largeBytes: number): Promise<VideoServer> {
  const stalled = new Set<http.ServerResponse>();
  const routes: Record<string, (req: http.IncomingMessage, res: http.ServerResponse) => void> = {
    "/ok.mp4": (_req, res) => send(res, 200, "video/mp4", video),
    "/typed-params.mp4": (_req, res) => send(res, 200, 'Video/MP4; codecs="avc1.64001f"', video),
    "/octet.mp4": (_req, res) => send(res, 200, "application/octet-stream", video),
    "/binary.mp4": (_req, res) => send(res, 200, "binary/octet-stream", video),
    "/octet-html": (_req, res) => send(res, 200, "application/octet-stream", HTML),
    "/html": (_req, res) => send(res, 200, "text/html; charset=utf-8", HTML),
    "/empty.mp4": (_req, res) => send(res, 200, "video/mp4", Buffer.alloc(0)),
    "/missing": (_req, res) => send(res, 404, "application/xml", Buffer.from("<Error><Code>NoSuchKey</Code></Error>")),
    "/forbidden": (_req, res) =>
      send(res, 403, "application/xml", Buffer.from("<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>")),
    "/gone": (_req, res) => send(res, 410, "text/plain", Buffer.from("gone")),
    "/bad-request": (_req, res) => send(res, 400, "text/plain", Buffer.from("bad")),
    "/error": (_req, res) => send(res, 500, "text/plain", Buffer.from("internal error: stack trace here")),
    "/unavailable": (_req, res) => send(res, 503, "text/plain", Buffer.from("busy")),
    "/throttled": (_req, res) => send(res, 429, "text/plain", Buffer.from("slow down")),
    "/redirect": (_req, res) => {
      res.writeHead(302, { Location: "/ok.mp4" });
      res.end();
    },
    "/large": (_req, res) => {
      res.writeHead(200, { "Content-Type": "video/mp4", "Content-Length": largeBytes });
      patternStream(largeBytes).pipe(res);
    },
    "/chunked-large": (_req, res) => {
      res.writeHead(200, { "Content-Type": "video/mp4" }); // no Content-Length: chunked encoding
      patternStream(largeBytes).pipe(res);
    },
    "/drop": (_req, res) => {
      res.writeHead(200, { "Content-Type": "video/mp4", "Content-Length": video.length });
      res.write(video.subarray(0, Math.floor(video.length / 2)), () => setTimeout(() => res.socket?.destroy(), 20));
    },
    "/drop-chunked": (_req, res) => {
      res.writeHead(200, { "Content-Type": "video/mp4" });
      res.write(video.subarray(0, 10_000), () => setTimeout(() => res.socket?.destroy(), 20));
    },
    "/stall-headers": (_req, res) => {
      stalled.add(res);
    },
    "/stall-body": (_req, res) => {
      res.writeHead(200, { "Content-Type": "video/mp4", "Content-Length": video.length });
      res.write(video.subarray(0, 1000));
      stalled.add(res);
    },
  };

  const server = http.createServer((req, res) => {
    const route = routes[new URL(req.url ?? "/", "http://x").pathname];
    if (route) route(req, res);
    else send(res, 404, "text/plain", Buffer.from("no such route"));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    async close() {
      for (const res of stalled) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
