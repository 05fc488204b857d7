import { AuditLog } from "@/components/app/settings/audit-log";
import { SettingsFrame, SettingsSection } from "@/components/app/settings/settings-frame";
import { settingsAccess } from "@/app/(app)/_parts/settings-access";
import { listMembers } from "@/lib/services/teams/members";

export const metadata = { title: "Audit log" };

export default async function AuditPage() {
  const { actor, refusal } = await settingsAccess("/settings/audit", "audit.view", "the audit log");
  if (refusal) return refusal;
  const members = await listMembers(actor);
  return (
    <SettingsFrame actor={actor} current="/settings/audit">
      <SettingsSection
        title="Audit log"
        description="Who changed what in this team: sign-in failures, members, keys, tokens, webhooks, projects. Entries are never edited or deleted."
      >
        <AuditLog members={members.map((m) => m.user)} />
      </SettingsSection>
    </SettingsFrame>
  );
}
