import { redirect } from "next/navigation";
import { SettingsFrame, SettingsSection } from "@/components/app/settings/settings-frame";
import { ApprovalPolicyForm } from "@/components/budgets/approval-policy-form";
import { QuotaList } from "@/components/budgets/quota-list";
import { sessionActor } from "@/lib/platform/auth/actor";
import { can } from "@/lib/rules/permissions";
import { getPolicy } from "@/lib/services/approvals/policy";
import { listQuotas } from "@/lib/services/quotas/service";
import { listMembers } from "@/lib/services/teams/members";

export const metadata = { title: "Quotas & approvals" };

/** Every member sees their own quota meter and the policy; owners and admins manage both. */
export default async function SpendSettingsPage() {
  const actor = await sessionActor();
  if (!actor) redirect("/signin");
  const canManage = can(actor.role, "budget.manage");
  const [{ quotas }, { policy }, members] = await Promise.all([listQuotas(actor), getPolicy(actor), canManage ? listMembers(actor) : []]);
  return (
    <SettingsFrame actor={actor} current="/settings/spend">
      <SettingsSection
        title={canManage ? "Member quotas" : "Your quota"}
        description="Used or reserved this month (UTC): billed cost of finished videos plus estimates of those in flight. Checked at every submit, like budgets."
      >
        <QuotaList quotas={quotas} members={members.map((m) => ({ id: m.id, name: m.user.name }))} canManage={canManage} />
      </SettingsSection>
      <SettingsSection
        title="Spend approval"
        description="A generation that needs approval waits unsent and unbilled until an owner or admin approves it in Approvals; budgets are checked again then."
      >
        <ApprovalPolicyForm policy={policy} canManage={canManage} />
      </SettingsSection>
    </SettingsFrame>
  );
}
