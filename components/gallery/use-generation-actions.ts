"use client";

// Re-run, move and delete, with the caches updated in place and a toast for the outcome.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { ApiError } from "@/components/app/api-client";
import { toast } from "@/components/ui/toast";
import { deleteGeneration, moveGeneration, rerunGeneration } from "./api";
import { removeFromLists, upsertInLists } from "./cache";
import type { GenerationItem } from "./types";

const messageOf = (error: unknown, fallback: string) => (error instanceof ApiError ? error.message : fallback);

export function useRerun() {
  const client = useQueryClient();
  const router = useRouter();
  return useMutation({
    mutationFn: (g: GenerationItem) => rerunGeneration(g),
    onSuccess: (created) => {
      upsertInLists(client, created);
      toast.success("Re-run queued", {
        description: "The new generation is at the top of the gallery.",
        action: { label: "Open", altText: "Open the new generation from the gallery", onClick: () => router.push(`/generations/${created.id}`) },
      });
    },
    onError: (error) => toast.error("Could not re-run", { description: messageOf(error, "Please try again.") }),
  });
}

export function useMoveGeneration() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ g, projectId }: { g: GenerationItem; projectId: string; projectName: string }) => moveGeneration(g.id, projectId),
    onSuccess: (moved, { projectName }) => {
      upsertInLists(client, moved);
      toast.success(`Moved to ${projectName}`);
    },
    onError: (error) => toast.error("Could not move", { description: messageOf(error, "Please try again.") }),
  });
}

export function useDeleteGeneration(onDeleted?: (g: GenerationItem) => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (g: GenerationItem) => {
      await deleteGeneration(g.id);
      return g;
    },
    onSuccess: (g) => {
      removeFromLists(client, g.id);
      toast.success("Generation deleted");
      onDeleted?.(g);
    },
    onError: (error) => toast.error("Could not delete", { description: messageOf(error, "Please try again.") }),
  });
}
