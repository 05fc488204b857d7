import { redirect } from "next/navigation";
import { Logo } from "@/components/app/logo";
import { NavLinks } from "@/components/app/nav-links";
import { TeamSwitcher } from "@/components/app/team-switcher";
import { UserMenu } from "@/components/app/user-menu";
import { ThemeToggle } from "@/components/ui/theme-toggle";
import { SimulatorBanner } from "@/components/app/simulator-banner";
import { sessionActor, sessionUser } from "@/lib/auth/actor";
import { listMyTeams } from "@/lib/teams/teams";
import { NoTeam } from "@/components/app/no-team";
import { BudgetBanner } from "@/components/budgets/budget-banner";
import { can } from "@/lib/auth/permissions";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await sessionUser();
  if (!user) redirect("/signin");
  const actor = await sessionActor();
  if (!actor) return <NoTeam />;
  const teams = await listMyTeams(user.id);
  return (
    <div className="min-h-dvh bg-background md:flex">
      <aside className="border-b border-border bg-surface md:sticky md:top-0 md:flex md:h-dvh md:w-60 md:shrink-0 md:flex-col md:border-r md:border-b-0">
        <div className="flex items-center justify-between gap-3 p-3 md:block md:space-y-4 md:p-4">
          <Logo />
          <div className="w-48 md:w-auto">
            <TeamSwitcher teams={teams} currentId={actor.teamId} />
          </div>
        </div>
        <div className="px-3 pb-2 md:flex-1 md:px-3">
          <NavLinks />
        </div>
        <div className="hidden space-y-3 border-t border-border p-3 md:block">
          <ThemeToggle />
          <UserMenu name={user.name} email={user.email} />
        </div>
      </aside>
      <div className="min-w-0 flex-1">
        <SimulatorBanner />
        <main className="mx-auto w-full max-w-6xl px-4 py-6 sm:px-6 lg:px-8 lg:py-8">
          <BudgetBanner teamId={actor.teamId} canManage={can(actor.role, "budget.manage")} className="mb-6" />
          {children}
        </main>
      </div>
    </div>
  );
}
