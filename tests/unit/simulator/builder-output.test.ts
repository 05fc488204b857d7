// Every provider body our builders produce, run through the simulator's own copy of the provider
// rules: each must be accepted without a truncation warning, and the simulator must plan the same
// tier, seconds, sound and references that our estimate bills.
import { describe, expect, it } from "vitest";
import { effectiveParams } from "@/lib/rules/models/effective";
import { tierOfSize } from "@/lib/simulator/model-rules";
import { extrasCases, gridCases, offers, referenceShapes, type BuilderCase } from "./builder-cases";
import { productIssues, providerBodyFor, simulate } from "./pipeline";

const SHOWN = 12;
/** wan2.7 has thousands of combinations; the machine may be busy. */
const SLOW = 120_000;

function summary(problems: string[]): string[] {
  return problems.length <= SHOWN ? problems : [...problems.slice(0, SHOWN), `… and ${problems.length - SHOWN} more`];
}

async function problemsOf(cases: BuilderCase[]): Promise<string[]> {
  const problems: string[] = [];
  for (const { label, region, body } of cases) {
    const built = providerBodyFor(body, region);
    const outcome = await simulate(region, built);
    if (!outcome.ok) {
      problems.push(`${label}: rejected ${outcome.code} ${outcome.field ?? ""}: ${outcome.message}`);
      continue;
    }
    if (outcome.warnings.length > 0) problems.push(`${label}: warned ${outcome.warnings.join("; ")}`);
    const expected = effectiveParams(body);
    const planned = { tier: tierOfSize(outcome.size), outputSeconds: outcome.outputSeconds, audio: outcome.audio };
    if (JSON.stringify(planned) !== JSON.stringify(expected)) {
      problems.push(`${label}: the simulator plans ${JSON.stringify(planned)}, the estimate ${JSON.stringify(expected)}`);
    }
    const seen = outcome.references.map((ref) => ref.kind).join(",");
    const sent = (body.references ?? []).map((ref) => (ref.type === "video" ? "video" : "image")).join(",");
    if (seen !== sent) problems.push(`${label}: the simulator sees references ${seen}, we sent ${sent}`);
  }
  return summary(problems);
}

/** Validation is slow (a schema per call), so the product's own verdict is checked on a spread sample. */
function sample(cases: BuilderCase[], size: number): BuilderCase[] {
  const stride = Math.max(1, Math.floor(cases.length / size));
  return cases.filter((_, i) => i % stride === 0);
}

describe.each(offers().map((spec) => ({ spec, name: `${spec.id} in ${spec.region}` })))("builder output for $name", ({ spec }) => {
  it(
    "generates only requests the product itself accepts",
    () => {
      const cases = [...sample(gridCases(spec), 12), ...sample(extrasCases(spec), 12)];
      const refused = cases.flatMap(({ label, body }) => productIssues(body).map((issue) => `${label}: ${issue}`));
      expect(summary(refused)).toEqual([]);
    },
    SLOW,
  );

  it("covers every reference shape within the model's limits", () => {
    const limits = spec.references;
    const shapes = referenceShapes(spec);
    if (!limits) return expect(shapes).toEqual([[]]);
    const perType = { image: limits.maxImages, video: limits.maxVideos, first_frame: limits.maxFirstFrames };
    const reachable = Math.min(
      limits.maxTotal,
      limits.types.reduce((sum, type) => sum + perType[type], 0),
    );
    const totals = new Set(shapes.map((shape) => shape.length));
    for (let total = limits.min; total <= reachable; total++) expect(totals).toContain(total);
    for (const type of limits.types) expect(shapes.some((shape) => shape.includes(type))).toBe(true);
  });

  it(
    "is accepted for every output shape × duration × reference shape",
    async () => {
      expect(await problemsOf(gridCases(spec))).toEqual([]);
    },
    SLOW,
  );

  it(
    "is accepted for every combination of the optional fields",
    async () => {
      expect(await problemsOf(extrasCases(spec))).toEqual([]);
    },
    SLOW,
  );
});
