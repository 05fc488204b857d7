"use client";

// Ticking time labels and the typical-duration progress hint for in-flight generations.
import { cn } from "@/components/ui/cn";
import { PUBLIC_STATUS } from "@/lib/rules/generation-status";
import { elapsedSeconds, formatAgo, formatClock, formatSpan, isInFlight, progressFraction, secondsSinceStart } from "./live";
import type { GenerationJson as GenerationItem } from "@/lib/contracts/generation";
import { useNow } from "./use-now";

type Timed = Pick<GenerationItem, "status" | "createdAt" | "submittedAt" | "finishedAt">;

/**
 * A thin bar that fills towards the model's typical duration and slows down before the end,
 * never reaching 100 % until the video is there. Rendered only while in flight.
 */
/** In flight and moving: a request awaiting an admin's decision neither runs nor ticks. */
const isMoving = (status: string) => isInFlight(status) && status !== PUBLIC_STATUS.awaiting_approval;

export function ProgressHint({ g, typicalSeconds, className }: { g: Timed; typicalSeconds: number; className?: string }) {
  const active = isMoving(g.status);
  const now = useNow(active);
  if (!active) return null;
  const fraction = now === null ? 0 : progressFraction(g.status, secondsSinceStart(g, now), typicalSeconds);
  const percent = Math.round(fraction * 100);
  return (
    <div
      role="progressbar"
      aria-label="Estimated progress"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={g.status === PUBLIC_STATUS.queued ? "Waiting to start" : `About ${percent} %; this model typically takes ${formatSpan(typicalSeconds)}`}
      className={cn("h-1 w-full overflow-hidden bg-black/15 dark:bg-white/10", className)}
    >
      <div className="h-full bg-accent transition-[width] duration-1000 ease-linear motion-reduce:transition-none" style={{ width: `${percent}%` }} />
    </div>
  );
}

/** "1:05 · typically 2 min 30 s" while in flight, "took 1 min 5 s" once finished. */
export function ElapsedLabel({ g, typicalSeconds, className }: { g: Timed; typicalSeconds: number; className?: string }) {
  const active = isMoving(g.status);
  const now = useNow(active);
  if (g.status === PUBLIC_STATUS.awaiting_approval) return <span className={className}>waiting for an admin</span>;
  if (now === null) return <span className={className}>&nbsp;</span>;
  const seconds = elapsedSeconds(g, now);
  return (
    <span
      className={cn("tabular-nums", className)}
      title={active ? `Elapsed since it was queued; this model typically takes ${formatSpan(typicalSeconds)}` : undefined}
    >
      {active ? (
        <>
          {formatClock(seconds)}
          <span className="text-faint"> · typically {formatSpan(typicalSeconds)}</span>
        </>
      ) : g.finishedAt ? (
        `took ${formatSpan(seconds)}`
      ) : (
        ""
      )}
    </span>
  );
}

/** "3rd in line · starts in about 4 min" while queued; nothing otherwise. */
export function QueueSpotLabel({ g, className }: { g: Pick<GenerationItem, "status" | "queuePosition" | "estimatedStartAt">; className?: string }) {
  const queued = g.status === PUBLIC_STATUS.queued && g.queuePosition !== null;
  const now = useNow(false);
  if (!queued || g.queuePosition === null) return null;
  const place = g.queuePosition === 0 ? "Being sent now" : g.queuePosition === 1 ? "Next in line" : `#${g.queuePosition} in line`;
  const wait = g.estimatedStartAt && now !== null ? Math.max(0, (new Date(g.estimatedStartAt).getTime() - now) / 1000) : null;
  return (
    <p className={cn("tabular-nums", className)} data-testid="queue-spot">
      {place}
      {wait !== null && g.queuePosition > 0 && (
        <span className="text-faint"> · {wait < 30 ? "starts soon" : `starts in about ${formatSpan(Math.round(wait / 60) * 60 || 60)}`}</span>
      )}
    </p>
  );
}

/** "5 min ago", refreshed every minute; empty until hydrated. */
export function TimeAgo({ iso, className }: { iso: string; className?: string }) {
  const now = useNow(false);
  return (
    <time dateTime={iso} className={className} title={now === null ? undefined : new Date(iso).toLocaleString()}>
      {now === null ? "\u00a0" : formatAgo(iso, now)}
    </time>
  );
}

/** A date and time in the viewer's time zone ("Nov 21, 14:03:12"); empty until hydrated. */
export function LocalTime({ iso, seconds = false, className }: { iso: string; seconds?: boolean; className?: string }) {
  const now = useNow(false);
  const options: Intl.DateTimeFormatOptions = { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", ...(seconds && { second: "2-digit" }) };
  return (
    <time dateTime={iso} className={className}>
      {now === null ? "\u00a0" : new Date(iso).toLocaleString("en", options)}
    </time>
  );
}
