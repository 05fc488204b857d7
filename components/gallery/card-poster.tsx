"use client";

// The card's 16:9 picture: the archived video's frame at 0.5 s (mounted only while near the
// viewport, previewed on hover), or a quiet placeholder with the model name while there is no video.
import { useEffect, useRef } from "react";
import { CircleX, Clapperboard, TimerOff } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { PUBLIC_STATUS } from "@/lib/rules/generation-status";
import { videoUrl } from "./api";
import type { GenerationJson as GenerationItem } from "@/lib/contracts/generation";
import { useInView } from "./use-in-view";

const FRAME = 0.5;

export function CardPoster({ g, modelLabel, preview }: { g: GenerationItem; modelLabel: string; preview: boolean }) {
  const [ref, near] = useInView<HTMLDivElement>({ rootMargin: "400px" });
  const archived = g.status === PUBLIC_STATUS.succeeded && g.video;
  return (
    <div ref={ref} className="absolute inset-0">
      <Placeholder g={g} modelLabel={modelLabel} />
      {/* Layered over the placeholder, so nothing flashes black while the frame loads. */}
      {archived && near ? <PosterVideo id={g.id} preview={preview} /> : null}
    </div>
  );
}

function PosterVideo({ id, preview }: { id: string; preview: boolean }) {
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const el = video.current;
    if (!el) return;
    if (preview) {
      void el.play().catch(() => undefined);
    } else {
      el.pause();
      if (el.readyState > 0) el.currentTime = FRAME;
    }
  }, [preview]);
  return (
    <video
      ref={video}
      src={`${videoUrl(id)}#t=${FRAME}`}
      preload="metadata"
      muted
      playsInline
      loop
      disablePictureInPicture
      tabIndex={-1}
      aria-hidden="true"
      className="absolute inset-0 size-full object-cover"
    />
  );
}

function Placeholder({ g, modelLabel }: { g: GenerationItem; modelLabel: string }) {
  const failed = g.status === PUBLIC_STATUS.failed || g.status === PUBLIC_STATUS.canceled;
  const expired = g.status === PUBLIC_STATUS.expired;
  const Icon = failed ? CircleX : expired ? TimerOff : Clapperboard;
  const note = failed || expired ? (g.error?.title ?? (expired ? "The result expired" : "No video")) : null;
  return (
    <div
      className={cn(
        "flex size-full flex-col items-center justify-center gap-2 px-4 text-center",
        "bg-[radial-gradient(120%_90%_at_20%_10%,var(--surface-3),var(--surface-2)_60%)]",
      )}
    >
      <Icon aria-hidden className={cn("size-6", failed ? "text-danger/80" : expired ? "text-warning/80" : "text-faint")} />
      <p className="line-clamp-1 text-xs font-medium text-muted">{modelLabel}</p>
      {note && <p className="line-clamp-2 text-[11px] text-faint">{note}</p>}
    </div>
  );
}
