"use client";

// The gallery's data: pages of generations by cursor (infinite scroll), kept live.
//
// Refetching an infinite query refetches every loaded page, which gets heavy deep into a
// gallery of 1,000+ videos. So the pages are loaded once, and a small "live" query polls only
// what is in flight (one request for all queued/pending/running generations matching the
// view), then patches the pages in place: changed cards update, new ones appear at the top,
// finished ones are fetched once more. It runs only while something loaded is in flight.
import { keepPreviousData, useInfiniteQuery, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useRef } from "react";
import { ApiError } from "@/components/app/api-client";
import { fetchGeneration, fetchGenerations, PAGE_SIZE, queryKeys } from "./api";
import { removeFromLists, upsertInLists } from "./cache";
import type { ListApiQuery } from "./filters";
import { IN_FLIGHT_STATUSES, isInFlight, isTabHidden, refetchIntervalFor } from "./live";
import { allItems } from "./pages";
import type { GenerationJson as GenerationItem, GenerationPageJson as ListPage } from "@/lib/contracts/generation";

const LIVE_LIMIT = 100;
const MAX_PAGES_REFRESHED_ON_FOCUS = 4;
/** At most this many finished generations are re-read per tick (the rest on the next). */
const FINISHED_PER_TICK = 12;

async function refreshInFlight(client: QueryClient, query: ListApiQuery, known: GenerationItem[]): Promise<number> {
  const live = await fetchGenerations({ ...query, status: IN_FLIGHT_STATUSES.join(","), limit: LIVE_LIMIT });
  for (const g of live.items) upsertInLists(client, g);
  const liveIds = new Set(live.items.map((g) => g.id));
  const oldestLive = live.items.at(-1)?.createdAt;
  // Known in-flight generations missing from the answer have finished (or were moved/deleted);
  // when the answer was cut at LIVE_LIMIT, only those newer than its end can be judged.
  const finished = known.filter((g) => !liveIds.has(g.id) && (!live.nextCursor || !oldestLive || g.createdAt >= oldestLive)).slice(0, FINISHED_PER_TICK);
  await Promise.all(
    finished.map(async (g) => {
      try {
        upsertInLists(client, await fetchGeneration(g.id));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) removeFromLists(client, g.id);
      }
    }),
  );
  return Date.now();
}

export function useGenerationList(query: ListApiQuery, initial: { query: ListApiQuery; page: ListPage } | null) {
  const client = useQueryClient();
  const useInitial = initial !== null && JSON.stringify(initial.query) === JSON.stringify(query);

  const list = useInfiniteQuery({
    queryKey: queryKeys.list(query),
    queryFn: ({ pageParam }) => fetchGenerations({ ...query, cursor: pageParam ?? undefined, limit: PAGE_SIZE }),
    initialPageParam: null as string | null,
    getNextPageParam: (last: ListPage) => last.nextCursor,
    initialData: useInitial ? { pages: [initial.page], pageParams: [null] } : undefined,
    // While new filters load, keep showing the previous results (dimmed) instead of skeletons.
    placeholderData: keepPreviousData,
    // Refreshing on focus refetches every loaded page: fine for a few, not deep into a long scroll.
    refetchOnWindowFocus: (q) => (q.state.data?.pages.length ?? 0) <= MAX_PAGES_REFRESHED_ON_FOCUS,
  });

  const items = useMemo(() => allItems(list.data), [list.data]);
  const inFlight = useMemo(() => items.filter((g) => isInFlight(g.status)), [items]);
  // The live query's function and interval read the newest list without restarting the query.
  const inFlightRef = useRef(inFlight);
  useEffect(() => {
    inFlightRef.current = inFlight;
  }, [inFlight]);

  useQuery({
    queryKey: queryKeys.live(query),
    queryFn: () => refreshInFlight(client, query, inFlightRef.current),
    enabled: inFlight.length > 0,
    staleTime: 0,
    gcTime: 0,
    refetchInterval: () =>
      refetchIntervalFor(
        inFlightRef.current.map((g) => g.status),
        isTabHidden(),
      ),
    refetchIntervalInBackground: false,
  });

  return { list, items, inFlightCount: inFlight.length };
}
