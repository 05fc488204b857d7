import { redirect } from "next/navigation";
import { InviteForm, LeaveTeamButton, MemberRow, RenameTeamForm, RevokeInvitationButton } from "@/components/app/team-settings";
import { SettingsFrame } from "@/components/app/settings/settings-frame";
import { sessionActor } from "@/lib/platform/auth/actor";
import { can, canManageRole, ROLES } from "@/lib/rules/permissions";
import { listMembers } from "@/lib/services/teams/members";
import { listInvitations } from "@/lib/services/teams/invitations";

export const metadata = { title: "Team settings" };

function Section({ title, description, children }: { title: string; description?: string; children: React.ReactNode }) {
  return (
    <section className="rounded-xl border border-border bg-surface p-5 shadow-[var(--card-shadow)]">
      <h2 className="font-semibold">{title}</h2>
      {description && <p className="mt-0.5 text-sm text-muted">{description}</p>}
      <div className="mt-4">{children}</div>
    </section>
  );
}

export default async function TeamSettingsPage() {
  const actor = await sessionActor();
  if (!actor) redirect("/signin");
  const members = await listMembers(actor);
  const invitations = can(actor.role, "member.invite") ? await listInvitations(actor) : [];
  const assignable = ROLES.filter((r) => canManageRole(actor.role, r));
  return (
    <SettingsFrame actor={actor} current="/settings/team">
      <Section title="Team name">
        <RenameTeamForm name={actor.teamName} canRename={can(actor.role, "team.rename")} />
      </Section>
      <Section title="Members" description="Owners manage admins; admins manage members and viewers.">
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="text-xs text-muted">
              <tr>
                <th className="pb-2 font-medium">Person</th>
                <th className="pb-2 font-medium">Role</th>
                <th className="pb-2">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <MemberRow
                  key={m.id}
                  member={m}
                  assignable={can(actor.role, "member.manage") ? assignable : []}
                  canRemove={can(actor.role, "member.manage")}
                  isSelf={m.user.id === actor.user.id}
                />
              ))}
            </tbody>
          </table>
        </div>
      </Section>
      {can(actor.role, "member.invite") && (
        <Section title="Invite people" description="Anyone with the link can join with the chosen role until it is used, revoked or expires (7 days).">
          <InviteForm roles={assignable} />
          {invitations.length > 0 && (
            <ul className="mt-4 divide-y divide-border border-t border-border text-sm">
              {invitations.map((inv) => (
                <li key={inv.id} className="flex items-center justify-between py-2">
                  <span>
                    <span className="capitalize">{inv.role}</span> invitation · expires{" "}
                    {inv.expiresAt.toLocaleDateString("en", { month: "short", day: "numeric" })}
                  </span>
                  <RevokeInvitationButton id={inv.id} />
                </li>
              ))}
            </ul>
          )}
        </Section>
      )}
      <Section title="Leave team" description="You lose access to its projects and videos. The last owner cannot leave.">
        <LeaveTeamButton teamName={actor.teamName} />
      </Section>
    </SettingsFrame>
  );
}
