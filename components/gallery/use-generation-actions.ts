"use client";

// Re-run, move, cancel and delete, with the caches updated in place and a toast for the outcome.
import { CANCEL_OUTCOME } from "@/lib/rules/cancel-outcome";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { ApiError } from "@/components/app/api-client";
import { toast } from "sonner";
import { ERROR_TOAST_DURATION } from "@/components/ui/toast";
import { cancelGeneration, deleteGeneration, editPrompt, moveGeneration, queryKeys, rerunGeneration } from "./api";
import { removeFromLists, upsertInLists } from "./cache";
import type { GenerationJson as GenerationItem } from "@/lib/contracts/generation";

const messageOf = (error: unknown, fallback: string) => (error instanceof ApiError ? error.message : fallback);
const failed = (title: string) => (error: unknown) =>
  toast.error(title, { description: messageOf(error, "Please try again."), duration: ERROR_TOAST_DURATION });

export function useRerun() {
  const client = useQueryClient();
  const router = useRouter();
  return useMutation({
    mutationFn: (g: GenerationItem) => rerunGeneration(g),
    onSuccess: (created) => {
      upsertInLists(client, created);
      toast.success("Re-run queued", {
        description: "The new generation is at the top of the gallery.",
        action: { label: "Open", onClick: () => router.push(`/generations/${created.id}`) },
      });
    },
    onError: failed("Could not re-run"),
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
    onError: failed("Could not move"),
  });
}

export function useEditGeneration() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ g, prompt }: { g: GenerationItem; prompt: string }) => editPrompt(g.id, prompt),
    onSuccess: (edited) => {
      upsertInLists(client, edited);
      toast.success("Prompt changed", { description: "Checked and estimated again; it keeps its place in the queue." });
    },
    // A field problem shows in the dialog; anything else (already sent, over budget) as a toast.
    onError: (error) => {
      if (!(error instanceof ApiError && error.issues.some((i) => i.path === "prompt"))) failed("Could not edit")(error);
    },
  });
}

export function useCancelGeneration() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (g: GenerationItem) => cancelGeneration(g.id),
    onSuccess: ({ generation, outcome }) => {
      upsertInLists(client, generation);
      if (outcome === CANCEL_OUTCOME.canceled) toast.success("Generation canceled", { description: "It costs nothing and no longer counts against budgets." });
      else toast.success("Cancel requested", { description: "It is being sent to the provider right now; it is canceled as soon as the provider answers." });
    },
    // The provider may refuse (it already generates): say so plainly and show where it is now.
    onError: (error, g) => {
      failed("Could not cancel")(error);
      void client.invalidateQueries({ queryKey: queryKeys.one(g.id) });
      void client.invalidateQueries({ queryKey: queryKeys.lists });
    },
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
    onError: failed("Could not delete"),
  });
}
