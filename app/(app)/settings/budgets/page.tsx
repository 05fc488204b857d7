import { redirect } from "next/navigation";
import { SettingsFrame } from "@/components/app/settings/settings-frame";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { BudgetList } from "@/components/budgets/budget-list";
import { PriceTable } from "@/components/budgets/price-table";
import { sessionActor } from "@/lib/platform/auth/actor";
import { can } from "@/lib/rules/permissions";
import { teamBudgets } from "@/lib/services/budgets/status";
import { listPrices } from "@/lib/services/prices/service";
import { listProjects } from "@/lib/services/projects/projects";
import { readPriceFocus } from "@/lib/rules/billing/price-key";

export const metadata = { title: "Budgets & prices" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function BudgetSettingsPage({ searchParams }: { searchParams: Search }) {
  const actor = await sessionActor();
  if (!actor) redirect("/signin");
  // "Set a price" links name the model, region and tier whose price is missing.
  const focus = readPriceFocus(await searchParams);
  const canManageBudgets = can(actor.role, "budget.manage");
  const [budgets, { prices }, projects] = await Promise.all([teamBudgets(actor.teamId), listPrices(actor), listProjects(actor)]);
  const monthName = new Date().toLocaleDateString("en", { month: "long", year: "numeric", timeZone: "UTC" });

  return (
    <SettingsFrame actor={actor} current="/settings/budgets">
      <Card>
        <CardHeader>
          <CardTitle as="h2">Monthly budgets</CardTitle>
          <CardDescription>
            Committed spend in {monthName} (UTC): billed cost of finished videos plus estimates of those still in flight. At 80% everyone sees a warning.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <BudgetList budgets={budgets} projects={projects.map((p) => ({ id: p.id, name: p.name }))} canManage={canManageBudgets} />
        </CardContent>
      </Card>
      <Card id="prices" className="scroll-mt-20">
        <CardHeader>
          <CardTitle as="h2">Prices</CardTitle>
          <CardDescription>
            Per-second prices used for estimates and actual cost. Defaults come from the public price lists; a team price replaces one for your team only.
            Without a price, estimates show the billed seconds and say the price is unknown.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <PriceTable prices={prices} canManage={can(actor.role, "price.manage")} focus={focus} />
        </CardContent>
      </Card>
    </SettingsFrame>
  );
}
