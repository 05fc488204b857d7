"use client";

// The grid of cards with infinite scroll: a sentinel below the last card loads the next page
// as it comes near, and a "Load more" button does the same for keyboards and slow observers.
import { useEffect, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Skeleton } from "@/components/ui/skeleton";
import { useGalleryData } from "./gallery-context";
import { GenerationCard } from "./generation-card";
import { generationHref } from "./links";
import type { GenerationJson as GenerationItem } from "@/lib/contracts/generation";
import { useInView } from "./use-in-view";

export const gridClassName = "grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3";

interface GenerationGridProps {
  items: GenerationItem[];
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
  /** Team-wide view: name each card's project. */
  showProjectName: boolean;
  /** New filters are loading: the cards shown are the previous results. */
  updating?: boolean;
}

export function GenerationGrid({ items, hasNextPage, isFetchingNextPage, fetchNextPage, showProjectName, updating = false }: GenerationGridProps) {
  const { projectById } = useGalleryData();
  const [sentinel, near] = useInView<HTMLDivElement>({ rootMargin: "600px" });

  useEffect(() => {
    if (near && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [near, hasNextPage, isFetchingNextPage, fetchNextPage]);

  return (
    <div className="space-y-6">
      <ul className={cn(gridClassName, "transition-opacity", updating && "opacity-60")} aria-label="Generations" aria-busy={updating || undefined}>
        {items.map((g) => (
          <li key={g.id}>
            <GenerationCard
              g={g}
              projectName={showProjectName ? (projectById.get(g.projectId)?.name ?? "") : undefined}
              href={generationHref(g, showProjectName ? "all" : "project")}
            />
          </li>
        ))}
        {isFetchingNextPage && <CardSkeletons count={3} />}
      </ul>
      {hasNextPage && (
        <div ref={sentinel} className="flex justify-center">
          <Button variant="outline" loading={isFetchingNextPage} onClick={() => fetchNextPage()}>
            Load more
          </Button>
        </div>
      )}
    </div>
  );
}

export function CardSkeletons({ count }: { count: number }): ReactNode {
  return Array.from({ length: count }, (_, i) => (
    <li key={`skeleton-${i}`} aria-hidden="true" className="overflow-hidden rounded-xl border border-border bg-surface">
      <Skeleton className="aspect-video w-full rounded-none" />
      <div className="space-y-2 p-3">
        <Skeleton className="h-4 w-4/5" />
        <Skeleton className="h-3 w-3/5" />
        <Skeleton className="h-3 w-2/5" />
      </div>
    </li>
  ));
}
