"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ApiError } from "@/components/app/api-client";

/** Runs one API call, refreshes the server-rendered page on success, keeps the error message and field issues. */
export function useApiAction() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [issues, setIssues] = useState<Record<string, string>>({});

  async function run(fn: () => Promise<unknown>): Promise<boolean> {
    setBusy(true);
    setError(null);
    setIssues({});
    try {
      await fn();
      router.refresh();
      return true;
    } catch (e) {
      if (e instanceof ApiError) {
        setError(e.message);
        // The first issue of a field is the one that explains it ("must be a decimal" before "must be greater than 0").
        setIssues(Object.fromEntries(e.issues.toReversed().map((i) => [i.path, i.message])));
      } else {
        setError("Something went wrong. Try again.");
      }
      return false;
    } finally {
      setBusy(false);
    }
  }

  const reset = () => {
    setError(null);
    setIssues({});
  };
  return { busy, error, issues, run, reset };
}
