"use client";

// Favourite, review status and tags of one generation. The favourite flips at once in every
// cached gallery and on the detail page, and flips back if the server refuses.
import { useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { toast } from "sonner";
import { api, ApiError } from "@/components/app/api-client";
import { ERROR_TOAST_DURATION } from "@/components/ui/toast";
import type { ReviewStatus } from "@/lib/rules/review";
import { queryKeys } from "./api";
import { upsertInLists } from "./cache";
import { allItems, type PagedList } from "./pages";
import type { GenerationJson as GenerationItem } from "@/lib/contracts/generation";

export const tagsQueryKey = ["tags"] as const;

const path = (id: string, what: string) => `/api/v1/generations/${encodeURIComponent(id)}/${what}`;

function cached(client: QueryClient, id: string): GenerationItem | undefined {
  const one = client.getQueryData<GenerationItem>(queryKeys.one(id));
  if (one) return one;
  for (const [, data] of client.getQueriesData<PagedList>({ queryKey: queryKeys.lists })) {
    const found = allItems(data).find((g) => g.id === id);
    if (found) return found;
  }
  return undefined;
}

function patch(client: QueryClient, g: GenerationItem, change: Partial<GenerationItem>): void {
  upsertInLists(client, { ...(cached(client, g.id) ?? g), ...change });
}

/** Answers of PUT review/tags may leave out the caller's own fields: keep what the cache knows. */
function store(client: QueryClient, answer: GenerationItem): void {
  const known = cached(client, answer.id);
  upsertInLists(client, { ...answer, tags: answer.tags ?? known?.tags, favourite: answer.favourite ?? known?.favourite });
}

export function useFavourite(g: GenerationItem) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (on: boolean) => api<{ favourite: boolean }>(path(g.id, "favourite"), { method: on ? "PUT" : "DELETE" }),
    onMutate: (on) => patch(client, g, { favourite: on }),
    onSuccess: ({ favourite }) => patch(client, g, { favourite }),
    onError: (error, on) => {
      patch(client, g, { favourite: !on });
      toast.error("Could not change the favourite", {
        description: error instanceof ApiError ? error.message : "Please try again.",
        duration: ERROR_TOAST_DURATION,
      });
    },
  });
}

export function useReview(g: GenerationItem) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (status: ReviewStatus | null) => api<{ generation: GenerationItem }>(path(g.id, "review"), { method: "PUT", body: { status } }),
    onSuccess: ({ generation }) => {
      store(client, generation);
      void client.invalidateQueries({ queryKey: queryKeys.events(g.id) });
    },
    onError: (error) =>
      toast.error("Could not save the review", {
        description: error instanceof ApiError ? error.message : "Please try again.",
        duration: ERROR_TOAST_DURATION,
      }),
  });
}

/** Replaces the tag set; field problems stay on the mutation's error for the editor to show. */
export function useTags(g: GenerationItem) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (tags: string[]) => api<{ generation: GenerationItem }>(path(g.id, "tags"), { method: "PUT", body: { tags } }),
    onSuccess: ({ generation }, tags) => {
      store(client, { ...generation, tags: generation.tags ?? tags });
      void client.invalidateQueries({ queryKey: tagsQueryKey });
    },
  });
}

export function useTeamTags(enabled = true) {
  return useQuery({
    queryKey: tagsQueryKey,
    queryFn: async () => (await api<{ items: { name: string; count: number }[] }>("/api/v1/tags")).items,
    enabled,
    staleTime: 60_000,
  });
}
