// Child process for the archive benchmark: serves one file over loopback HTTP, like a provider CDN.
// Usage (forked with IPC): file-server.ts <file>; sends { port } to the parent once listening.
import { createReadStream, statSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";

const file = process.argv[2];
if (!file) {
  console.error("usage: file-server.ts <file>");
  process.exit(2);
}
const size = statSync(file).size;

const server = http.createServer((req, res) => {
  res.writeHead(200, { "Content-Type": "video/mp4", "Content-Length": size });
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  createReadStream(file, { highWaterMark: 256 * 1024 }).pipe(res);
});

server.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  process.send?.({ port });
});

process.on("disconnect", () => process.exit(0));
