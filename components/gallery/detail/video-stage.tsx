"use client";

// The top of the detail page: the archived video in a player (seeking uses Range requests), or
// a 16:9 stage that shows where the generation is while there is no video yet.
import { CircleX, Clapperboard, TimerOff } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { PUBLIC_STATUS } from "@/lib/rules/generation-status";
import { StatusBadge } from "@/components/ui/status-badge";
import { videoUrl } from "../api";
import { ElapsedLabel, ProgressHint } from "../live-progress";
import { displayStatus, isInFlight } from "../live";
import type { GenerationJson as GenerationItem } from "@/lib/contracts/generation";
import type { ModelSummary } from "../viewer";

const WAITING_TEXT: Record<string, string> = {
  queued: "Queued — it is sent to the model as soon as a slot is free.",
  pending: "Accepted by the provider, waiting to start.",
  running: "Generating the video…",
  archiving: "Archiving… the video is being saved to the team's archive.",
};

export function VideoStage({ g, model }: { g: GenerationItem; model: ModelSummary }) {
  if (g.video) {
    return (
      <video
        key={g.video.url}
        data-testid="generation-video"
        src={videoUrl(g.id)}
        poster={g.posterUrl ?? undefined}
        controls
        playsInline
        preload="metadata"
        aria-label={`Video: ${g.prompt.slice(0, 80)}`}
        className="aspect-video w-full rounded-xl border border-border bg-black shadow-card"
      />
    );
  }
  const status = displayStatus(g);
  const active = isInFlight(g.status);
  const failed = g.status === PUBLIC_STATUS.failed || g.status === PUBLIC_STATUS.canceled;
  const Icon = active ? Clapperboard : failed ? CircleX : TimerOff;
  return (
    <div className="relative aspect-video w-full overflow-hidden rounded-xl border border-border bg-[radial-gradient(120%_90%_at_20%_10%,var(--surface-3),var(--surface-2)_60%)] shadow-card">
      <div className="flex size-full flex-col items-center justify-center gap-3 px-6 text-center">
        <Icon aria-hidden className={cn("size-8", active ? "text-accent-text animate-pulse-soft" : failed ? "text-danger" : "text-warning")} />
        <StatusBadge status={status} />
        <p className="max-w-md text-sm text-muted">{active ? WAITING_TEXT[status] : (g.error?.title ?? "There is no video for this generation.")}</p>
        {active && (
          <p className="text-xs text-muted">
            <ElapsedLabel g={g} typicalSeconds={model.typicalSeconds} />
          </p>
        )}
      </div>
      <ProgressHint g={g} typicalSeconds={model.typicalSeconds} className="absolute inset-x-0 bottom-0 h-1.5!" />
    </div>
  );
}
