"use client";

import { useId, type ComponentProps, type ReactNode } from "react";
import { Switch as SwitchPrimitive } from "radix-ui";
import { cn } from "./cn";
import { joinIds, mergeFieldProps, useFieldControl } from "./field-context";

export interface SwitchProps extends ComponentProps<typeof SwitchPrimitive.Root> {
  size?: "sm" | "md";
  /** Renders an inline row: label (and description) on the left, the switch on the right. */
  label?: ReactNode;
  description?: ReactNode;
}

const TRACK = { sm: "h-4.5 w-8", md: "h-5.5 w-10" } as const;
const THUMB = { sm: "size-3.5 data-[state=checked]:translate-x-3.5", md: "size-4.5 data-[state=checked]:translate-x-4.5" } as const;

export function Switch({ size = "md", label, description, className, ...rest }: SwitchProps) {
  const ownId = useId();
  const merged = mergeFieldProps(useFieldControl(), rest);
  const id = merged.id ?? (label ? `switch-${ownId}` : undefined);
  const descriptionId = description ? `${id ?? ownId}-description` : undefined;

  const control = (
    <SwitchPrimitive.Root
      {...merged}
      id={id}
      aria-describedby={joinIds(merged["aria-describedby"], descriptionId)}
      className={cn(
        "peer inline-flex shrink-0 items-center rounded-full border border-transparent p-px",
        "bg-border-strong transition-colors duration-150 data-[state=checked]:bg-accent",
        "disabled:cursor-not-allowed disabled:opacity-50",
        TRACK[size],
        !label && className,
      )}
    >
      <SwitchPrimitive.Thumb
        className={cn("pointer-events-none block translate-x-0 rounded-full bg-white shadow-sm ring-0", "transition-transform duration-150", THUMB[size])}
      />
    </SwitchPrimitive.Root>
  );

  if (!label) return control;
  return (
    <div className={cn("flex items-start justify-between gap-4", className)}>
      <div className="flex min-w-0 flex-col gap-0.5">
        <label htmlFor={id} className="text-sm font-medium text-text">
          {label}
        </label>
        {description ? (
          <p id={descriptionId} className="text-[13px] leading-5 text-muted">
            {description}
          </p>
        ) : null}
      </div>
      <div className="pt-0.5">{control}</div>
    </div>
  );
}
