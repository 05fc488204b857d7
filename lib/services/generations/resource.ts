// The public Generation resource of docs/api.md, built from a row. `succeeded` is reported only
// once the video is archived; until then the generation stays `running` with `archiving: true`.
import "server-only";
import type { Generation } from "@/lib/adapters/db/generated/sqlite/client";
import { microsToDecimal } from "@/lib/rules/billing/money";
import { explainProviderCode } from "@/lib/services/generations/explain";
import { effectiveParameters, type EffectiveParameters } from "@/lib/rules/models/effective";
import { speakStoredMessage } from "@/lib/rules/models/messages";
import type { GenerationRequest, Issue } from "@/lib/rules/models/types";
import { publicStatus, STATUS } from "@/lib/rules/generation-status";
import type { Data } from "@/lib/contracts/common";
import type { Generation as GenerationContract } from "@/lib/contracts/generation";
import type { CostEstimate } from "@/lib/rules/billing/estimate";

type Row = Generation & { creator?: { id: string; name: string } | null };

/** The output parameters the provider applies (defaults filled in), from the accepted request. */
function parametersOf(g: Row): EffectiveParameters | null {
  try {
    return effectiveParameters({ ...(g.request as unknown as GenerationRequest), model: g.model, region: g.region as GenerationRequest["region"] });
  } catch {
    return null; // a model no longer in the catalog
  }
}

export type GenerationResource = Data<typeof GenerationContract>;

export function toResource(g: Row): GenerationResource {
  return {
    id: g.id,
    projectId: g.projectId,
    creator: g.creator ? { id: g.creator.id, name: g.creator.name } : { id: g.creatorId, name: "" },
    mode: g.mode,
    model: g.model,
    region: g.region as GenerationRequest["region"],
    prompt: g.prompt,
    request: g.request as unknown as GenerationRequest,
    parameters: parametersOf(g),
    warnings: ((g.warnings ?? []) as unknown as Issue[]).map((w) => ({ path: w.path, message: speakStoredMessage(w.message) })),
    status: publicStatus(g.status),
    archiving: g.status === STATUS.archiving,
    keySource: g.keySource,
    providerTaskId: g.providerTaskId,
    providerRequestId: g.providerRequestId,
    error: g.errorCode || g.errorMessage ? { code: g.errorCode ?? "unknown", message: g.errorMessage ?? "", ...explainProviderCode(g.errorCode) } : null,
    estimate: g.estimate as unknown as CostEstimate | null,
    actual:
      g.actualBilledMs === null
        ? null
        : {
            billedSeconds: g.actualBilledMs / 1000,
            amount: g.actualAmountMicros === null ? null : microsToDecimal(g.actualAmountMicros),
            currency: g.currency,
          },
    costMismatch: g.costMismatch,
    video: g.videoKey ? { url: `/api/v1/generations/${g.id}/video`, bytes: Number(g.videoBytes), sha256: g.videoSha256, archivedAt: g.archivedAt } : null,
    createdAt: g.createdAt,
    submittedAt: g.submittedAt,
    finishedAt: g.finishedAt,
  };
}
