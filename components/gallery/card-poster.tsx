"use client";

// The card's 16:9 picture: the archived video's poster image (the frame at 0.5 s), with the video
// itself mounted only while previewed (hover or keyboard focus). Without a poster: the video's
// frame at 0.5 s (mounted only while near the viewport), or a quiet placeholder with the model
// name while there is no video.
import { useEffect, useRef, useState } from "react";
import { CircleX, Clapperboard, TimerOff } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { PUBLIC_STATUS } from "@/lib/rules/generation-status";
import { videoUrl } from "./api";
import type { GenerationJson as GenerationItem } from "@/lib/contracts/generation";
import { useInView } from "./use-in-view";

const FRAME = 0.5;
/** Posters are 480 px wide; the card crops them to 16:9 (object-cover) whatever the video's shape. */
export const POSTER_SIZE = { width: 480, height: 270 } as const;

export function CardPoster({ g, modelLabel, preview }: { g: GenerationItem; modelLabel: string; preview: boolean }) {
  const archived = g.status === PUBLIC_STATUS.succeeded && g.video;
  // A poster that will not load (gone from storage) falls back to the video's own frame.
  const [posterFailed, setPosterFailed] = useState(false);
  if (archived && g.posterUrl && !posterFailed) {
    return (
      <div className="absolute inset-0">
        <Placeholder g={g} modelLabel={modelLabel} />
        {/* Decorative: the card's link already names the generation by its prompt. Already a small
            JPEG with its own immutable cache headers, so next/image would add nothing but a hop. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img
          data-testid="card-poster-image"
          src={g.posterUrl}
          alt=""
          loading="lazy"
          decoding="async"
          width={POSTER_SIZE.width}
          height={POSTER_SIZE.height}
          className="absolute inset-0 size-full object-cover"
          onError={() => setPosterFailed(true)}
        />
        {preview ? <PosterVideo id={g.id} preview poster={g.posterUrl} /> : null}
      </div>
    );
  }
  return <VideoFrame g={g} modelLabel={modelLabel} preview={preview} archived={Boolean(archived)} />;
}

function VideoFrame({ g, modelLabel, preview, archived }: { g: GenerationItem; modelLabel: string; preview: boolean; archived: boolean }) {
  const [ref, near] = useInView<HTMLDivElement>({ rootMargin: "400px" });
  return (
    <div ref={ref} className="absolute inset-0">
      <Placeholder g={g} modelLabel={modelLabel} />
      {/* Layered over the placeholder, so nothing flashes black while the frame loads. */}
      {archived && near ? <PosterVideo id={g.id} preview={preview} /> : null}
    </div>
  );
}

function PosterVideo({ id, preview, poster }: { id: string; preview: boolean; poster?: string }) {
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
      poster={poster}
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
