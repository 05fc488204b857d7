"use client";

// The live cost estimate: POST /api/v1/estimates once the form has been still for ~400 ms.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { CostEstimate } from "@/lib/billing/estimate";
import type { Issue } from "@/lib/models/types";
import { ApiError } from "@/components/app/api-client";
import { useDebouncedValue } from "./use-debounced-value";
import type { RequestBody } from "./request-body";

export interface BudgetLeft {
  scope: "team" | "project";
  currency: string;
  limit: string;
  committed: string;
  remaining: string;
}

export interface EstimateAnswer {
  estimate: CostEstimate;
  warnings: Issue[];
  budgets: BudgetLeft[];
}

export interface LiveEstimate {
  answer: EstimateAnswer | undefined;
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
  return {
    answer: enabled ? query.data : undefined,
    issues: enabled && settled && error?.status === 422 ? error.issues : [],
    problem: enabled && settled && query.error && !(error?.status === 422 && error.issues.length > 0) ? query.error.message : null,
    updating: enabled && (!settled || query.isFetching),
    current: enabled && settled && !query.isPlaceholderData && query.isSuccess,
  };
}

async function postEstimate(body: string, signal: AbortSignal): Promise<EstimateAnswer> {
  const res = await fetch("/api/v1/estimates", { method: "POST", headers: { "content-type": "application/json" }, body, signal });
  const data = (await res.json().catch(() => null)) as (EstimateAnswer & { error?: { message: string; code: string; issues?: Issue[] } }) | null;
  if (!res.ok) {
    throw new ApiError(data?.error?.message ?? `The estimate failed (${res.status}).`, res.status, data?.error?.code ?? "unknown", data?.error?.issues);
  }
  return data as EstimateAnswer;
}
