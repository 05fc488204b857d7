import { SettingsFrame, SettingsSection } from "@/components/app/settings/settings-frame";
import { ReconciliationView } from "@/components/app/settings/reconciliation-view";
import { settingsAccess } from "@/app/(app)/_parts/settings-access";
import { Reconciliation } from "@/lib/contracts/reconciliation";
import { listReconciliations } from "@/lib/services/reconciliation/service";

export const metadata = { title: "Reconciliation" };

export default async function ReconciliationPage() {
  const { actor, refusal } = await settingsAccess("/settings/reconciliation", "key.manage", "the reconciliation with the provider");
  if (refusal) return refusal;
  const { accounts } = await listReconciliations(actor);
  return (
    <SettingsFrame actor={actor} current="/settings/reconciliation">
      <SettingsSection
        title="Reconciliation with the provider"
        description="Every hour, each provider account's task list for the last 24 hours is compared with what Reelroom holds: tasks made elsewhere with your key, tasks the provider does not know, and finished videos that were not archived."
      >
        <ReconciliationView accounts={accounts.map((a) => Reconciliation.encode(a))} />
      </SettingsSection>
    </SettingsFrame>
  );
}
