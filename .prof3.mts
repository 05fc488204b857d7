import { fork } from "node:child_process";
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { ChunkBatcher, ByteCounter } from "@/lib/storage/streams";
import { IngestMeter } from "@/lib/storage/ingest-meter";
const child = fork("bench/lib/file-server.ts", ["/tmp/prof/src.bin"], { execArgv: ["--import", "tsx"] });
const port = await new Promise<number>((r) => child.once("message", (m: any) => r(m.port)));
const url = `http://127.0.0.1:${port}/x`;
async function time(name: string, fn: () => Promise<void>) {
  const speeds = [];
  for (let i = 0; i < 5; i++) { const t = performance.now(); await fn(); speeds.push(300 / ((performance.now() - t) / 1000)); }
  speeds.sort((a, b) => a - b);
  console.log(name.padEnd(44), "median", speeds[2].toFixed(0), " all", speeds.map((s) => s.toFixed(0)).join(" "));
}
for (const [block, hwm, srcHwm] of [[1 << 20, 1 << 20, 16384], [1 << 20, 8 << 20, 16384], [1 << 20, 8 << 20, 1 << 20], [4 << 20, 16 << 20, 1 << 20], [256 << 10, 4 << 20, 1 << 20]]) {
  await time(`meter+counter+batch ${block >> 10}K hwm ${hwm >> 10}K src ${srcHwm >> 10}K`, async () => {
    const r = await fetch(url);
    const src = Readable.fromWeb(r.body as any, { highWaterMark: srcHwm });
    await pipeline(src, new IngestMeter(1e12, false), new ByteCounter(), new ChunkBatcher(block), createWriteStream("/dev/shm/out.bin", { highWaterMark: hwm }));
  });
}
await time("fromWeb + write only (no batch)", async () => { const r = await fetch(url); await pipeline(Readable.fromWeb(r.body as any), createWriteStream("/dev/shm/out.bin", { highWaterMark: 8 << 20 })); });
child.kill();
