// The approval events, in one place: each is called after its transaction committed and hands the
// news to notifications, which never throw.
import "server-only";
import { notifyApprovalDecided, notifyApprovalRequested } from "@/lib/services/notifications/emit";

export interface ApprovalEvent {
  teamId: string;
  generationId: string;
  creatorId: string;
  /** Who decided (approved / rejected only). */
  deciderId?: string;
  reason?: string;
}

export const approvalEvents = {
  /** A submit became awaiting_approval: the team's admins hear of it. */
  requested: (event: ApprovalEvent) => notifyApprovalRequested({ generationId: event.generationId }),
  /** An admin approved: the generation joined the queue; its creator hears of it. */
  approved: (event: ApprovalEvent) => notifyApprovalDecided({ generationId: event.generationId, decision: "approved" }),
  /** An admin rejected with a reason; its creator hears of it. */
  rejected: (event: ApprovalEvent) => notifyApprovalDecided({ generationId: event.generationId, decision: "rejected", reason: event.reason }),
};
