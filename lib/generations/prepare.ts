// Everything that can be known before a generation is created: is the request valid (with every
// referenced file probed), what will it cost. Shared by POST /estimates, submit and the form.
import { env } from "@/lib/env";
import { validationFailed } from "@/lib/http/errors";
import { validateGeneration } from "@/lib/models/validate";
import { effectiveParams } from "@/lib/models/effective";
import { getModel } from "@/lib/models/catalog";
import type { GenerationRequest, Issue } from "@/lib/models/types";
import { estimateCost, type CostEstimate } from "@/lib/billing/estimate";
import { regionCurrency } from "@/lib/billing/money";
import { toUnitPrice } from "@/lib/billing/prices";
import { findPrice } from "@/lib/billing/price-lookup";
import { probeAll, urlFields } from "@/lib/generations/probes";
import { urlProblem } from "@/lib/models/url-safety";
import { isTrustedUrl, trustedOrigins } from "@/lib/provider/trusted-urls";

export interface PreparedGeneration {
  request: GenerationRequest;
  warnings: Issue[];
  estimate: CostEstimate;
  priceEntryId: string | null;
}

/** Private addresses are refused unless allowed instance-wide or every such URL is one of ours. */
async function mayUsePrivateUrls(body: unknown): Promise<boolean> {
  if (env().ALLOW_PRIVATE_URLS) return true;
  if (!body || typeof body !== "object") return false;
  const origins = await trustedOrigins();
  return urlFields(body as Record<string, unknown>).every((f) => urlProblem(f.path, f.url, false) === null || isTrustedUrl(f.url, origins));
}

export async function prepareGeneration(teamId: string, body: unknown, at = new Date()): Promise<PreparedGeneration> {
  const allowPrivateUrls = await mayUsePrivateUrls(body);
  const first = validateGeneration(body, { allowPrivateUrls });
  // Probe only when the request is otherwise sound: no network calls for a request that is refused anyway.
  const onlyNeedsProbes = first.issues.every((i) => i.path.startsWith("references") || i.path === "audioUrl");
  if (!first.ok && !onlyNeedsProbes) throw validationFailed(first.issues);
  const { probes, issues: probeIssues } = await probeAll(urlFields(body as Record<string, unknown>), allowPrivateUrls);
  if (probeIssues.length) throw validationFailed(probeIssues);
  const checked = validateGeneration(body, { allowPrivateUrls, probes });
  if (!checked.ok || !checked.request) throw validationFailed(checked.issues);

  const request = checked.request;
  const model = getModel(request.model)!;
  const params = effectiveParams(request);
  const price = await findPrice({ teamId, model: request.model, region: request.region, tier: params.tier, audio: params.audio, at });
  const references = (request.references ?? []).map((ref) => ({
    url: ref.url,
    type: ref.type ?? "image",
    durationSeconds: probes[ref.url]?.durationSeconds,
  }));
  const estimate = estimateCost({ kind: model.kind, params, references }, toUnitPrice(price), regionCurrency(request.region));
  return { request, warnings: checked.warnings, estimate, priceEntryId: price?.id ?? null };
}
