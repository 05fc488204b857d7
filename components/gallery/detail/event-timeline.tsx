"use client";

// What happened to the generation, in order: queued, submitted (task and request ids),
// running, provider finished, archived (size, checksum) or failed.
import { CopyButton } from "@/components/ui/copy-button";
import { cn } from "@/components/ui/cn";
import { SkeletonText } from "@/components/ui/skeleton";
import { LocalTime } from "../live-progress";
import type { GenerationEventJson as GenerationEvent } from "@/lib/contracts/generation";
import { DetailSection } from "./detail-section";
import { describeEvent, type EventTone } from "./events";

const DOT: Record<EventTone, string> = {
  neutral: "bg-faint",
  accent: "bg-accent",
  success: "bg-success",
  warning: "bg-warning",
  danger: "bg-danger",
};

export function EventTimeline({ events, loading }: { events: GenerationEvent[] | undefined; loading: boolean }) {
  return (
    <DetailSection title="Timeline">
      {loading && !events ? (
        <SkeletonText lines={4} />
      ) : !events || events.length === 0 ? (
        <p className="text-sm text-muted">No events yet.</p>
      ) : (
        <ol
          className="relative space-y-4 before:absolute before:top-2 before:bottom-2 before:left-[5px] before:w-px before:bg-border"
          data-testid="event-timeline"
        >
          {events.map((event) => {
            const described = describeEvent(event);
            return (
              <li key={event.id} className="relative pl-6" data-event-type={event.type}>
                <span aria-hidden className={cn("absolute top-1.5 left-0 size-[11px] rounded-full ring-4 ring-surface", DOT[described.tone])} />
                <div className="flex flex-wrap items-baseline justify-between gap-x-2">
                  <p className="text-sm font-medium">{described.title}</p>
                  <LocalTime iso={event.createdAt} seconds className="text-xs text-muted tabular-nums" />
                </div>
                {event.message && <p className="mt-0.5 text-[13px] leading-5 text-muted">{event.message}</p>}
                {described.details.length > 0 && (
                  <dl className="mt-1 space-y-0.5 text-xs">
                    {described.details.map((detail) => (
                      <div key={detail.label} className="flex items-center gap-2">
                        <dt className="shrink-0 text-muted">{detail.label}</dt>
                        <dd className="flex min-w-0 items-center gap-1">
                          <span className={cn("min-w-0 truncate", detail.copy && "font-mono")} title={detail.value}>
                            {detail.value}
                          </span>
                          {detail.copy && <CopyButton value={detail.value} label={`Copy ${detail.label.toLowerCase()}`} className="size-6! [&_svg]:size-3!" />}
                        </dd>
                      </div>
                    ))}
                  </dl>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </DetailSection>
  );
}
