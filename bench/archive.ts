// Archive benchmark: how fast and how lean is streaming a provider video into storage?
// Compares ingestFromUrl (download + sha256 + local storage write) with curl writing to disk (and,
// for context, to /dev/null) against the same loopback server, and samples RSS during the ingest.
//
//   npx tsx bench/archive.ts [--mb 500] [--runs 3] [--rate MiB/s] [--sparse] [--no-fsync]
// --rate paces the server like a remote CDN link (both curl and the ingest see the same pace).
import { execFile, fork, type ChildProcess } from "node:child_process";
import { randomFillSync } from "node:crypto";
import { mkdtemp, open, rm, truncate } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { ingestFromUrl } from "@/lib/adapters/storage/ingest";
import { safeFetch } from "@/lib/adapters/net/safe-fetch";
import { LocalObjectStorage } from "@/lib/adapters/storage/local";
import { startRssSampler } from "./lib/rss-sampler";
import { type BenchResult, row } from "./lib/table";

const execFileAsync = promisify(execFile);
const MIB = 1024 * 1024;

export interface ArchiveBenchOptions {
  /** File size in MiB (default 500). */
  mb?: number;
  /** Measured runs of each side; the median is reported (default 3). */
  runs?: number;
  /** A sparse file (zeros, no disk reads) instead of random data. */
  sparse?: boolean;
  /** fsync each stored object, as the app does (default true). */
  fsync?: boolean;
  /** Pace the server at this many MiB/s (default: unpaced loopback). */
  rateMiBps?: number;
  log?: (line: string) => void;
}

export interface ArchiveBenchResult {
  bytes: number;
  runs: number;
  fsync: boolean;
  rateMiBps: number | null;
  /** curl writing to /dev/null: what the network side allows (context only). */
  curl: { mbPerSecond: number; runsMbPerSecond: number[] } | null;
  /** curl writing a file next to the storage root: the goal's baseline. */
  curlToDisk: { mbPerSecond: number; runsMbPerSecond: number[] } | null;
  ingest: { mbPerSecond: number; runsMbPerSecond: number[]; seconds: number; sha256: string };
  /** ingest throughput / curl-to-disk throughput. */
  ratioVsCurl: number | null;
  /** Peak RSS growth over the baseline during any measured ingest run, in MiB (goal ≤ 64). */
  peakRssGrowthMb: number;
  /** The same for the unmeasured warm-up run (first use of fetch, JIT, buffer pools). */
  warmupRssGrowthMb: number;
  goals: { ratioVsCurl: number; peakRssGrowthMb: number };
  pass: { throughput: boolean | null; memory: boolean };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));

async function createSourceFile(file: string, bytes: number, sparse: boolean): Promise<void> {
  const handle = await open(file, "w");
  try {
    // An ftyp box first, so the body looks like the MP4 the provider sends.
    const head = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from("ftypisom\0\0\x02\0isomiso2", "latin1")]);
    await handle.write(head, 0, head.length, 0);
    if (sparse) {
      await handle.close();
      await truncate(file, bytes);
      return;
    }
    const chunk = Buffer.alloc(4 * MIB);
    for (let offset = head.length; offset < bytes; offset += chunk.length) {
      randomFillSync(chunk);
      const length = Math.min(chunk.length, bytes - offset);
      await handle.write(chunk, 0, length, offset);
    }
  } finally {
    await handle.close().catch(() => undefined);
  }
}

