// A stored object as a short-lived loopback http:// URL with Range support, so ffmpeg can seek in
// it on any storage driver without the app copying the whole video first.
import "server-only";
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { serveObject } from "@/lib/adapters/storage/serve";
import type { ObjectStorage } from "@/lib/adapters/storage/types";

export interface LoopbackSource {
  url: string;
  close(): Promise<void>;
}

/** Serves only `key`, only on 127.0.0.1, only under an unguessable path; close it when done. */
export async function serveOnLoopback(storage: ObjectStorage, key: string): Promise<LoopbackSource> {
  const secretPath = `/${randomBytes(16).toString("hex")}`;
  const server = createServer((req, res) => {
    if (req.url !== secretPath || (req.method !== "GET" && req.method !== "HEAD")) {
      res.writeHead(404).end();
      return;
    }
    serveObject(storage, key, { rangeHeader: req.headers.range, method: req.method })
      .then((served) => {
        if (!served) return void res.writeHead(404).end();
        res.writeHead(served.status, served.headers);
        if (!served.body) return void res.end();
        res.once("close", () => served.body?.destroy());
        served.body.once("error", () => res.destroy());
        served.body.pipe(res);
      })
      .catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${secretPath}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
