// Everything the signed-in navigation holds: the team, the pages, the theme and the user. The
// desktop sidebar and the phone's menu sheet show the same panel.
import { NavLinks } from "@/components/app/nav-links";
import { TeamSwitcher, type TeamOption } from "@/components/app/team-switcher";
import { UserMenu } from "@/components/app/user-menu";
import { ThemeToggle } from "@/components/ui/theme-toggle";

export interface AppNavigationProps {
  teams: TeamOption[];
  currentTeamId: string;
  user: { name: string; email: string };
  /** Requests awaiting approval (admins and owners only). */
  approvals?: number;
}

export function AppNavigation({ teams, currentTeamId, user, approvals, onNavigate }: AppNavigationProps & { onNavigate?: () => void }) {
  return (
    <>
      <TeamSwitcher teams={teams} currentId={currentTeamId} />
      <div className="min-h-0 flex-1 overflow-y-auto">
        <NavLinks onNavigate={onNavigate} approvals={approvals} />
      </div>
      <div className="space-y-3 border-t border-border pt-3">
        <ThemeToggle />
        <UserMenu name={user.name} email={user.email} />
      </div>
    </>
  );
}
