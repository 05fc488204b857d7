"use client";

// The shared video: its poster first (no video bytes until someone wants them), the player once
// the pointer rests on it, it gets focus or is clicked. Without a poster: the player right away.
import { useState } from "react";
import { Play } from "lucide-react";
import { POSTER_SIZE } from "./card-poster";

const FRAME_CLASS = "aspect-video w-full rounded-xl border border-border bg-black shadow-card";

export function SharedPlayer({ videoUrl, posterUrl, label }: { videoUrl: string; posterUrl: string | null; label: string }) {
  const [wanted, setWanted] = useState<"no" | "show" | "play">(posterUrl ? "no" : "show");
  if (wanted !== "no" || !posterUrl) {
    return (
      <video
        data-testid="shared-video"
        src={videoUrl}
        poster={posterUrl ?? undefined}
        controls
        playsInline
        autoPlay={wanted === "play"}
        preload="metadata"
        aria-label={label}
        className={FRAME_CLASS}
      />
    );
  }
  return (
    <button
      type="button"
      data-testid="shared-poster"
      onClick={() => setWanted("play")}
      onFocus={() => setWanted("show")}
      onMouseEnter={() => setWanted("show")}
      aria-label={`Play ${label}`}
      className={`${FRAME_CLASS} group relative block overflow-hidden focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none`}
    >
      {/* eslint-disable-next-line @next/next/no-img-element -- a small JPEG served immutable by our route */}
      <img src={posterUrl} alt="" width={POSTER_SIZE.width} height={POSTER_SIZE.height} className="size-full object-cover" />
      <span className="absolute inset-0 flex items-center justify-center">
        <span className="flex size-14 items-center justify-center rounded-full bg-black/60 text-white">
          <Play aria-hidden className="size-6 translate-x-0.5" />
        </span>
      </span>
    </button>
  );
}
