// Child process for the archive benchmark: serves one file over loopback HTTP, like a provider CDN.
// Usage (forked with IPC): file-server.ts <file> [MiB/s]; sends { port } to the parent once listening.
// With a rate, the body is paced like a remote CDN link instead of loopback speed.
import { createReadStream, statSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Transform, type TransformCallback } from "node:stream";

const file = process.argv[2];
const rateMiBps = Number(process.argv[3] ?? 0);
if (!file) {
  console.error("usage: file-server.ts <file> [MiB/s]");
  process.exit(2);
}
const size = statSync(file).size;

function pacer(bytesPerSecond: number): Transform {
  const started = Date.now();
  let sent = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      sent += chunk.length;
      const ahead = (sent / bytesPerSecond) * 1000 - (Date.now() - started);
      setTimeout(() => done(null, chunk), Math.max(0, ahead));
    },
  });
}

const server = http.createServer((req, res) => {
  res.writeHead(200, { "Content-Type": "video/mp4", "Content-Length": size });
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  const body = createReadStream(file, { highWaterMark: 256 * 1024 });
  if (rateMiBps > 0) body.pipe(pacer(rateMiBps * 1024 * 1024)).pipe(res);
  else body.pipe(res);
});

server.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  process.send?.({ port });
});

process.on("disconnect", () => process.exit(0));
