"use client";

// The viewer's own favourite: a star that flips at once (see useFavourite).
import { Star } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { useFavourite } from "./use-review";
import type { GenerationJson as GenerationItem } from "@/lib/contracts/generation";

export function FavouriteButton({ g, withLabel = false, className }: { g: GenerationItem; withLabel?: boolean; className?: string }) {
  const favourite = useFavourite(g);
  const on = g.favourite === true;
  return (
    <button
      type="button"
      aria-pressed={on}
      aria-label={withLabel ? undefined : on ? "Remove from favourites" : "Favourite"}
      title={on ? "Remove from favourites" : "Add to favourites"}
      data-testid="favourite-toggle"
      onClick={() => favourite.mutate(!on)}
      className={cn(
        "inline-flex shrink-0 items-center justify-center gap-1.5 rounded-md text-muted outline-none hover:bg-surface-2 hover:text-text focus-visible:ring-2 focus-visible:ring-ring",
        withLabel ? "h-8 border border-border px-2.5 text-[13px]" : "size-9",
        on && "text-warning hover:text-warning",
        className,
      )}
    >
      <Star aria-hidden className={cn("size-4", on && "fill-current")} />
      {withLabel && <span className="text-text">Favourite</span>}
    </button>
  );
}
