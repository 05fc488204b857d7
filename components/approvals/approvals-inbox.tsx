import { ApprovalItem } from "@/components/approvals/approval-item";
import { EmptyState } from "@/components/ui/empty-state";
import type { GenerationJson } from "@/lib/contracts/generation";

/** The requests waiting for an admin, oldest first. */
export function ApprovalsInbox({ generations, userId, allowSelfApproval }: { generations: GenerationJson[]; userId: string; allowSelfApproval: boolean }) {
  if (!generations.length) return <EmptyState title="Nothing to approve" text="Requests that the team's approval policy holds back appear here." />;
  return (
    <ul aria-label="Requests awaiting approval" className="space-y-3">
      {generations.map((g) => (
        <ApprovalItem key={g.id} generation={g} canApprove={allowSelfApproval || g.creator.id !== userId} />
      ))}
    </ul>
  );
}
