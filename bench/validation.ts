// Validation speed: validateGeneration (structure + catalog rules, as the form runs it on every
// keystroke and the API on every estimate and submit) over every catalog model and region, a valid
// body and a refused one each. No server needed: `npx tsx bench/validation.ts`.
import { percentile, round } from "@/bench/lib/stats";
import { type BenchResult, row } from "@/bench/lib/table";
import { MODELS, regionsOf } from "@/lib/rules/models/catalog";
import { validateGeneration } from "@/lib/rules/models/validate";

function bodiesOfEveryModel(): unknown[] {
  return MODELS.flatMap((model) =>
    regionsOf(model).flatMap((region) => {
      const references = model.kind === "r2v" ? [{ url: "https://cdn.example.com/alice.mp4", type: "video" }] : undefined;
      const prompt = model.id.startsWith("wan2.7") ? "Video 1 waves at the camera" : model.kind === "r2v" ? "character1 waves" : "A kitten running";
      const valid = { projectId: "proj_1", model: model.id, region, prompt, ...(references && { references }) };
      return [valid, { ...valid, duration: 99, size: "1280x720", extra: true }];
    }),
  );
}

export function runValidationBench({ calls = Number(process.env.BENCH_VALIDATION_CALLS ?? 1000) } = {}): BenchResult {
  const bodies = bodiesOfEveryModel();
  for (const body of bodies) validateGeneration(body); // warm up
  const times: number[] = [];
  const start = performance.now();
  for (let i = 0; i < calls; i++) {
    const before = performance.now();
    validateGeneration(bodies[i % bodies.length]);
    times.push(performance.now() - before);
  }
  const totalMs = performance.now() - start;
  const p50 = round(percentile(times, 50), 4);
  const p99 = round(percentile(times, 99), 4);
  return {
    rows: [
      row(
        `validation: one request through the catalog rules (${calls} calls over every model × region)`,
        "p99 ≤ 1 ms (runs on every keystroke)",
        `${p50} ms median, ${p99} ms p99, ${round(totalMs / calls, 4)} ms mean`,
        p99 <= 1,
      ),
    ],
    details: { calls, bodies: bodies.length, totalMs: round(totalMs) },
  };
}

if (process.argv[1]?.endsWith("validation.ts")) {
  console.log(JSON.stringify({ validation: runValidationBench() }, null, 2));
}
