"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { api } from "@/components/app/api-client";
import { useApiAction } from "@/components/budgets/use-api-action";
import { AUDIO_LABELS, REGION_NAMES } from "@/components/budgets/price-labels";
import { money } from "@/components/reports/format";
import type { PriceJson as PriceView } from "@/lib/contracts/price";

const today = () => new Date().toISOString().slice(0, 10);

/** Set the team's own per-second price for one row of the price table (PUT /api/v1/prices). */
export function PriceDialog({ price, trigger, defaultOpen = false }: { price: PriceView; trigger: ReactNode; defaultOpen?: boolean }) {
  const fallbackCurrency = price.region === "beijing" ? "CNY" : "USD";
  const initial = () => ({ pricePerSecond: price.pricePerSecond ?? "", currency: price.currency ?? fallbackCurrency, effectiveFrom: "" });
  const [open, setOpen] = useState(defaultOpen);
  const [draft, setDraft] = useState(initial);
  const { busy, error, issues, run, reset } = useApiAction();

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (next) {
      setDraft(initial());
      reset();
    }
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const body = {
      model: price.model,
      region: price.region,
      tier: price.tier,
      audio: price.audio,
      currency: draft.currency,
      pricePerSecond: draft.pricePerSecond.trim(),
      ...(draft.effectiveFrom && draft.effectiveFrom !== today() && { effectiveFrom: draft.effectiveFrom }),
    };
    if (await run(() => api("/api/v1/prices", { method: "PUT", body }))) setOpen(false);
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent size="sm">
        <form onSubmit={onSubmit} className="flex min-h-0 flex-col">
          <DialogHeader>
            <DialogTitle>Team price</DialogTitle>
            <DialogDescription>
              {[price.modelLabel, REGION_NAMES[price.region] ?? price.region, price.tier, AUDIO_LABELS[price.audio]].filter(Boolean).join(" · ")}
            </DialogDescription>
          </DialogHeader>
          <DialogBody className="space-y-4">
            <Field
              label="Price per second"
              required
              error={issues.pricePerSecond}
              hint={
                price.default
                  ? `Default: ${money(price.default.pricePerSecond, price.default.currency)} per second (${price.default.source}).`
                  : "No default price is known for this one."
              }
            >
              <Input
                inputMode="decimal"
                autoComplete="off"
                placeholder="0.10"
                trailing={`${draft.currency}/s`}
                value={draft.pricePerSecond}
                onChange={(e) => setDraft((d) => ({ ...d, pricePerSecond: e.target.value }))}
              />
            </Field>
            <Field label="Currency" error={issues.currency}>
              <Select
                value={draft.currency}
                onValueChange={(v) => setDraft((d) => ({ ...d, currency: v }))}
                options={[
                  { value: "USD", label: "USD — US dollar" },
                  { value: "CNY", label: "CNY — Chinese yuan" },
                ]}
              />
            </Field>
            <Field
              label="Applies from"
              optional
              error={issues.effectiveFrom}
              hint="Leave empty to apply it now. Videos already created keep the price they were estimated with."
            >
              <Input type="date" value={draft.effectiveFrom} onChange={(e) => setDraft((d) => ({ ...d, effectiveFrom: e.target.value }))} />
            </Field>
            {error && !Object.keys(issues).length ? (
              <p role="alert" className="text-sm text-danger">
                {error}
              </p>
            ) : null}
          </DialogBody>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" loading={busy} disabled={!draft.pricePerSecond.trim()}>
              Save price
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
