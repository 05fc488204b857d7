"use client";

// Cancel of one generation, on its card and on its detail page: shown while it has not started
// generating (queued, pending at the provider, awaiting approval) to its creator and admins.
import { CircleStop } from "lucide-react";
import { Button } from "@/components/ui/button";
import { PUBLIC_STATUS } from "@/lib/rules/generation-status";
import type { GenerationJson as GenerationItem } from "@/lib/contracts/generation";
import { useCancelGeneration } from "./use-generation-actions";

const CANCELABLE: readonly string[] = [PUBLIC_STATUS.queued, PUBLIC_STATUS.pending, PUBLIC_STATUS.awaiting_approval];

export function isCancelable(g: Pick<GenerationItem, "status">): boolean {
  return CANCELABLE.includes(g.status);
}

export function CancelButton({ g, className, size = "sm" }: { g: GenerationItem; className?: string; size?: "sm" | "md" }) {
  const cancel = useCancelGeneration();
  return (
    <Button
      variant="outline"
      size={size}
      loading={cancel.isPending}
      onClick={() => cancel.mutate(g)}
      className={className}
      aria-label={`Cancel “${g.prompt.length > 40 ? `${g.prompt.slice(0, 39)}…` : g.prompt}”`}
      data-testid="cancel-generation"
    >
      <CircleStop aria-hidden /> Cancel
    </Button>
  );
}
