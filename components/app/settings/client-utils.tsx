"use client";

// Small helpers shared by the settings screens: local times and one pending/error state per action.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ApiError } from "@/components/app/api-client";
import { useHydrated } from "@/components/ui/use-hydrated";

function utcText(iso: string): string {
  return `${iso.slice(0, 16).replace("T", " ")} UTC`;
}

function localText(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });
}

/** A timestamp in the viewer's time zone (UTC until the browser takes over, so hydration matches). */
export function LocalTime({ iso, fallback = "—" }: { iso: string | null | undefined; fallback?: string }) {
  const hydrated = useHydrated();
  if (!iso) return <span className="text-muted">{fallback}</span>;
  return (
    <time dateTime={iso} title={iso}>
      {hydrated ? localText(iso) : utcText(iso)}
    </time>
  );
}

export function errorText(error: unknown): string {
  return error instanceof ApiError ? error.message : "Something went wrong. Try again.";
}

/** Runs one request at a time, keeps its error, and refreshes the server-rendered page after success. */
export function useAction() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run<T>(fn: () => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    setError(null);
    try {
      const result = await fn();
      router.refresh();
      return result;
    } catch (e) {
      setError(errorText(e));
      return undefined;
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, setError, run };
}
