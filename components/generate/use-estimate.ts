"use client";

// The live cost estimate: POST /api/v1/estimates once the form has been still for ~400 ms.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { EstimateAnswerJson } from "@/lib/contracts/estimate";
import type { PartialEstimate } from "@/lib/rules/billing/partial-estimate";
import type { Issue } from "@/lib/rules/models/types";
import { ApiError } from "@/components/app/api-client";
import { useDebouncedValue } from "./use-debounced-value";
import type { RequestBody } from "./request-body";

/** The answer of POST /api/v1/estimates as the form reads it (it keeps its own request). */
export type EstimateAnswer = Omit<EstimateAnswerJson, "request">;

export interface LiveEstimate {
  answer: EstimateAnswer | undefined;
  /** When the API refused the body (422): the breakdown of its valid parts. */
  partial: PartialEstimate | undefined;
  /** The API's 422 issues for the current body (shown like the form's own). */
  issues: Issue[];
  /** Another refusal (provider trouble, network…), as a sentence. */
  problem: string | null;
  /** A request is in flight, or the form changed since the shown answer. */
  updating: boolean;
  /** The shown answer belongs to the form as it is now. */
  current: boolean;
}

export const ESTIMATE_DEBOUNCE_MS = 400;

/** The estimate, or a 422 that still says what the valid parts cost (kept like an answer while the next one loads). */
type EstimateReply = { answer: EstimateAnswer; refusal?: undefined } | { answer?: undefined; refusal: { issues: Issue[]; partial: PartialEstimate } };

export function useLiveEstimate(body: RequestBody, enabled: boolean): LiveEstimate {
  const key = JSON.stringify(body);
  const settledKey = useDebouncedValue(key, ESTIMATE_DEBOUNCE_MS);
  const query = useQuery({
    queryKey: ["estimate", settledKey],
    queryFn: ({ signal }) => postEstimate(settledKey, signal),
    enabled,
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 60_000,
    refetchOnWindowFocus: false,
  });
  const error = query.error instanceof ApiError ? query.error : null;
  const settled = settledKey === key;
  const refusal = settled && !query.isPlaceholderData ? query.data?.refusal : undefined;
  return {
    answer: enabled ? query.data?.answer : undefined,
    partial: enabled ? query.data?.refusal?.partial : undefined,
    issues: enabled && settled ? (refusal?.issues ?? (error?.status === 422 ? error.issues : [])) : [],
    problem: enabled && settled && query.error && !(error?.status === 422 && error.issues.length > 0) ? query.error.message : null,
    updating: enabled && (!settled || query.isFetching),
    current: enabled && settled && !query.isPlaceholderData && query.isSuccess,
  };
}

async function postEstimate(body: string, signal: AbortSignal): Promise<EstimateReply> {
  const res = await fetch("/api/v1/estimates", { method: "POST", headers: { "content-type": "application/json" }, body, signal });
  const data = (await res.json().catch(() => null)) as
    | (EstimateAnswer & { error?: { message: string; code: string; issues?: Issue[]; details?: { estimate?: PartialEstimate } } })
    | null;
  const partial = data?.error?.details?.estimate;
  if (res.status === 422 && partial) return { refusal: { issues: data?.error?.issues ?? [], partial } };
  if (!res.ok) {
    throw new ApiError(data?.error?.message ?? `The estimate failed (${res.status}).`, res.status, data?.error?.code ?? "unknown", data?.error?.issues);
  }
  return { answer: data as EstimateAnswer };
}
