"use client";

// One generation in the grid. Memoized (a live update re-renders only the cards that changed)
// and of fixed shape (16:9 poster, two-line prompt), so status changes never shift the layout.
import Link from "next/link";
import { memo } from "react";
import { Avatar } from "@/components/ui/avatar";
import { cn } from "@/components/ui/cn";
import { StatusBadge } from "@/components/ui/status-badge";
import { CancelButton, isCancelable } from "./cancel-button";
import { CardPoster } from "./card-poster";
import { FavouriteButton } from "./favourite-button";
import { costLabel } from "./cost";
import { useGalleryData, useModel } from "./gallery-context";
import { GenerationActions } from "./generation-actions";
import { ElapsedLabel, ProgressHint, QueueSpotLabel, TimeAgo } from "./live-progress";
import { displayStatus } from "./live";
import { ReviewBadge } from "./review-badge";
import { usePreview } from "./use-preview";
import { canManage } from "./viewer";
import type { GenerationJson as GenerationItem } from "@/lib/contracts/generation";

function outputSeconds(g: GenerationItem): number | null {
  return g.request.duration ?? g.estimate?.outputSeconds ?? null;
}

export const GenerationCard = memo(function GenerationCard({ g, projectName, href }: { g: GenerationItem; projectName?: string; href: string }) {
  const model = useModel(g.model);
  const { preview, handlers } = usePreview();
  const cost = costLabel(g);
  const seconds = outputSeconds(g);
  const status = displayStatus(g);
  const { viewer } = useGalleryData();
  const cancelable = isCancelable(g) && canManage(viewer, g);
  return (
    <article
      data-testid="generation-card"
      data-generation-id={g.id}
      data-status={status}
      {...handlers}
      className={cn(
        "group relative flex flex-col overflow-hidden rounded-xl border border-border bg-surface shadow-card",
        "transition-[border-color,box-shadow] duration-150 hover:border-border-strong hover:shadow-popover",
        "focus-within:border-border-strong [contain-intrinsic-size:auto_20rem] [content-visibility:auto]",
      )}
    >
      <div className="relative aspect-video overflow-hidden bg-surface-2">
        <CardPoster g={g} modelLabel={model.label} preview={preview} />
        <span className="absolute top-2 left-2 rounded-full bg-surface">
          <StatusBadge status={status} size="sm" />
        </span>
        {/* Over the poster, so the card keeps its shape when the button comes and goes. */}
        {cancelable && (
          <span className="absolute top-2 right-2 z-10">
            <CancelButton g={g} className="h-7 px-2 text-xs shadow-card" />
          </span>
        )}
        {g.review && (
          <span className="absolute bottom-2 left-2 rounded-full bg-surface">
            <ReviewBadge status={g.review.status} />
          </span>
        )}
        {seconds !== null && (
          <span className="absolute right-2 bottom-2 rounded bg-black/65 px-1.5 py-0.5 text-[11px] font-medium text-white tabular-nums">{seconds} s</span>
        )}
        <ProgressHint g={g} typicalSeconds={model.typicalSeconds} className="absolute inset-x-0 bottom-0" />
      </div>
      <div className="flex flex-1 flex-col gap-2 p-3">
        <div className="flex items-start gap-1">
          <Link
            href={href}
            className="line-clamp-2 min-h-10 flex-1 text-sm leading-5 font-medium text-text outline-none after:absolute after:inset-0 after:rounded-xl focus-visible:after:ring-2 focus-visible:after:ring-ring focus-visible:after:ring-inset"
            title={g.prompt}
          >
            {g.prompt}
          </Link>
          <div className="relative z-10 -mt-1 -mr-1.5 flex">
            <FavouriteButton g={g} />
            <GenerationActions g={g} openHref={href} />
          </div>
        </div>
        <div className="flex items-center justify-between gap-2 text-xs text-muted">
          <span className="truncate" title={g.model}>
            {model.label}
            {projectName ? <span className="text-faint"> · {projectName}</span> : null}
          </span>
          <span
            className={cn("shrink-0 tabular-nums", cost.kind === "actual" && "font-medium text-text", cost.kind === "lost" && "font-medium text-warning")}
            title={
              cost.kind === "estimate"
                ? "Estimated cost"
                : cost.kind === "actual"
                  ? "Actual cost"
                  : cost.kind === "lost"
                    ? "The provider billed this video, but it could not be stored"
                    : undefined
            }
          >
            {cost.text}
          </span>
        </div>
        <div className="flex items-center justify-between gap-2 text-xs text-muted">
          <span className="flex min-w-0 items-center gap-1.5">
            <Avatar name={g.creator.name || "?"} size="xs" decorative />
            <span className="truncate">
              {g.creator.name || "Unknown"}
              <span className="text-faint">
                {" · "}
                <TimeAgo iso={g.createdAt} />
              </span>
            </span>
          </span>
          <ElapsedLabel g={g} typicalSeconds={model.typicalSeconds} className="shrink-0" />
        </div>
        <QueueSpotLabel g={g} className="text-xs text-muted" />
      </div>
    </article>
  );
});
