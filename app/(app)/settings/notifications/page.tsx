import { redirect } from "next/navigation";
import { SettingsFrame, SettingsSection } from "@/components/app/settings/settings-frame";
import { EmailPreferencesForm, SlackChannelForm } from "@/components/app/settings/notifications-forms";
import { sessionActor } from "@/lib/platform/auth/actor";
import { can } from "@/lib/rules/permissions";
import { getPreferences, getTeamNotifications } from "@/lib/services/notifications/settings";

export const metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const actor = await sessionActor();
  if (!actor) redirect("/signin");
  const managesTeam = can(actor.role, "webhook.manage");
  const [preferences, team] = await Promise.all([getPreferences(actor), managesTeam ? getTeamNotifications(actor) : null]);
  return (
    <SettingsFrame actor={actor} current="/settings/notifications">
      <SettingsSection title="Email notifications" description="Choose which events reach you by email. They apply in every team you belong to.">
        <EmailPreferencesForm initial={preferences} />
      </SettingsSection>
      {team && (
        <SettingsSection
          title="Team Slack channel"
          description="A Slack-compatible incoming webhook that receives the team's notifications. Failed posts are retried with backoff for 24 hours."
        >
          <SlackChannelForm initial={team.slack} />
        </SettingsSection>
      )}
    </SettingsFrame>
  );
}
