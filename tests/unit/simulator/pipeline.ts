// The product's path to a provider body (validate, then build) and the simulator's verdict on it.
import { buildProviderRequest } from "@/lib/rules/models/builders";
import { validateGeneration } from "@/lib/rules/models/validate";
import type { GenerationRequest, ProviderRequest, Region } from "@/lib/rules/models/types";
import { kindFromExtension, type ReferenceKind } from "@/lib/simulator/reference-media";
import { validateCreateRequest, type ValidationOutcome } from "@/lib/simulator/validate-request";

/** What the simulator would learn by fetching the URL; the fixtures' extensions say it. */
export const kindOf = async (url: string): Promise<ReferenceKind> => kindFromExtension(url) ?? "unknown";

/** The product's issues with a request (empty: a user could submit it as it is). */
export function productIssues(body: GenerationRequest): string[] {
  const checked = validateGeneration(body);
  return checked.ok ? [] : checked.issues.map((issue) => `${issue.path}: ${issue.message}`);
}

/** What the worker sends for a stored (validated, typed) request. */
export function providerBodyFor(body: GenerationRequest, region: Region): ProviderRequest {
  return buildProviderRequest(body, region);
}

export function simulate(region: Region, body: unknown): Promise<ValidationOutcome> {
  return validateCreateRequest(region, body, kindOf);
}
