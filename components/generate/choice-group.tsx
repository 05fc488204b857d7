"use client";

// A row of mutually exclusive choices (native radio buttons styled as a segmented control):
// arrow keys move between options, Tab enters and leaves the group.
import { useId, type ReactNode } from "react";
import { FieldMessages } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";

export interface Choice<T extends string> {
  value: T;
  label: ReactNode;
  /** A second, quieter line (only in the "cards" look). */
  description?: ReactNode;
  icon?: ReactNode;
  disabled?: boolean;
}

export interface ChoiceGroupProps<T extends string> {
  label: ReactNode;
  name: string;
  choices: Choice<T>[];
  value: T | undefined;
  onChange: (value: T) => void;
  hint?: ReactNode;
  error?: ReactNode;
  look?: "segments" | "cards";
  labelAside?: ReactNode;
  className?: string;
}

export function ChoiceGroup<T extends string>({
  label,
  name,
  choices,
  value,
  onChange,
  hint,
  error,
  look = "segments",
  labelAside,
  className,
}: ChoiceGroupProps<T>) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={cn("flex min-w-0 flex-col gap-1.5", className)}>
      <div className="flex items-center justify-between gap-2">
        <span id={`${id}-label`} className="text-[13px] font-medium leading-5 text-text">
          {label}
        </span>
        {labelAside ? <div className="text-xs text-muted">{labelAside}</div> : null}
      </div>
      <div
        role="radiogroup"
        aria-labelledby={`${id}-label`}
        aria-describedby={[errorId, hintId].filter(Boolean).join(" ") || undefined}
        aria-invalid={error ? true : undefined}
        className={cn(
          look === "segments" ? "flex flex-wrap gap-0.5 rounded-lg border border-border bg-surface-2 p-0.5" : "grid gap-2 sm:grid-cols-2",
          error && "border-danger",
        )}
      >
        {choices.map((choice) => (
          <label
            key={choice.value}
            className={cn(
              "relative flex cursor-pointer select-none items-center gap-2 text-sm transition-colors duration-150",
              "has-focus-visible:ring-3 has-focus-visible:ring-ring/30",
              "has-disabled:cursor-not-allowed has-disabled:opacity-50",
              look === "segments" &&
                "h-8 min-w-12 flex-1 justify-center rounded-md px-3 font-medium text-muted hover:text-text has-checked:bg-surface has-checked:text-text has-checked:shadow-xs",
              look === "cards" &&
                "items-start rounded-lg border border-border bg-surface px-3 py-2.5 hover:border-border-strong has-checked:border-accent has-checked:bg-accent/5",
            )}
          >
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              disabled={choice.disabled}
              onChange={() => onChange(choice.value)}
              className="sr-only"
            />
            {choice.icon ? (
              <span aria-hidden="true" className="flex shrink-0 text-muted [&_svg]:size-4">
                {choice.icon}
              </span>
            ) : null}
            <span className="flex min-w-0 flex-col">
              <span className={cn(look === "cards" && "font-medium text-text")}>{choice.label}</span>
              {look === "cards" && choice.description ? <span className="text-xs text-muted">{choice.description}</span> : null}
            </span>
          </label>
        ))}
      </div>
      <FieldMessages error={error} errorId={errorId} hint={hint} hintId={hintId} />
    </div>
  );
}
