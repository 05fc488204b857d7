"use client";

import { useId, useState, type ChangeEvent, type ComponentProps } from "react";
import { cn } from "./cn";
import { controlClassName } from "./input";
import { joinIds, mergeFieldProps, useFieldControl } from "./field-context";
import { countCharacters, counterTone, describeCounter, formatCounter, limitAnnouncement } from "./character-count";

const COUNTER_TONES = { normal: "text-faint", warning: "text-warning", danger: "text-danger font-medium" } as const;

export interface TextareaProps extends Omit<ComponentProps<"textarea">, "maxLength"> {
  /**
   * Shows a "123 / 1,500" counter that turns warning near the limit and danger over it.
   * Typing past the limit stays possible (a pasted prompt is not cut silently) unless
   * `enforceMaxLength` is set.
   */
  maxLength?: number;
  enforceMaxLength?: boolean;
  /** Grows with its content up to this many pixels (default: fixed rows, resizable). */
  autoGrowMaxHeight?: number;
}

export function Textarea({
  className,
  maxLength,
  enforceMaxLength = false,
  autoGrowMaxHeight,
  onChange,
  value,
  defaultValue,
  rows = 4,
  ...rest
}: TextareaProps) {
  const counterId = useId();
  const [uncontrolledText, setUncontrolledText] = useState(() => String(defaultValue ?? ""));
  const text = value !== undefined ? String(value) : uncontrolledText;
  const hasCounter = typeof maxLength === "number" && maxLength > 0;
  const count = countCharacters(text);
  const tone = hasCounter ? counterTone(count, maxLength) : "normal";

  const props = mergeFieldProps(useFieldControl(), rest);
  const describedBy = hasCounter ? joinIds(props["aria-describedby"], counterId) : props["aria-describedby"];

  function handleChange(event: ChangeEvent<HTMLTextAreaElement>) {
    if (value === undefined) setUncontrolledText(event.target.value);
    if (autoGrowMaxHeight) {
      const el = event.target;
      el.style.height = "auto";
      el.style.height = `${Math.min(el.scrollHeight + 2, autoGrowMaxHeight)}px`;
    }
    onChange?.(event);
  }

  return (
    <div className={cn("relative w-full", className)}>
      <textarea
        rows={rows}
        value={value}
        defaultValue={defaultValue}
        onChange={handleChange}
        maxLength={enforceMaxLength ? maxLength : undefined}
        className={cn(
          controlClassName,
          "block min-h-20 px-3 py-2 leading-relaxed",
          autoGrowMaxHeight ? "resize-none overflow-y-auto" : "resize-y",
          hasCounter && "pb-7",
          tone === "danger" && "border-danger",
        )}
        {...props}
        aria-describedby={describedBy}
        aria-invalid={props["aria-invalid"] ?? (tone === "danger" ? true : undefined)}
      />
      {hasCounter ? (
        <div
          id={counterId}
          className={cn("pointer-events-none absolute right-2.5 bottom-2 rounded bg-surface/85 px-1 text-xs tabular-nums", COUNTER_TONES[tone])}
        >
          <span aria-hidden="true">{formatCounter(count, maxLength)}</span>
          <span className="sr-only">{describeCounter(count, maxLength)}</span>
        </div>
      ) : null}
      {hasCounter ? (
        // Announces only when the tone changes, not on every keystroke.
        <span aria-live="polite" className="sr-only">
          {limitAnnouncement(tone, maxLength)}
        </span>
      ) : null}
    </div>
  );
}
