// The public Generation resource of docs/api.md, built from a row. `succeeded` is reported only
// once the video is archived; until then the generation stays `running` with `archiving: true`.
import "server-only";
import type { Generation } from "@/lib/adapters/db/generated/sqlite/client";
import { microsToDecimal } from "@/lib/rules/billing/money";
import { explainProviderCode } from "@/lib/services/generations/explain";
import { NOT_QUEUED, type QueueSpot } from "@/lib/services/generations/queue-position";
import { posterUrlOf } from "@/lib/services/generations/poster-response";
import { approvalRecordOf } from "@/lib/services/approvals/record";
import { effectiveParameters, type EffectiveParameters } from "@/lib/rules/models/effective";
import { speakStoredMessage } from "@/lib/rules/models/messages";
import type { GenerationRequest, Issue } from "@/lib/rules/models/types";
import { publicStatus, STATUS } from "@/lib/rules/generation-status";
import type { Data } from "@/lib/contracts/common";
import type { Generation as GenerationContract } from "@/lib/contracts/generation";
import type { CostEstimate } from "@/lib/rules/billing/estimate";
import { isReviewStatus } from "@/lib/rules/review";

/** The columns the resource is built from (the list reads only these). */
export type ResourceRow = Pick<
  Generation,
  | "id"
  | "projectId"
  | "creatorId"
  | "mode"
  | "model"
  | "region"
  | "prompt"
  | "request"
  | "warnings"
  | "status"
  | "keySource"
  | "providerTaskId"
  | "providerRequestId"
  | "errorCode"
  | "errorMessage"
  | "estimate"
  | "currency"
  | "actualBilledMs"
  | "actualAmountMicros"
  | "costMismatch"
  | "videoKey"
  | "videoBytes"
  | "videoSha256"
  | "posterKey"
  | "archivedAt"
  | "approvalReasons"
  | "approvalDecision"
  | "approvalDecidedById"
  | "approvalDecidedByName"
  | "approvalDecidedAt"
  | "approvalNote"
  | "reviewStatus"
  | "reviewedById"
  | "reviewedByName"
  | "reviewedAt"
  | "createdAt"
  | "submittedAt"
  | "finishedAt"
> & { creator?: { id: string; name: string } | null };
type Row = ResourceRow;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const isIssue = (value: unknown): value is Issue => isRecord(value) && typeof value.path === "string" && typeof value.message === "string";

/**
 * The request as accepted, or null when the stored value is damaged (not an object): the row
 * still lists, with the request its own columns hold and no parameters, instead of failing the page.
 */
function storedRequest(g: Row): GenerationRequest | null {
  return isRecord(g.request) ? (g.request as unknown as GenerationRequest) : null;
}

/** The output parameters the provider applies (defaults filled in), from the accepted request. */
function parametersOf(g: Row, request: GenerationRequest | null): EffectiveParameters | null {
  if (!request) return null;
  try {
    return effectiveParameters({ ...request, model: g.model, region: g.region as GenerationRequest["region"] });
  } catch {
    return null; // a model no longer in the catalog
  }
}

export type GenerationResource = Data<typeof GenerationContract>;

/** What the reads add for the caller: the team's tags and the caller's own favourite. */
export interface ReviewMarks {
  tags: string[];
  favourite: boolean;
}

function reviewOf(g: Row): GenerationResource["review"] {
  if (!isReviewStatus(g.reviewStatus) || !g.reviewedAt) return null;
  return { status: g.reviewStatus, by: { id: g.reviewedById ?? "", name: g.reviewedByName ?? "" }, at: g.reviewedAt };
}

/** `spot`: where a queued row stands (queue-position.ts); the list and the single read compute it, and the caller's `marks`. */
export function toResource(g: Row, spot: QueueSpot = NOT_QUEUED, marks?: ReviewMarks): GenerationResource {
  const request = storedRequest(g);
  return {
    id: g.id,
    projectId: g.projectId,
    creator: g.creator ? { id: g.creator.id, name: g.creator.name } : { id: g.creatorId, name: "" },
    mode: g.mode,
    model: g.model,
    region: g.region as GenerationRequest["region"],
    prompt: g.prompt,
    request: request ?? { projectId: g.projectId, model: g.model, region: g.region as GenerationRequest["region"], prompt: g.prompt },
    parameters: parametersOf(g, request),
    warnings: (Array.isArray(g.warnings) ? (g.warnings as unknown[]).filter(isIssue) : []).map((w) => ({
      path: w.path,
      message: speakStoredMessage(w.message),
    })),
    status: publicStatus(g.status),
    archiving: g.status === STATUS.archiving,
    keySource: g.keySource,
    providerTaskId: g.providerTaskId,
    providerRequestId: g.providerRequestId,
    error: g.errorCode || g.errorMessage ? { code: g.errorCode ?? "unknown", message: g.errorMessage ?? "", ...explainProviderCode(g.errorCode) } : null,
    estimate: isRecord(g.estimate) ? (g.estimate as unknown as CostEstimate) : null,
    actual:
      g.actualBilledMs === null
        ? null
        : {
            billedSeconds: g.actualBilledMs / 1000,
            amount: g.actualAmountMicros === null ? null : microsToDecimal(g.actualAmountMicros),
            currency: g.currency,
          },
    costMismatch: g.costMismatch,
    posterUrl: g.videoKey ? posterUrlOf(g, `/api/v1/generations/${g.id}`) : null,
    video: g.videoKey ? { url: `/api/v1/generations/${g.id}/video`, bytes: Number(g.videoBytes), sha256: g.videoSha256, archivedAt: g.archivedAt } : null,
    approval: approvalRecordOf(g),
    review: reviewOf(g),
    ...marks,
    queuePosition: spot.queuePosition,
    estimatedStartAt: spot.estimatedStartAt,
    createdAt: g.createdAt,
    submittedAt: g.submittedAt,
    finishedAt: g.finishedAt,
  };
}
