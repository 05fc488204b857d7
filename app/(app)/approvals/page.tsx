import { redirect } from "next/navigation";
import { ApprovalsInbox } from "@/components/approvals/approvals-inbox";
import { PageHeader } from "@/components/ui/page-header";
import { sessionActor } from "@/lib/platform/auth/actor";
import { can } from "@/lib/rules/permissions";
import { listApprovals } from "@/lib/services/approvals/decide";
import { getPolicy } from "@/lib/services/approvals/policy";
import { Generation } from "@/lib/contracts/generation";

export const metadata = { title: "Approvals" };

export default async function ApprovalsPage() {
  const actor = await sessionActor();
  if (!actor) redirect("/signin");
  if (!can(actor.role, "approval.decide")) redirect("/projects");
  const [{ generations }, { policy }] = await Promise.all([listApprovals(actor), getPolicy(actor)]);
  return (
    <div className="space-y-6">
      <PageHeader title="Approvals" description="Generations the team's spend-approval policy holds back: nothing is sent or billed until an admin approves." />
      <ApprovalsInbox generations={generations.map((g) => Generation.encode(g))} userId={actor.user.id} allowSelfApproval={policy.allowSelfApproval} />
    </div>
  );
}
