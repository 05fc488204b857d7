"use client";

import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { EmptyState } from "@/components/ui/empty-state";
import { UsageTable } from "@/components/reports/usage-table";
import { GROUP_LABELS, type UsageRow } from "@/lib/contracts/usage-vocabulary";

export type BreakdownGroup = "project" | "user" | "model" | "region";

const TAB_LABELS: Record<BreakdownGroup, string> = { project: "By project", user: "By person", model: "By model", region: "By region" };

/** The breakdowns side by side as tabs; every table is already rendered, so switching is instant. */
export function BreakdownTabs({ breakdowns }: { breakdowns: Partial<Record<BreakdownGroup, UsageRow[]>> }) {
  const groups = (Object.keys(TAB_LABELS) as BreakdownGroup[]).filter((g) => breakdowns[g]);
  return (
    <Tabs defaultValue={groups[0]}>
      <TabsList aria-label="Breakdown">
        {groups.map((g) => (
          <TabsTrigger key={g} value={g}>
            {TAB_LABELS[g]}
          </TabsTrigger>
        ))}
      </TabsList>
      {groups.map((g) => (
        <TabsContent key={g} value={g}>
          {breakdowns[g]!.length ? (
            <UsageTable rows={breakdowns[g]!} keyLabel={GROUP_LABELS[g]} caption={`Usage ${TAB_LABELS[g].toLowerCase()}`} />
          ) : (
            <EmptyState title="Nothing to break down" text="No generations were created in this range." />
          )}
        </TabsContent>
      ))}
    </Tabs>
  );
}
