"use client";

// Duration within the model's range (slider), from its list (segments), or fixed.
import { Field } from "@/components/ui/field";
import { Slider } from "@/components/ui/slider";
import type { DurationsJson as PublicDurations } from "@/lib/contracts/model";
import { ChoiceGroup } from "./choice-group";
import { issueText } from "./issue-text";

interface DurationFieldProps {
  durations: PublicDurations;
  value: number | undefined;
  onChange: (seconds: number) => void;
  issues: string[] | undefined;
}

const seconds = (value: number) => `${value} s`;

export function DurationField({ durations, value, onChange, issues }: DurationFieldProps) {
  const error = issueText(issues);
  if (durations.kind === "fixed") {
    return (
      <div className="flex flex-col gap-1.5">
        <span className="text-[13px] font-medium leading-5">Duration</span>
        <p className="flex h-9 items-center rounded-md border border-dashed border-border px-3 text-sm text-muted">{durations.value} s (fixed)</p>
      </div>
    );
  }
  if (durations.kind === "list") {
    return (
      <ChoiceGroup
        label="Duration"
        name="duration"
        value={String(value ?? durations.default)}
        onChange={(next) => onChange(Number(next))}
        choices={durations.values.map((option) => ({ value: String(option), label: seconds(option) }))}
        error={error}
      />
    );
  }
  const current = value ?? durations.default;
  const hint =
    durations.maxWithVideo !== null
      ? `${durations.min}-${durations.max} s; at most ${durations.maxWithVideo} s with a reference video.`
      : `${durations.min}-${durations.max} s.`;
  return (
    <Field label="Duration" hint={hint} error={error} labelAside={<span className="tabular-nums text-text">{seconds(current)}</span>}>
      <Slider min={durations.min} max={durations.max} step={1} value={[current]} onValueChange={([next]) => onChange(next)} formatValue={seconds} />
    </Field>
  );
}
