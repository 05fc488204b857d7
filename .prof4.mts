import { fork } from "node:child_process";
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { ChunkBatcher, ByteCounter } from "@/lib/storage/streams";
import { IngestMeter } from "@/lib/storage/ingest-meter";
const out = process.argv[2];
const child = fork("bench/lib/file-server.ts", ["/tmp/prof/src.bin"], { execArgv: ["--import", "tsx"] });
const port = await new Promise<number>((r) => child.once("message", (m: any) => r(m.port)));
const url = `http://127.0.0.1:${port}/x`;
async function time(name: string, fn: () => Promise<void>) {
  const speeds = [];
  for (let i = 0; i < 7; i++) { const t = performance.now(); await fn(); speeds.push(300 / ((performance.now() - t) / 1000)); }
  speeds.sort((a, b) => a - b);
  console.log(name.padEnd(44), "median", speeds[3].toFixed(0), " all", speeds.map((s) => s.toFixed(0)).join(" "));
}
for (let round = 0; round < 2; round++) {
await time("A meter+counter → write hwm8M (writev)", async () => {
  const r = await fetch(url);
  await pipeline(Readable.fromWeb(r.body as any, { highWaterMark: 1 << 20 }), new IngestMeter(1e12, false), new ByteCounter(), createWriteStream(out, { highWaterMark: 8 << 20 }));
});
await time("B meter+counter+batch1M → write hwm8M", async () => {
  const r = await fetch(url);
  await pipeline(Readable.fromWeb(r.body as any, { highWaterMark: 1 << 20 }), new IngestMeter(1e12, false), new ByteCounter(), new ChunkBatcher(1 << 20), createWriteStream(out, { highWaterMark: 8 << 20 }));
});
await time("C fromWeb → write hwm8M", async () => {
  const r = await fetch(url);
  await pipeline(Readable.fromWeb(r.body as any, { highWaterMark: 1 << 20 }), createWriteStream(out, { highWaterMark: 8 << 20 }));
});
}
child.kill();
