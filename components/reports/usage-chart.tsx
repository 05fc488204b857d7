"use client";

import { useState } from "react";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { Tabs, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { useHydrated } from "@/components/ui/use-hydrated";
import { money } from "@/components/reports/format";
import type { ChartPoint } from "@/components/reports/chart-data";

const HEIGHT = 260;

function PointTooltip({ active, payload, currency }: { active?: boolean; payload?: readonly { payload?: unknown }[]; currency: string }) {
  const point = active && payload?.[0]?.payload ? (payload[0].payload as ChartPoint) : null;
  if (!point) return null;
  return (
    <div className="rounded-lg border border-border bg-surface px-3 py-2 text-xs shadow-popover">
      <p className="font-medium text-text">{point.label}</p>
      <p className="mt-1 text-muted">
        Billed <span className="font-medium text-text tabular-nums">{money(point.actualAmount, currency)}</span>
      </p>
      {point.inFlight > 0 ? (
        <p className="text-muted">
          In flight <span className="font-medium text-text tabular-nums">{money(point.inFlightAmount, currency)}</span>
        </p>
      ) : null}
      <p className="text-muted">
        {point.generations} {point.generations === 1 ? "generation" : "generations"}
      </p>
    </div>
  );
}

/** Stacked bars of billed and in-flight spend per bucket; one currency at a time. */
export function UsageChart({ series, unit }: { series: Record<string, ChartPoint[]>; unit: "day" | "month" }) {
  const currencies = Object.keys(series);
  const [currency, setCurrency] = useState(currencies[0] ?? "USD");
  // The chart measures its container, which exists only in the browser.
  const mounted = useHydrated();
  const data = series[currency] ?? [];

  return (
    <div>
      <div className="flex min-h-8 flex-wrap items-center justify-between gap-2">
        <p className="text-xs text-muted">
          Billed and in-flight spend per {unit}, {currency}
        </p>
        {currencies.length > 1 ? (
          <Tabs value={currency} onValueChange={setCurrency}>
            <TabsList variant="pills" aria-label="Chart currency">
              {currencies.map((c) => (
                <TabsTrigger key={c} value={c}>
                  {c}
                </TabsTrigger>
              ))}
            </TabsList>
          </Tabs>
        ) : null}
      </div>
      <div className="mt-3 w-full" style={{ height: HEIGHT }} data-testid="usage-chart">
        {mounted ? (
          <ResponsiveContainer width="100%" height={HEIGHT}>
            <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer>
              <CartesianGrid vertical={false} stroke="var(--color-border)" />
              <XAxis
                dataKey="shortLabel"
                tickLine={false}
                axisLine={false}
                tick={{ fill: "var(--color-muted)", fontSize: 11 }}
                minTickGap={12}
                interval="equidistantPreserveStart"
              />
              <YAxis
                width={56}
                tickLine={false}
                axisLine={false}
                tick={{ fill: "var(--color-muted)", fontSize: 11 }}
                tickFormatter={(v: number) => money(v.toFixed(6), currency)}
                allowDecimals
              />
              <Tooltip cursor={{ fill: "var(--color-surface-2)" }} content={(props) => <PointTooltip {...props} currency={currency} />} />
              <Legend iconType="circle" iconSize={8} wrapperStyle={{ fontSize: 12, color: "var(--color-muted)" }} />
              <Bar dataKey="actual" name="Billed" stackId="spend" fill="var(--color-accent)" radius={[0, 0, 0, 0]} maxBarSize={36} isAnimationActive={false} />
              <Bar
                dataKey="inFlight"
                name="In flight (estimated)"
                stackId="spend"
                fill="var(--color-warning)"
                radius={[3, 3, 0, 0]}
                maxBarSize={36}
                isAnimationActive={false}
              />
            </BarChart>
          </ResponsiveContainer>
        ) : null}
      </div>
    </div>
  );
}
