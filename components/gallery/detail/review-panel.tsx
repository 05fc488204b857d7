"use client";

// The team's review on the detail page: the verdict (members and above set it once the video is
// ready; viewers read it), the viewer's own favourite, and the team's tags.
import { CircleCheck, CircleX, MessageCircleWarning } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { PUBLIC_STATUS } from "@/lib/rules/generation-status";
import { REVIEW_LABELS, REVIEW_STATUSES, type ReviewStatus } from "@/lib/rules/review";
import { FavouriteButton } from "../favourite-button";
import { LocalTime } from "../live-progress";
import { ReviewBadge } from "../review-badge";
import { useReview } from "../use-review";
import type { GenerationJson as GenerationItem } from "@/lib/contracts/generation";
import { DetailSection } from "./detail-section";
import { TagEditor } from "./tag-editor";

const ICONS: Record<ReviewStatus, typeof CircleCheck> = { approved: CircleCheck, changes_requested: MessageCircleWarning, rejected: CircleX };
const PRESSED: Record<ReviewStatus, string> = {
  approved: "border-success/40! bg-success/10! text-success!",
  changes_requested: "border-warning/40! bg-warning/10! text-warning!",
  rejected: "border-danger/40! bg-danger/10! text-danger!",
};

export function ReviewPanel({ g, canReview }: { g: GenerationItem; canReview: boolean }) {
  const review = useReview(g);
  const current = g.review?.status ?? null;
  const reviewable = g.status === PUBLIC_STATUS.succeeded;
  return (
    <DetailSection title="Review" aside={<FavouriteButton g={g} withLabel />}>
      <div className="space-y-4" data-testid="review-panel">
        <div className="space-y-2">
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-[13px] text-muted" data-testid="review-status">
            {g.review ? (
              <>
                <ReviewBadge status={g.review.status} size="md" />
                <span>
                  by {g.review.by.name || "a former member"} · <LocalTime iso={g.review.at} />
                </span>
              </>
            ) : (
              "Not reviewed yet."
            )}
          </p>
          {canReview && reviewable && (
            <div role="group" aria-label="Review status" className="flex flex-wrap gap-2">
              {REVIEW_STATUSES.map((status) => {
                const Icon = ICONS[status];
                const pressed = current === status;
                return (
                  <Button
                    key={status}
                    variant="outline"
                    size="sm"
                    aria-pressed={pressed}
                    disabled={review.isPending}
                    onClick={() => review.mutate(pressed ? null : status)}
                    className={cn(pressed && PRESSED[status])}
                  >
                    <Icon aria-hidden />
                    {REVIEW_LABELS[status]}
                  </Button>
                );
              })}
              {current && (
                <Button variant="ghost" size="sm" disabled={review.isPending} onClick={() => review.mutate(null)}>
                  Clear review
                </Button>
              )}
            </div>
          )}
          {canReview && !reviewable && <p className="text-xs text-muted">A video can be reviewed once it has succeeded.</p>}
        </div>
        <TagEditor g={g} canTag={canReview} />
      </div>
    </DetailSection>
  );
}
