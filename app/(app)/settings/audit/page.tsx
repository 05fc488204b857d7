import { redirect } from "next/navigation";
import { AuditLog } from "@/components/app/settings/audit-log";
import { NotAllowed, SettingsFrame, SettingsSection } from "@/components/app/settings/settings-frame";
import { sessionActor } from "@/lib/platform/auth/actor";
import { can } from "@/lib/rules/permissions";
import { listMembers } from "@/lib/services/teams/members";

export const metadata = { title: "Audit log" };

export default async function AuditPage() {
  const actor = await sessionActor();
  if (!actor) redirect("/signin");
  if (!can(actor.role, "audit.view")) {
    return (
      <SettingsFrame actor={actor} current="/settings/audit">
        <NotAllowed what="the audit log" />
      </SettingsFrame>
    );
  }
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
