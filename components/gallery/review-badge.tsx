// The team's verdict on a video, colour-coded like the other badges (readable in both themes).
import { CircleCheck, CircleX, MessageCircleWarning } from "lucide-react";
import { badgeClassName, type BadgeTone } from "@/components/ui/badge";
import { REVIEW_LABELS, type ReviewStatus } from "@/lib/rules/review";

const LOOK: Record<ReviewStatus, { tone: BadgeTone; Icon: typeof CircleCheck }> = {
  approved: { tone: "success", Icon: CircleCheck },
  changes_requested: { tone: "warning", Icon: MessageCircleWarning },
  rejected: { tone: "danger", Icon: CircleX },
};

export function ReviewBadge({ status, size = "sm", className }: { status: ReviewStatus; size?: "sm" | "md"; className?: string }) {
  const { tone, Icon } = LOOK[status] ?? LOOK.approved;
  return (
    <span data-testid="review-badge" data-review={status} className={badgeClassName({ tone, size, className })}>
      <Icon aria-hidden />
      {REVIEW_LABELS[status] ?? status}
    </span>
  );
}
