import Link from "next/link";
import { redirect } from "next/navigation";
import { BarChart3 } from "lucide-react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Banner } from "@/components/ui/banner";
import { BreakdownTabs, type BreakdownGroup } from "@/components/reports/breakdown-tabs";
import { chartSeries } from "@/components/reports/chart-data";
import { CsvMenu } from "@/components/reports/csv-menu";
import { RangePicker } from "@/components/reports/range-picker";
import { UsageChart } from "@/components/reports/usage-chart";
import { UsageTotals } from "@/components/reports/usage-totals";
import { sessionActor } from "@/lib/platform/auth/actor";
import { can } from "@/lib/rules/permissions";
import { defaultTimeUnit, rangeLabel } from "@/lib/rules/date-range";
import { usageQuery } from "@/lib/services/reports/schemas";
import { usageReport } from "@/lib/services/reports/usage";

export const metadata = { title: "Reports" };

type Search = { from?: string; to?: string };

export default async function ReportsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await sessionActor();
  if (!actor) redirect("/signin");
  const params = await searchParams;
  const parsed = usageQuery.safeParse({ ...(params.from && { from: params.from }), ...(params.to && { to: params.to }) });
  const range = parsed.success ? parsed.data : usageQuery.parse({});
  const unit = defaultTimeUnit(range);
  const groups: BreakdownGroup[] = can(actor.role, "usage.viewAll") ? ["project", "user", "model", "region"] : ["project", "model", "region"];

  const [time, ...breakdowns] = await Promise.all([
    usageReport(actor, { ...range, groupBy: unit }),
    ...groups.map((groupBy) => usageReport(actor, { ...range, groupBy })),
  ]);
  const byGroup = Object.fromEntries(groups.map((g, i) => [g, breakdowns[i].rows]));

  return (
    <div className="space-y-6">
      <PageHeader
        className="pb-0!"
        title="Reports"
        description={
          time.scope === "team"
            ? `Usage and spend of ${actor.teamName}, ${rangeLabel(range)} (UTC).`
            : `Your own usage and spend, ${rangeLabel(range)} (UTC). Admins see the whole team.`
        }
        actions={<CsvMenu from={range.from} to={range.to} />}
      />
      {!parsed.success ? <Banner tone="warning">That date range is not valid; showing this month instead.</Banner> : null}
      <RangePicker from={range.from} to={range.to} />
      {time.outsideTasks?.count ? (
        <Banner
          tone="warning"
          title={`${time.outsideTasks.count} provider ${time.outsideTasks.count === 1 ? "task" : "tasks"} ran on your keys outside Reelroom`}
        >
          The provider bills them, but they are not in these figures ({time.outsideTasks.byModel.map((m) => `${m.model}: ${m.count}`).join(", ")}). See{" "}
          <Link href="/settings/reconciliation" className="underline underline-offset-2">
            Settings → Reconciliation
          </Link>
          .
        </Banner>
      ) : null}
      {time.totals.length === 0 ? (
        <EmptyState
          icon={<BarChart3 />}
          title="No generations in this range"
          text="Spend, billed seconds and breakdowns appear here once videos are generated."
        />
      ) : (
        <>
          <UsageTotals totals={time.totals} />
          <Card>
            <CardHeader>
              <CardTitle as="h2">Spend over time</CardTitle>
              <CardDescription>Billed amounts of finished videos; in-flight ones at their estimate.</CardDescription>
            </CardHeader>
            <CardContent>
              <UsageChart series={chartSeries(time.rows, range, unit)} unit={unit} />
            </CardContent>
          </Card>
          <section aria-labelledby="breakdown-heading" className="space-y-2">
            <h2 id="breakdown-heading" className="text-[15px] font-semibold tracking-tight">
              Breakdown
            </h2>
            <BreakdownTabs breakdowns={byGroup} />
          </section>
        </>
      )}
    </div>
  );
}
