"use client";

import { useState, type ComponentProps } from "react";
import { Slider as SliderPrimitive } from "radix-ui";
import { cn } from "./cn";
import { joinIds, useFieldControl, useFieldLabelId } from "./field-context";

export interface SliderProps extends ComponentProps<typeof SliderPrimitive.Root> {
  /** Accessible names per thumb, e.g. ["Minimum", "Maximum"] for a range. */
  thumbLabels?: string[];
  /** Spoken (and shown, with showValue) form of a value, e.g. (v) => `${v} seconds`. */
  formatValue?: (value: number) => string;
  /** Shows the current value(s) right of the track. */
  showValue?: boolean;
}

export function Slider({
  className,
  thumbLabels,
  formatValue = String,
  showValue = false,
  value,
  defaultValue,
  min = 0,
  id,
  "aria-label": ariaLabel,
  "aria-describedby": describedBy,
  onValueChange,
  disabled,
  ...props
}: SliderProps) {
  const field = useFieldControl();
  const fieldLabelId = useFieldLabelId();
  // Mirrors the value when uncontrolled, so the shown value and aria-valuetext follow the thumb.
  const [uncontrolled, setUncontrolled] = useState<number[]>(() => defaultValue ?? [min]);
  const values = value ?? uncontrolled;

  return (
    <div className={cn("flex w-full items-center gap-3", className)}>
      <SliderPrimitive.Root
        {...props}
        value={value}
        defaultValue={defaultValue}
        min={min}
        disabled={disabled ?? field?.disabled}
        onValueChange={(next) => {
          if (value === undefined) setUncontrolled(next);
          onValueChange?.(next);
        }}
        className="relative flex h-5 w-full touch-none select-none items-center data-disabled:opacity-50"
      >
        <SliderPrimitive.Track className="relative h-1.5 w-full grow overflow-hidden rounded-full bg-surface-3">
          <SliderPrimitive.Range className="absolute h-full rounded-full bg-accent" />
        </SliderPrimitive.Track>
        {values.map((thumbValue, index) => (
          <SliderPrimitive.Thumb
            key={index}
            id={index === 0 ? (id ?? field?.id) : undefined}
            aria-label={thumbLabels?.[index] ?? ariaLabel}
            aria-labelledby={thumbLabels?.[index] || ariaLabel ? undefined : fieldLabelId}
            aria-describedby={joinIds(field?.["aria-describedby"], describedBy)}
            aria-valuetext={formatValue(thumbValue)}
            className={cn(
              "block size-4.5 rounded-full border-2 border-accent bg-surface shadow-sm",
              "transition-[box-shadow,transform] duration-150 hover:ring-4 hover:ring-accent/15",
              "focus-visible:outline-hidden focus-visible:ring-4 focus-visible:ring-ring/30",
              "data-disabled:pointer-events-none",
            )}
          />
        ))}
      </SliderPrimitive.Root>
      {showValue ? (
        <output aria-hidden="true" className="min-w-10 shrink-0 text-right text-sm tabular-nums text-muted">
          {values.map((v) => formatValue(v)).join(" – ")}
        </output>
      ) : null}
    </div>
  );
}
