// Pure helpers behind the live gallery: which statuses are still moving, how often to poll,
// how long something has been running and how far along it probably is.
import { PUBLIC_IN_FLIGHT_STATUSES, PUBLIC_STATUS, STATUS } from "@/lib/rules/generation-status";
import type { GenerationJson as GenerationItem } from "@/lib/contracts/generation";
import type { PublicStatus as GenerationStatus } from "@/lib/rules/generation-status";

export const IN_FLIGHT_STATUSES: readonly GenerationStatus[] = PUBLIC_IN_FLIGHT_STATUSES;

/** Poll every 2 s while something is in flight and the tab is visible. */
export const LIVE_INTERVAL_MS = 2_000;
/** A hidden tab backs off (and refetchIntervalInBackground: false pauses it outright). */
export const HIDDEN_INTERVAL_MS = 30_000;

export function isInFlight(status: string): boolean {
  return (IN_FLIGHT_STATUSES as readonly string[]).includes(status);
}

/** The status to show: a running generation whose video is being stored shows as "archiving". */
export function displayStatus(g: { status: GenerationItem["status"]; archiving: boolean }): string {
  return g.status === PUBLIC_STATUS.running && g.archiving ? STATUS.archiving : g.status;
}

/**
 * refetchInterval as a function of the data: 2 s while any generation in view is queued,
 * pending or running, longer while the tab is hidden, false (stop) once all are finished.
 */
export function refetchIntervalFor(statuses: Iterable<string>, hidden = false): number | false {
  for (const status of statuses) {
    if (isInFlight(status)) return hidden ? HIDDEN_INTERVAL_MS : LIVE_INTERVAL_MS;
  }
  return false;
}

export const isTabHidden = () => typeof document !== "undefined" && document.visibilityState === "hidden";

const time = (iso: string | null | undefined) => (iso ? Date.parse(iso) : Number.NaN);

/** Seconds from creation to the end (finished) or to `now` (still in flight); never negative. */
export function elapsedSeconds(g: Pick<GenerationItem, "createdAt" | "finishedAt">, now: number): number {
  const start = time(g.createdAt);
  const end = g.finishedAt ? time(g.finishedAt) : now;
  if (Number.isNaN(start) || Number.isNaN(end)) return 0;
  return Math.max(0, (end - start) / 1000);
}

/**
 * How far along a generation probably is, 0..1, from the model's typical duration: linear to
 * 90 % at the typical time, then creeping towards (never reaching) 99 %. Only `succeeded`
 * reaches 1; queued work has not started.
 */
export function progressFraction(status: string, secondsSinceStart: number, typicalSeconds: number): number {
  if (status === PUBLIC_STATUS.succeeded) return 1;
  if (status === PUBLIC_STATUS.queued || !isInFlight(status)) return 0;
  const typical = Math.max(1, typicalSeconds);
  const t = Math.max(0, secondsSinceStart);
  if (t <= typical) return 0.9 * (t / typical);
  return Math.min(0.99, 0.9 + 0.09 * (1 - Math.exp(-(t - typical) / typical)));
}

/** Seconds since the provider accepted the task (progress runs from there), else since creation. */
export function secondsSinceStart(g: Pick<GenerationItem, "createdAt" | "submittedAt">, now: number): number {
  const start = time(g.submittedAt ?? g.createdAt);
  return Number.isNaN(start) ? 0 : Math.max(0, (now - start) / 1000);
}

/** 42 → "0:42", 65 → "1:05", 3723 → "1:02:03". */
export function formatClock(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

/** 90 → "1 min 30 s", 45 → "45 s", 7200 → "2 h". For "typically …" hints and "took …". */
export function formatSpan(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  if (total < 60) return `${total} s`;
  if (total < 3600) {
    const m = Math.floor(total / 60);
    const s = total % 60;
    return s ? `${m} min ${s} s` : `${m} min`;
  }
  const h = Math.floor(total / 3600);
  const m = Math.round((total % 3600) / 60);
  return m ? `${h} h ${m} min` : `${h} h`;
}

/** "just now", "5 min ago", "3 h ago", "2 d ago", then a short date. */
export function formatAgo(iso: string, now: number): string {
  const seconds = (now - Date.parse(iso)) / 1000;
  if (!Number.isFinite(seconds)) return "";
  if (seconds < 45) return "just now";
  if (seconds < 3600) return `${Math.max(1, Math.round(seconds / 60))} min ago`;
  if (seconds < 86_400) return `${Math.round(seconds / 3600)} h ago`;
  if (seconds < 7 * 86_400) return `${Math.round(seconds / 86_400)} d ago`;
  return new Date(iso).toLocaleDateString("en", { month: "short", day: "numeric", year: "numeric" });
}
