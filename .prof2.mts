import { fork } from "node:child_process";
import { ingestFromUrl } from "@/lib/storage/ingest";
import { LocalObjectStorage } from "@/lib/storage/local";
const child = fork("bench/lib/file-server.ts", ["/tmp/prof/src.bin"], { execArgv: ["--import", "tsx"] });
const port = await new Promise<number>((r) => child.once("message", (m: any) => r(m.port)));
const url = `http://127.0.0.1:${port}/x`;
const storage = new LocalObjectStorage({ root: "/tmp/prof/st", fsync: false });
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  await ingestFromUrl({ url, storage, key: "a/b.mp4", fetchImpl: fetch, allowedContentTypes: ["video/mp4", "application/octet-stream"], maxBytes: 1e12, timeoutMs: 1e6 });
  console.log((300 / ((performance.now() - t) / 1000)).toFixed(0), "MiB/s");
}
child.kill();
