"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { currentMonthRange, lastDaysRange, previousMonthRange, yearToDateRange, type DayRange } from "@/lib/rules/date-range";

const PRESETS: { label: string; range: () => DayRange }[] = [
  { label: "This month", range: () => currentMonthRange() },
  { label: "Last month", range: () => previousMonthRange() },
  { label: "Last 30 days", range: () => lastDaysRange(30) },
  { label: "This year", range: () => yearToDateRange() },
];

/** From / to days (UTC) plus quick presets; changes navigate, so the report is a shareable URL. */
export function RangePicker({ from, to }: DayRange) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [draft, setDraft] = useState({ from, to });
  const [error, setError] = useState<string | null>(null);

  function go(range: DayRange) {
    if (range.from > range.to) {
      setError("The start date must be on or before the end date.");
      return;
    }
    setError(null);
    setDraft(range);
    startTransition(() => router.push(`/reports?from=${range.from}&to=${range.to}`));
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    go(draft);
  };
  const active = (r: DayRange) => r.from === from && r.to === to;

  return (
    <form
      onSubmit={onSubmit}
      className="flex flex-col gap-3 rounded-xl border border-border bg-surface p-4 shadow-card lg:flex-row lg:items-end lg:justify-between"
    >
      <div className="flex flex-wrap items-end gap-3">
        <Field label="From" className="w-[calc(50%-0.375rem)] sm:w-40">
          <Input type="date" value={draft.from} max={draft.to} required onChange={(e) => setDraft((d) => ({ ...d, from: e.target.value }))} />
        </Field>
        <Field label="To" className="w-[calc(50%-0.375rem)] sm:w-40">
          <Input type="date" value={draft.to} min={draft.from} required onChange={(e) => setDraft((d) => ({ ...d, to: e.target.value }))} />
        </Field>
        <Button type="submit" variant="secondary" disabled={pending || (draft.from === from && draft.to === to)}>
          Show
        </Button>
        <span className="flex h-9 w-5 items-center" aria-live="polite">
          {pending ? <Spinner size="sm" label="Loading report" /> : null}
        </span>
      </div>
      <div role="group" aria-label="Quick ranges" className="flex flex-wrap gap-1.5">
        {PRESETS.map((p) => {
          const range = p.range();
          return (
            <Button
              key={p.label}
              type="button"
              size="sm"
              variant={active(range) ? "primary" : "outline"}
              aria-pressed={active(range)}
              onClick={() => go(range)}
            >
              {p.label}
            </Button>
          );
        })}
      </div>
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </form>
  );
}