async function startFileServer(file: string, rateMiBps: number): Promise<{ url: string; child: ChildProcess }> {
  // A separate process, so the server neither competes with the ingest for this event loop
  // nor adds to the RSS being measured.
  const child = fork(path.join(__dirname, "lib", "file-server.ts"), [file, String(rateMiBps)], {
    execArgv: ["--conditions=react-server", "--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (message) => resolve((message as { port: number }).port));
    child.once("exit", (code) => reject(new Error(`file server exited with code ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}/video.mp4`, child };
}

async function curlMbPerSecond(url: string, output = "/dev/null"): Promise<number | null> {
  try {
    const { stdout } = await execFileAsync("curl", ["-s", "-o", output, "-w", "%{speed_download}", url]);
    return Number(stdout.trim()) / MIB;
  } catch {
    return null; // curl missing or failed: report the ingest alone
  }
}

export async function runArchiveBench(opts: ArchiveBenchOptions = {}): Promise<ArchiveBenchResult> {
  const mb = opts.mb ?? 500;
  const runs = Math.max(1, opts.runs ?? 3);
  const fsync = opts.fsync ?? true;
  const log = opts.log ?? (() => undefined);
  const bytes = Math.round(mb * MIB);
  const dir = await mkdtemp(path.join(os.tmpdir(), "reelroom-bench-"));
  const file = path.join(dir, "source.mp4");
  let server: { url: string; child: ChildProcess } | undefined;
  try {
    log(`creating a ${mb} MiB ${opts.sparse ? "sparse" : "random"} file…`);
    await createSourceFile(file, bytes, opts.sparse ?? false);
    server = await startFileServer(file, opts.rateMiBps ?? 0);
    await curlMbPerSecond(server.url); // warm-up: page cache, sockets

    const curlRuns: number[] = [];
    const curlDiskRuns: number[] = [];
    for (let i = 0; i < runs; i++) {
      const speed = await curlMbPerSecond(server.url);
      if (speed !== null) curlRuns.push(speed);
      const diskFile = path.join(dir, "curl-copy.bin");
      const diskSpeed = await curlMbPerSecond(server.url, diskFile);
      await rm(diskFile, { force: true });
      if (diskSpeed !== null) curlDiskRuns.push(diskSpeed);
    }

    const storage = new LocalObjectStorage({ root: path.join(dir, "storage"), fsync });
    const ingestRuns: number[] = [];
    let peakGrowth = 0;
    let warmupGrowth = 0;
    let sha256 = "";
    let lastSeconds = 0;
    // Run 0 is a warm-up, like curl's: a running app already has fetch loaded and its code compiled.
    for (let i = 0; i <= runs; i++) {
      (globalThis as { gc?: () => void }).gc?.();
      const sampler = startRssSampler(50);
      const started = process.hrtime.bigint();
      const result = await ingestFromUrl({
        url: server.url,
        storage,
        key: `videos/bench/run${i}.mp4`,
        // The worker's own download path: SSRF-checked node:http fetch.
        fetchImpl: (url, init) => safeFetch(url, { ...init, allowPrivate: true, timeoutMs: 30 * 60_000 }),
        allowedContentTypes: ["video/mp4"],
        maxBytes: bytes,
        timeoutMs: 10 * 60_000,
      });
      lastSeconds = Number(process.hrtime.bigint() - started) / 1e9;
      const rss = sampler.stop();
      if (result.bytes !== bytes) throw new Error(`ingested ${result.bytes} of ${bytes} bytes`);
      sha256 = result.sha256;
      await storage.delete(`videos/bench/run${i}.mp4`);
      const speed = bytes / MIB / lastSeconds;
      log(`ingest ${i === 0 ? "warm-up" : `run ${i}`}: ${round(speed)} MiB/s, RSS +${round(rss.growthBytes / MIB)} MiB`);
      if (i === 0) {
        warmupGrowth = rss.growthBytes;
        continue;
      }
      ingestRuns.push(speed);
      peakGrowth = Math.max(peakGrowth, rss.growthBytes);
    }

    const summary = (values: number[]) => (values.length ? { mbPerSecond: round(median(values)), runsMbPerSecond: values.map((v) => round(v)) } : null);
    const curl = summary(curlRuns);
    const ingestMbps = median(ingestRuns);
    const ratio = curlDiskRuns.length ? round(ingestMbps / median(curlDiskRuns), 3) : null;
    const peakRssGrowthMb = round(peakGrowth / MIB);
    const goals = { ratioVsCurl: opts.rateMiBps ? 0.95 : 0.6, peakRssGrowthMb: 64 };
    return {
      bytes,
      runs,
      fsync,
      rateMiBps: opts.rateMiBps ?? null,
      curl,
      curlToDisk: summary(curlDiskRuns),
      ingest: { mbPerSecond: round(ingestMbps), runsMbPerSecond: ingestRuns.map((v) => round(v)), seconds: round(lastSeconds, 3), sha256 },
      ratioVsCurl: ratio,
      peakRssGrowthMb,
      warmupRssGrowthMb: round(warmupGrowth / MIB),
      goals,
      pass: { throughput: ratio === null ? null : ratio >= goals.ratioVsCurl, memory: peakRssGrowthMb <= goals.peakRssGrowthMb },
    };
  } finally {
    server?.child.kill();
    await rm(dir, { recursive: true, force: true });
  }
}

export function formatArchiveBench(result: ArchiveBenchResult): string {
  const rows: [string, string, string][] = [
    ["curl → /dev/null", result.curl ? `${result.curl.mbPerSecond} MiB/s` : "n/a", "context"],
    ["curl → file (same disk)", result.curlToDisk ? `${result.curlToDisk.mbPerSecond} MiB/s` : "n/a", "baseline"],
    ["ingestFromUrl → local", `${result.ingest.mbPerSecond} MiB/s`, `fsync ${result.fsync ? "on" : "off"}`],
    ["ratio vs curl to disk", result.ratioVsCurl === null ? "n/a" : result.ratioVsCurl.toFixed(3), `goal ≥ ${result.goals.ratioVsCurl}`],
    ["peak RSS growth", `${result.peakRssGrowthMb} MiB`, `goal ≤ ${result.goals.peakRssGrowthMb}`],
  ];
  const widths = [0, 1, 2].map((col) => Math.max(...rows.map((row) => row[col].length)));
  const line = (row: string[]) => row.map((cell, col) => cell.padEnd(widths[col])).join("  ");
  const pace = result.rateMiBps ? `, server paced at ${result.rateMiBps} MiB/s` : ", unpaced loopback";
  const title = `archive bench: ${round(result.bytes / MIB)} MiB${pace}, median of ${result.runs} run(s)`;
  return [title, ...rows.map(line)].join("\n");
}

/**
 * The `npm run bench -- archive` entry: one unthrottled and one throttled (150 MiB/s) measurement,
 * as table rows. BENCH_ARCHIVE_MB sets the unthrottled file size; the throttled one is smaller
 * (its time is set by the pace, not the code).
 */
export async function runArchiveBenchRows(
  opts: { mb?: number; throttledMb?: number; rateMiBps?: number; log?: (line: string) => void } = {},
): Promise<BenchResult> {
  const log = opts.log ?? ((line: string) => console.error(line));
  const rate = opts.rateMiBps ?? 150;
  const open = await runArchiveBench({ mb: opts.mb ?? 500, log });
  const paced = await runArchiveBench({ mb: opts.throttledMb ?? 300, rateMiBps: rate, log });
  const vs = (r: ArchiveBenchResult) =>
    r.ratioVsCurl === null ? "n/a (no curl)" : `${r.ratioVsCurl.toFixed(2)}× (${r.ingest.mbPerSecond} MiB/s vs ${r.curlToDisk?.mbPerSecond} MiB/s)`;
  const memory = Math.max(open.peakRssGrowthMb, paced.peakRssGrowthMb);
  return {
    rows: [
      row("archive: unthrottled loopback, ingest vs curl to disk", `≥ ${open.goals.ratioVsCurl}×`, vs(open), open.pass.throughput),
      row(`archive: peak memory growth (${round(open.bytes / MIB)} MiB file)`, "≤ 64 MB", `${memory} MiB`, memory <= 64),
      row(`archive: throttled ${rate} MiB/s, ingest vs curl`, `≥ ${paced.goals.ratioVsCurl}×`, vs(paced), paced.pass.throughput),
    ],
    details: { unthrottled: open, throttled: paced },
  };
}

function parseArgs(argv: string[]): ArchiveBenchOptions {
  const value = (name: string) => {
    const index = argv.indexOf(name);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const mb = value("--mb");
  const runs = value("--runs");
  const rate = value("--rate");
  return {
    rateMiBps: rate ? Number(rate) : undefined,
    mb: mb ? Number(mb) : undefined,
    runs: runs ? Number(runs) : undefined,
    sparse: argv.includes("--sparse"),
    fsync: !argv.includes("--no-fsync"),
  };
}

if (/bench[\\/]archive\.ts$/.test(process.argv[1] ?? "")) {
  runArchiveBench({ ...parseArgs(process.argv.slice(2)), log: (line) => console.error(line) })
    .then((result) => {
      console.log(formatArchiveBench(result));
      console.log(JSON.stringify(result, null, 2));
    })
    .catch((err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    });
}
