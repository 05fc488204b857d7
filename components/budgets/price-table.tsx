"use client";

import { useEffect, useRef, useState } from "react";
import { Pencil, RotateCcw } from "lucide-react";
import { AlertDialog } from "@/components/ui/alert-dialog";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { api } from "@/components/app/api-client";
import { PriceDialog } from "@/components/budgets/price-dialog";
import { AUDIO_LABELS, REGION_NAMES, describePrice } from "@/components/budgets/price-labels";
import { useApiAction } from "@/components/budgets/use-api-action";
import { money } from "@/components/reports/format";
import type { PriceJson as PriceView } from "@/lib/contracts/price";
import { focusedRowIndex, type PriceFocus } from "@/lib/rules/billing/price-key";

const day = (iso: string) => new Date(iso).toLocaleDateString("en", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });

function ResetPrice({ price }: { price: PriceView }) {
  const { error, run } = useApiAction();
  const [open, setOpen] = useState(false);
  const override = price.override!;
  return (
    <AlertDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button variant="ghost" size="icon" aria-label={`Remove the team price of ${describePrice(price)}`}>
          <RotateCcw aria-hidden />
        </Button>
      }
      title="Remove the team price?"
      description={
        price.default
          ? `New estimates use the default of ${money(price.default.pricePerSecond, price.default.currency)} per second again.`
          : "No default is known: new estimates will say the price is unknown."
      }
      confirmLabel="Remove team price"
      onConfirm={async () => {
        if (!(await run(() => api(`/api/v1/prices/${override.id}`, { method: "DELETE" })))) throw new Error("not removed");
      }}
    >
      {error ? (
        <p role="alert" className="text-danger">
          {error}
        </p>
      ) : null}
    </AlertDialog>
  );
}

function Origin({ price }: { price: PriceView }) {
  if (price.origin === "team")
    return (
      <Badge tone="accent" size="sm">
        Team price
      </Badge>
    );
  if (price.origin === "default") return <Badge size="sm">Default</Badge>;
  return (
    <Badge tone="warning" size="sm">
      Unknown
    </Badge>
  );
}

function PriceCell({ price }: { price: PriceView }) {
  const upcoming = price.override && !price.override.active ? price.override : null;
  return (
    <>
      <span className="font-medium tabular-nums">{price.pricePerSecond && price.currency ? money(price.pricePerSecond, price.currency) : "—"}</span>
      {price.origin === "team" && price.default ? (
        <span className="block text-xs text-muted">default {money(price.default.pricePerSecond, price.default.currency)}</span>
      ) : null}
      {upcoming ? (
        <span className="block text-xs text-muted">
          {money(upcoming.pricePerSecond, upcoming.currency)} from {day(upcoming.effectiveFrom)}
        </span>
      ) : null}
    </>
  );
}

/**
 * The effective per-second prices by region; admins set or remove the team's own. `focus` (from a
 * "Set a price" link) opens its region, marks its row and, for admins, opens that row's price dialog.
 */
export function PriceTable({ prices, canManage, focus = null }: { prices: PriceView[]; canManage: boolean; focus?: PriceFocus | null }) {
  const regions = [...new Set(prices.map((p) => p.region))].sort((a, b) => Object.keys(REGION_NAMES).indexOf(a) - Object.keys(REGION_NAMES).indexOf(b));
  const [region, setRegion] = useState(focus && regions.includes(focus.region) ? focus.region : (regions[0] ?? "singapore"));
  const rows = prices.filter((p) => p.region === region);
  const focused = focus && focus.region === region ? focusedRowIndex(rows, focus) : -1;
  const focusedRow = useRef<HTMLTableRowElement>(null);
  useEffect(() => focusedRow.current?.scrollIntoView({ block: "center" }), []);
  return (
    <div className="space-y-3">
      <Tabs value={region} onValueChange={setRegion}>
        <TabsList variant="pills" aria-label="Region">
          {regions.map((r) => (
            <TabsTrigger key={r} value={r}>
              {REGION_NAMES[r] ?? r}
            </TabsTrigger>
          ))}
        </TabsList>
        {/* The table is the panel of the selected region's tab (each tab points at its panel). */}
        <TabsContent value={region} className="pt-3!">
          <Table aria-label={`Prices in ${REGION_NAMES[region] ?? region}`} containerClassName="relative">
            <TableHeader>
              <TableRow>
                <TableHead>Model and output</TableHead>
                <TableHead numeric>Per second</TableHead>
                <TableHead>Applies</TableHead>
                {canManage ? (
                  <TableHead className="w-24">
                    <span className="sr-only">Actions</span>
                  </TableHead>
                ) : null}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((p, i) => (
                <TableRow
                  key={`${p.model}|${p.tier}|${p.audio}`}
                  data-testid="price-row"
                  ref={i === focused ? focusedRow : undefined}
                  data-focused={i === focused ? "true" : undefined}
                  aria-current={i === focused ? "true" : undefined}
                  className={i === focused ? "bg-accent/8" : undefined}
                >
                  <TableCell className="min-w-44">
                    <span className="block font-medium">
                      {p.modelLabel} <span className="whitespace-nowrap">· {p.tier}</span>
                    </span>
                    <span className="text-xs text-muted">
                      <span className="font-mono">{p.model}</span>
                      {p.audio !== "any" ? ` · ${AUDIO_LABELS[p.audio]}` : null}
                    </span>
                  </TableCell>
                  <TableCell numeric className="whitespace-nowrap">
                    <PriceCell price={p} />
                  </TableCell>
                  <TableCell>
                    <Origin price={p} />
                    {p.source && p.origin === "default" ? <span className="mt-0.5 block text-xs text-muted">{p.source}</span> : null}
                  </TableCell>
                  {canManage ? (
                    <TableCell className="text-right whitespace-nowrap">
                      <PriceDialog
                        price={p}
                        defaultOpen={i === focused}
                        trigger={
                          <Button variant="ghost" size="icon" aria-label={`Set the team price of ${describePrice(p)}`}>
                            <Pencil aria-hidden />
                          </Button>
                        }
                      />
                      {p.override ? <ResetPrice price={p} /> : null}
                    </TableCell>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TabsContent>
      </Tabs>
    </div>
  );
}
