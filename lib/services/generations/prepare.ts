// Everything that can be known before a generation is created: is the request valid (with every
// referenced file probed), what will it cost. Shared by POST /estimates, submit and the form.
import { env } from "@/lib/platform/env";
import { validationFailed } from "@/lib/platform/http/errors";
import { validateGeneration } from "@/lib/rules/models/validate";
import { effectiveParams } from "@/lib/rules/models/effective";
import { getModel } from "@/lib/rules/models/catalog";
import type { GenerationRequest, Issue, ReferenceType } from "@/lib/rules/models/types";
import { estimateCost, type CostEstimate } from "@/lib/rules/billing/estimate";
import { regionCurrency } from "@/lib/rules/billing/money";
import { toUnitPrice } from "@/lib/rules/billing/prices";
import { findPrice } from "@/lib/rules/billing/price-lookup";
import type { PriceKey } from "@/lib/services/prices/price-key";
import { probeAll, urlFields } from "@/lib/services/generations/probes";
import { refusalWithEstimate } from "@/lib/services/generations/estimate-refusal";
import { misreadWarnings } from "@/lib/services/generations/reference-readings";
import { urlProblem } from "@/lib/rules/models/url-safety";
import { isTrustedUrl, trustedOrigins } from "@/lib/services/provider/trusted-urls";

export interface PreparedGeneration {
  request: GenerationRequest;
  warnings: Issue[];
  estimate: CostEstimate;
  priceEntryId: string | null;
  /** The price this generation needs (named when it is unknown). */
  priceKey: PriceKey;
}

/** Private addresses are refused unless allowed instance-wide or every such URL is one of ours. */
async function mayUsePrivateUrls(body: unknown): Promise<boolean> {
  if (env().ALLOW_PRIVATE_URLS) return true;
  if (!body || typeof body !== "object") return false;
  const origins = await trustedOrigins();
  return urlFields(body as Record<string, unknown>).every((f) => urlProblem(f.path, f.url, false) === null || isTrustedUrl(f.url, origins));
}

function dedupe(issues: Issue[]): Issue[] {
  return [...new Map(issues.map((issue) => [`${issue.path}\u0000${issue.message}`, issue])).values()];
}

export interface PrepareOptions {
  /** Estimates: a refusal lists every issue and carries the breakdown of the valid parts (probing even then). */
  estimateOnRefusal?: boolean;
}

export async function prepareGeneration(teamId: string, body: unknown, at = new Date(), options: PrepareOptions = {}): Promise<PreparedGeneration> {
  const allowPrivateUrls = await mayUsePrivateUrls(body);
  const first = validateGeneration(body, { allowPrivateUrls });
  // Probe only when the request is otherwise sound: no network calls for a request that is refused anyway
  // (unless the refusal is to say what the request would cost).
  const onlyNeedsProbes = first.issues.every((i) => i.path.startsWith("references") || i.path === "audioUrl");
  const refusedEarly = !first.ok && !onlyNeedsProbes;
  if (refusedEarly && !options.estimateOnRefusal) throw validationFailed(first.issues);
  const { probes, issues: probeIssues } = await probeAll(urlFields(body as Record<string, unknown>), allowPrivateUrls);
  const checked = validateGeneration(body, { allowPrivateUrls, probes });
  if (refusedEarly || probeIssues.length || !checked.ok || !checked.request) {
    const issues = refusedEarly ? first.issues : probeIssues.length ? probeIssues : checked.issues;
    if (!options.estimateOnRefusal) throw validationFailed(issues);
    throw await refusalWithEstimate(teamId, body, dedupe([...issues, ...probeIssues, ...checked.issues]), probes, at);
  }

  const request = checked.request;
  const model = getModel(request.model)!;
  const params = effectiveParams(request);
  const price = await findPrice({ teamId, model: request.model, region: request.region, tier: params.tier, audio: params.audio, at });
  const types = (request.references ?? []).map((ref): ReferenceType => ref.type ?? "image");
  const estimateWith = (readAs: readonly ReferenceType[]) =>
    estimateCost(
      {
        kind: model.kind,
        params,
        references: (request.references ?? []).map((ref, i) => ({ url: ref.url, type: readAs[i], durationSeconds: probes[ref.url]?.durationSeconds })),
      },
      toUnitPrice(price),
      regionCurrency(request.region),
    );
  const estimate = estimateWith(types);
  const warnings = [...checked.warnings, ...misreadWarnings(request, probes, types, estimateWith)];
  const priceKey = { model: request.model, region: request.region, tier: params.tier, audio: params.audio };
  return { request, warnings, estimate, priceEntryId: price?.id ?? null, priceKey };
}
