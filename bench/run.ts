// `npm run bench`: every speed and memory target, printed as one table (benchmark, goal, measured,
// pass) for the README. Needs a built app (`npx next build`) for the HTTP benchmarks. Pass names to
// run a subset: npm run bench -- list. Raw figures go to stderr as JSON.
import { runArchiveBenchRows } from "@/bench/archive";
import { runClaimsBench } from "@/bench/claims";
import { runGalleryScrollBench } from "@/bench/gallery-scroll";
import { runListBench } from "@/bench/list";
import { runPollingBench } from "@/bench/polling";
import { runSubmitBench } from "@/bench/submit";
import { runValidationBench } from "@/bench/validation";
import { runWorkerScaleBench } from "@/bench/worker-scale";
import { type BenchResult, type BenchRow, markdownTable, row } from "@/bench/lib/table";
import os from "node:os";

const BENCHES: Record<string, () => Promise<BenchResult> | BenchResult> = {
  archive: () => runArchiveBenchRows({ mb: Number(process.env.BENCH_ARCHIVE_MB ?? 500) }),
  polling: () => runPollingBench(),
  submit: () => runSubmitBench(),
  list: () => runListBench(),
  "gallery-scroll": () => runGalleryScrollBench(),
  claims: () => runClaimsBench(),
  "worker-scale": () => runWorkerScaleBench(),
  validation: () => runValidationBench(),
};

async function main() {
  const wanted = process.argv.slice(2).filter((a) => a in BENCHES);
  const rows: BenchRow[] = [];
  for (const name of wanted.length ? wanted : Object.keys(BENCHES)) {
    console.error(`== ${name}`);
    try {
      const result = await BENCHES[name]();
      rows.push(...result.rows);
      console.error(JSON.stringify({ [name]: result.details ?? null }));
    } catch (error) {
      console.error(error);
      rows.push(row(`${name}: did not run`, "runs", error instanceof Error ? error.message.split("\n")[0] : String(error), false));
    }
  }
  const cpu = os.cpus();
  console.log(`Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? "unknown CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`);
  console.log(markdownTable(rows));
  if (rows.some((r) => r.pass === false)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
