// A 422 from POST /estimates still carries what can be estimated: `error.details.estimate` is the
// breakdown of the request's valid parts (see lib/rules/billing/partial-estimate.ts). A field is "in
// question" when an issue names it; every figure it decides is left null.
import "server-only";
import { estimatePartially, type PartialEstimate } from "@/lib/rules/billing/partial-estimate";
import { regionCurrency } from "@/lib/rules/billing/money";
import { findPrice } from "@/lib/services/prices/lookup";
import { toUnitPrice } from "@/lib/rules/billing/prices";
import { AppError, validationFailed } from "@/lib/contracts/errors";
import { regionalSpec } from "@/lib/rules/models/catalog";
import { tierOfSize } from "@/lib/rules/models/sizes";
import type { RegionalSpec } from "@/lib/rules/models/spec";
import { REGIONS, type Issue, type ProbedMedia, type Region, type ReferenceType, type Tier } from "@/lib/rules/models/types";

const REFERENCE_TYPES: readonly string[] = ["image", "video", "first_frame"] satisfies ReferenceType[];

type Body = Record<string, unknown>;

function inQuestion(issues: readonly Issue[], field: string): boolean {
  return issues.some((issue) => issue.path === field || issue.path.startsWith(`${field}.`));
}

function tierOf(spec: RegionalSpec, body: Body, issues: readonly Issue[]): Tier | null {
  const output = spec.output;
  if (output.kind === "size") {
    if (inQuestion(issues, "size")) return null;
    return tierOfSize(typeof body.size === "string" ? body.size : output.default) ?? null;
  }
  if (inQuestion(issues, "resolution")) return null;
  const resolution = body.resolution ?? output.default;
  return output.resolutions.find((tier) => tier === resolution) ?? null;
}

function audioOf(spec: RegionalSpec, body: Body, issues: readonly Issue[]): boolean | null {
  if (spec.audio.output !== "optional") return spec.audio.output === "always";
  if (inQuestion(issues, "audio")) return null;
  return typeof body.audio === "boolean" ? body.audio : spec.outputHasAudioByDefault;
}

function outputSecondsOf(spec: RegionalSpec, body: Body, issues: readonly Issue[]): number | null {
  const rule = spec.duration;
  if (rule.kind === "fixed") return rule.value;
  if (inQuestion(issues, "duration")) return null;
  if (body.duration === undefined) return rule.default;
  return typeof body.duration === "number" && Number.isInteger(body.duration) ? body.duration : null;
}

function referencesOf(body: Body, issues: readonly Issue[], probes: Record<string, ProbedMedia>) {
  const refs = Array.isArray(body.references) ? body.references : [];
  return refs.map((ref: unknown, i) => {
    const r = ref && typeof ref === "object" ? (ref as Body) : {};
    const url = typeof r.url === "string" ? r.url : "";
    const doubtful = issues.some((issue) => [`references.${i}`, `references.${i}.url`, `references.${i}.type`].includes(issue.path));
    const probe = probes[url];
    const declared = typeof r.type === "string" && REFERENCE_TYPES.includes(r.type) ? (r.type as ReferenceType) : undefined;
    const found = probe?.kind === "image" || probe?.kind === "video" ? probe.kind : undefined;
    return {
      url,
      type: doubtful ? null : (declared ?? found ?? null),
      ...(!doubtful && probe?.durationSeconds !== undefined && { durationSeconds: probe.durationSeconds }),
    };
  });
}

/** The breakdown of what `issues` leave standing; null when the model or region is in question. */
async function partialEstimate(
  teamId: string,
  body: unknown,
  issues: readonly Issue[],
  probes: Record<string, ProbedMedia>,
  at: Date,
): Promise<PartialEstimate | null> {
  if (!body || typeof body !== "object" || Array.isArray(body)) return null;
  const fields = body as Body;
  if (inQuestion(issues, "model") || inQuestion(issues, "region") || typeof fields.model !== "string") return null;
  const region = REGIONS.find((candidate) => candidate === fields.region) as Region | undefined;
  const spec = region ? regionalSpec(fields.model, region) : undefined;
  if (!spec || !region) return null;

  const tier = tierOf(spec, fields, issues);
  const audio = audioOf(spec, fields, issues);
  const price = tier !== null && audio !== null ? toUnitPrice(await findPrice({ teamId, model: spec.id, region, tier, audio, at })) : undefined;
  return estimatePartially(
    {
      kind: spec.kind,
      outputSeconds: outputSecondsOf(spec, fields, issues),
      references: spec.kind === "r2v" ? referencesOf(fields, issues, probes) : [],
    },
    price,
    regionCurrency(region),
  );
}

/** The 422 for `issues`, with the partial breakdown in `details.estimate` when there is one. */
export async function refusalWithEstimate(teamId: string, body: unknown, issues: Issue[], probes: Record<string, ProbedMedia>, at: Date): Promise<AppError> {
  const refusal = validationFailed(issues);
  const estimate = await partialEstimate(teamId, body, issues, probes, at);
  return estimate ? new AppError(refusal.code, refusal.message, { ...refusal.extra, details: { estimate } }) : refusal;
}
