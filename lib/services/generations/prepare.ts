// Everything that can be known before a generation is created: is the request valid (with every
// referenced file probed), what will it cost. Shared by POST /estimates, submit and the form.
import "server-only";
import { env } from "@/lib/platform/config/env";
import { validationFailed } from "@/lib/contracts/errors";
import { checkGenerationRules, dedupeIssues, parseGenerationStructure, type UrlField } from "@/lib/rules/models/validate";
import { effectiveParams } from "@/lib/rules/models/effective";
import { getModel } from "@/lib/rules/models/catalog";
import type { GenerationRequest, Issue, ReferenceType } from "@/lib/rules/models/types";
import { estimateCost, type CostEstimate } from "@/lib/rules/billing/estimate";
import { regionCurrency } from "@/lib/rules/billing/money";
import { toUnitPrice } from "@/lib/rules/billing/prices";
import { findPrice } from "@/lib/services/prices/lookup";
import type { PriceKey } from "@/lib/rules/billing/price-key";
import { probeAll } from "@/lib/services/generations/probes";
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

interface PrivateAccess {
  /** The rules' static check: private literals pass only when allowed instance-wide or every such URL is one of ours. */
  rules: boolean;
  /** The prober's, per URL: a public-looking URL never gets to reach a private address (a DNS answer), unless it is ours. */
  probe: (url: string) => boolean;
}

async function privateAccess(urls: readonly UrlField[]): Promise<PrivateAccess> {
  if (env().ALLOW_PRIVATE_URLS) return { rules: true, probe: () => true };
  const origins = await trustedOrigins();
  const ours = (url: string) => isTrustedUrl(url, origins);
  return { rules: urls.every((f) => urlProblem(f.path, f.url, false) === null || ours(f.url)), probe: ours };
}

export interface PrepareOptions {
  /** Estimates: a refusal lists every issue and carries the breakdown of the valid parts (probing even then). */
  estimateOnRefusal?: boolean;
}

/** One pass: the structure, then a probe of every URL the parsed request names, then the catalog rules with what the probes found. */
export async function prepareGeneration(teamId: string, body: unknown, at = new Date(), options: PrepareOptions = {}): Promise<PreparedGeneration> {
  const structure = parseGenerationStructure(body);
  const access = await privateAccess(structure.urls);
  const allowPrivateUrls = access.rules;
  // No network calls for a body without the request's structure (unless the refusal is to say what it would cost).
  if (!structure.request && !options.estimateOnRefusal) throw validationFailed(checkGenerationRules(structure, { allowPrivateUrls }).issues);
  const { probes, issues: probeIssues } = await probeAll(structure.urls, access.probe);
  const checked = checkGenerationRules(structure, { allowPrivateUrls, probes });
  if (probeIssues.length || !checked.ok || !checked.request) {
    const issues = dedupeIssues([...probeIssues, ...checked.issues]);
    if (!options.estimateOnRefusal) throw validationFailed(issues);
    throw await refusalWithEstimate(teamId, body, issues, probes, at);
  }

  const request = checked.request;
  const model = getModel(request.model);
  if (!model) throw new Error(`A validated request names an unknown model: ${request.model}`);
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
