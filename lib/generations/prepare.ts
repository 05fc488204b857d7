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

export interface PreparedGeneration {
  request: GenerationRequest;
  warnings: Issue[];
  estimate: CostEstimate;
  priceEntryId: string | null;
}

export async function prepareGeneration(teamId: string, body: unknown, at = new Date()): Promise<PreparedGeneration> {
  const allowPrivateUrls = env().ALLOW_PRIVATE_URLS;
  const first = validateGeneration(body, { allowPrivateUrls });
  // Probe only when the request is otherwise sound: no network calls for a request that is refused anyway.
  const onlyNeedsProbes = first.issues.every((i) => i.path.startsWith("references") || i.path === "audioUrl");
  if (!first.ok && !onlyNeedsProbes) throw validationFailed(first.issues);
  const { probes, issues: probeIssues } = await probeAll(urlFields(body as Record<string, unknown>));
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
