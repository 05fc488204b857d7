"use client";

// The side panel: live estimate, warnings, and the Generate button with what still blocks it.
import { Sparkles, TriangleAlert } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Kbd } from "@/components/ui/kbd";
import { Banner } from "@/components/ui/banner";
import { cn } from "@/components/ui/cn";
import type { Issue } from "@/lib/rules/models/types";
import { EstimatePanel } from "./estimate-panel";
import type { LiveEstimate } from "./use-estimate";

interface SummaryPanelProps {
  live: LiveEstimate;
  estimatePlaceholder: string;
  warnings: Issue[];
  /** What keeps the form from being sent (first few shown). */
  blockers: string[];
  busy: boolean;
  problem: string | null;
  onSubmit: () => void;
}

export function SummaryPanel({ live, estimatePlaceholder, warnings, blockers, busy, problem, onSubmit }: SummaryPanelProps) {
  const blocked = blockers.length > 0;
  return (
    <Card className="flex flex-col gap-4 p-5">
      <EstimatePanel live={live} placeholder={estimatePlaceholder} />
      {warnings.length > 0 ? (
        <section aria-label="Warnings" className="flex flex-col gap-1.5 border-t border-border pt-3">
          {warnings.map((warning) => (
            <p key={`${warning.path}:${warning.message}`} className="flex items-start gap-1.5 text-[13px] leading-5 text-warning">
              <TriangleAlert aria-hidden="true" className="mt-0.5 size-3.5 shrink-0" />
              <span>{warning.message}</span>
            </p>
          ))}
        </section>
      ) : null}
      {problem ? (
        <Banner tone="danger" className="text-[13px]">
          {problem}
        </Banner>
      ) : null}
      <div className={cn("flex flex-col gap-2 border-t border-border pt-4", !blocked && "hidden! lg:flex!")}>
        {/* On phones the Generate button lives in the bar at the bottom of the screen. */}
        <Button
          size="lg"
          className="hidden! w-full lg:inline-flex!"
          onClick={onSubmit}
          disabled={blocked}
          loading={busy}
          aria-describedby={blocked ? "generate-blockers" : undefined}
        >
          <Sparkles />
          Generate
        </Button>
        {blocked ? (
          <div id="generate-blockers" className="text-[13px] leading-5 text-muted" data-testid="generate-blockers">
            {blockers.slice(0, 2).map((blocker) => (
              <p key={blocker}>{blocker}</p>
            ))}
            {blockers.length > 2 ? <p>and {blockers.length - 2} more to fix</p> : null}
          </div>
        ) : (
          <p className="hidden items-center justify-center gap-1 text-xs text-faint lg:flex">
            <Kbd>Ctrl</Kbd>/<Kbd>⌘</Kbd>+<Kbd>Enter</Kbd> to generate
          </p>
        )}
      </div>
    </Card>
  );
}
