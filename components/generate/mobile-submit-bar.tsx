"use client";

// Phones: the cost and the Generate button stay at the bottom of the screen while scrolling.
import { Sparkles } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { formatDecimalMoney } from "@/lib/rules/billing/money";
import type { LiveEstimate } from "./use-estimate";

interface MobileSubmitBarProps {
  live: LiveEstimate;
  blocked: boolean;
  busy: boolean;
  onSubmit: () => void;
}

export function MobileSubmitBar({ live, blocked, busy, onSubmit }: MobileSubmitBarProps) {
  const estimate = live.answer?.estimate;
  const amount = estimate && estimate.amount !== null ? formatDecimalMoney(estimate.amount, estimate.currency) : estimate ? "Price unknown" : "—";
  return (
    <div className="fixed inset-x-0 bottom-0 z-40 border-t border-border bg-surface/95 px-4 py-3 shadow-popover backdrop-blur lg:hidden">
      <div className="mx-auto flex max-w-3xl items-center justify-between gap-3">
        <div className={cn("flex min-w-0 flex-col leading-tight transition-opacity", live.updating && "opacity-60")}>
          <span className="text-base font-semibold tabular-nums">{amount}</span>
          <span className="text-xs text-muted tabular-nums">{estimate ? `${Number(estimate.billedSeconds.toFixed(3))} s billed` : "Estimated cost"}</span>
        </div>
        <Button size="lg" onClick={onSubmit} disabled={blocked} loading={busy} aria-describedby={blocked ? "generate-blockers" : undefined}>
          <Sparkles />
          Generate
        </Button>
      </div>
    </div>
  );
}
