// `npm run bench`: every speed and memory target, with figures to report. Needs a built app
// (`npx next build`) for the HTTP benchmarks. Pass names to run a subset: npm run bench -- list
import { runArchiveBench } from "@/bench/archive";
import { runClaimsBench } from "@/bench/claims";
import { runListBench } from "@/bench/list";
import { runPollingBench } from "@/bench/polling";
import { runSubmitBench } from "@/bench/submit";
import { runValidationBench } from "@/bench/validation";

const BENCHES: Record<string, () => Promise<unknown>> = {
  archive: () => runArchiveBench({ mb: Number(process.env.BENCH_ARCHIVE_MB ?? 500) }),
  polling: () => runPollingBench(),
  submit: () => runSubmitBench(),
  list: () => runListBench(),
  claims: () => runClaimsBench(),
  validation: async () => runValidationBench(),
};

async function main() {
  const wanted = process.argv.slice(2).filter((a) => a in BENCHES);
  const results: Record<string, unknown> = {};
  for (const name of wanted.length ? wanted : Object.keys(BENCHES)) {
    console.error(`== ${name}`);
    results[name] = await BENCHES[name]();
    console.log(JSON.stringify({ [name]: results[name] }, null, 2));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
