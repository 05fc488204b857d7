"use client";

// A live gallery of generations: one project's (project page) or the whole team's (/generations).
import Link from "next/link";
import { useMemo, type ReactNode } from "react";
import { Clapperboard, SearchX, Sparkles } from "lucide-react";
import { Banner } from "@/components/ui/banner";
import { Button, buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { activeFilterCount, EMPTY_FILTERS, filtersToApiQuery, type ListApiQuery } from "./filters";
import { GalleryFilterBar } from "./gallery-filters";
import { GalleryProvider, type GalleryData } from "./gallery-context";
import { CardSkeletons, GenerationGrid, gridClassName } from "./generation-grid";
import type { GenerationPageJson as ListPage } from "@/lib/contracts/generation";
import { useGalleryFilters } from "./use-gallery-filters";
import { useGenerationList } from "./use-generation-list";

export interface GalleryProps {
  data: GalleryData;
  /** Set on a project page: the gallery shows that project only. */
  projectId?: string;
  /** The first page as rendered on the server, for the filters it was read with. */
  initial: { query: ListApiQuery; page: ListPage } | null;
  /** What an unfiltered, empty gallery shows instead of the generic "No videos yet". */
  empty?: ReactNode;
}

export function Gallery(props: GalleryProps) {
  return (
    <GalleryProvider data={props.data}>
      <GalleryBody {...props} />
    </GalleryProvider>
  );
}

function GalleryBody({ data, projectId, initial, empty }: GalleryProps) {
  const [filters, setFilters] = useGalleryFilters();
  const query = useMemo(() => filtersToApiQuery(filters, projectId), [filters, projectId]);
  const { list, items, inFlightCount } = useGenerationList(query, initial);
  const filtered = activeFilterCount(filters, { includeProject: !projectId }) > 0;
  const newHref = projectId ? `/generate?projectId=${encodeURIComponent(projectId)}` : "/generate";

  let content;
  if (list.isPending) {
    content = (
      <ul className={gridClassName} aria-busy="true" aria-label="Loading generations">
        <CardSkeletons count={6} />
      </ul>
    );
  } else if (list.isError && items.length === 0) {
    content = (
      <Banner
        tone="danger"
        title="Could not load the generations"
        action={
          <Button variant="outline" size="sm" onClick={() => list.refetch()}>
            Try again
          </Button>
        }
      >
        {list.error instanceof Error ? list.error.message : "Please try again."}
      </Banner>
    );
  } else if (items.length === 0) {
    content = filtered ? (
      <EmptyState
        icon={<SearchX />}
        title="Nothing matches these filters"
        text="Try another search, status or date range."
        action={
          <Button variant="outline" onClick={() => setFilters(EMPTY_FILTERS)}>
            Clear filters
          </Button>
        }
      />
    ) : empty ? (
      empty
    ) : (
      <EmptyState
        icon={<Clapperboard />}
        title="No videos yet"
        text={projectId ? "Generations made for this project appear here, live, as they are generated." : "Every video your team generates appears here."}
        action={
          data.viewer.canCreate ? (
            <Link href={newHref} className={buttonClassName()}>
              <Sparkles aria-hidden /> New generation
            </Link>
          ) : undefined
        }
      />
    );
  } else {
    content = (
      <GenerationGrid
        updating={list.isPlaceholderData}
        items={items}
        hasNextPage={list.hasNextPage}
        isFetchingNextPage={list.isFetchingNextPage}
        fetchNextPage={list.fetchNextPage}
        showProjectName={!projectId}
      />
    );
  }

  return (
    <div className="space-y-5">
      <GalleryFilterBar filters={filters} onChange={setFilters} showProject={!projectId} />
      <p className="min-h-5 text-[13px] text-muted" aria-live="polite">
        {list.isPending ? "\u00a0" : summary(items.length, list.hasNextPage, inFlightCount)}
      </p>
      {content}
    </div>
  );
}

function summary(count: number, more: boolean, inFlight: number): string {
  if (count === 0) return "\u00a0";
  const shown = `${count}${more ? "+" : ""} ${count === 1 && !more ? "video" : "videos"}`;
  return inFlight > 0 ? `${shown} · ${inFlight} in progress, updating live` : shown;
}
