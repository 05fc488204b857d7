import { redirect } from "next/navigation";
import { AppNavigation } from "@/components/app/app-navigation";
import { Logo } from "@/components/app/logo";
import { MobileNav } from "@/components/app/mobile-nav";
import { SimulatorBanner } from "@/app/(app)/_parts/simulator-banner";
import { sessionActor, sessionUser } from "@/lib/platform/auth/actor";
import { listMyTeams } from "@/lib/services/teams/teams";
import { NoTeam } from "@/components/app/no-team";
import { BudgetBanner } from "@/app/(app)/_parts/budget-banner";
import { can } from "@/lib/rules/permissions";
import { approvalCount } from "@/lib/services/approvals/decide";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await sessionUser();
  if (!user) redirect("/signin");
  const actor = await sessionActor();
  if (!actor) return <NoTeam />;
  const teams = await listMyTeams(user.id);
  const approvals = can(actor.role, "approval.decide") ? await approvalCount(actor) : undefined;
  const navigation = { teams, currentTeamId: actor.teamId, user: { name: user.name, email: user.email }, approvals };
  return (
    <div className="min-h-dvh bg-background md:flex">
      <MobileNav {...navigation} />
      <aside className="hidden border-r border-border bg-surface md:sticky md:top-0 md:flex md:h-dvh md:w-60 md:shrink-0 md:flex-col md:gap-4 md:p-4">
        <Logo />
        <AppNavigation {...navigation} />
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
