"use client";

// Creating the generation. One Idempotency-Key per form instance (a fresh one after a success),
// so a double click or a retried request never makes a second video.
import { useCallback, useRef, useState } from "react";
import type { Issue } from "@/lib/rules/models/types";
import { api, ApiError } from "@/components/app/api-client";
import type { GenerationJson } from "@/lib/contracts/generation";
import type { RequestBody } from "./request-body";

export type CreatedGeneration = Pick<GenerationJson, "id" | "projectId" | "model">;

export interface SubmitState {
  submitting: boolean;
  /** The API's 422 issues for the body that was sent. */
  issues: Issue[];
  /** Any other refusal, as the API worded it. */
  problem: string | null;
}

function newIdempotencyKey(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `form-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export function useSubmitGeneration(onCreated: (generation: CreatedGeneration) => void) {
  const keyRef = useRef<string | null>(null);
  const inFlight = useRef(false);
  const [state, setState] = useState<SubmitState>({ submitting: false, issues: [], problem: null });

  const submit = useCallback(
    async (body: RequestBody) => {
      if (inFlight.current) return;
      inFlight.current = true;
      keyRef.current ??= newIdempotencyKey();
      setState({ submitting: true, issues: [], problem: null });
      try {
        const { generation } = await api<{ generation: CreatedGeneration }>("/api/v1/generations", {
          body,
          headers: { "Idempotency-Key": keyRef.current },
        });
        keyRef.current = null;
        setState({ submitting: false, issues: [], problem: null });
        onCreated(generation);
      } catch (error) {
        const apiError = error instanceof ApiError ? error : null;
        const issues = apiError?.status === 422 ? apiError.issues : [];
        const problem = issues.length > 0 ? null : error instanceof Error ? error.message : "The generation could not be created; try again.";
        // A refusal created nothing: the next (probably changed) body gets a fresh key. After a
        // network or provider error the key is kept, so a retry cannot make a second video.
        if (apiError && apiError.status < 500) keyRef.current = null;
        setState({ submitting: false, issues, problem });
      } finally {
        inFlight.current = false;
      }
    },
    [onCreated],
  );

  const clearProblems = useCallback(() => setState((s) => (s.issues.length || s.problem ? { ...s, issues: [], problem: null } : s)), []);

  return { ...state, submit, clearProblems };
}
