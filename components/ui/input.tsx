"use client";

import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";
import { mergeFieldProps, useFieldControl } from "./field-context";

/** Shared look of text-like controls (input, textarea, select trigger). */
export const controlClassName = cn(
  "w-full rounded-md border border-border-strong bg-surface text-sm text-text shadow-xs",
  "placeholder:text-faint transition-[border-color,box-shadow] duration-150",
  "hover:border-faint/70",
  "focus-visible:outline-hidden focus-visible:border-accent focus-visible:ring-3 focus-visible:ring-ring/25",
  "disabled:cursor-not-allowed disabled:bg-surface-2 disabled:text-muted disabled:opacity-70",
  "aria-invalid:border-danger aria-invalid:focus-visible:ring-danger/20",
);

export interface InputProps extends ComponentProps<"input"> {
  /** Decoration inside the left edge (an icon, a currency sign). Not announced. */
  leading?: ReactNode;
  /** Decoration inside the right edge (a unit such as "s"). Not announced. */
  trailing?: ReactNode;
}

export function Input({ className, leading, trailing, type = "text", ...rest }: InputProps) {
  const props = mergeFieldProps(useFieldControl(), rest);
  const input = (
    <input
      type={type}
      className={cn(
        controlClassName,
        "h-9 px-3 py-1.5",
        "file:mr-3 file:border-0 file:bg-transparent file:text-sm file:font-medium file:text-text",
        leading ? "pl-9" : null,
        trailing ? "pr-10" : null,
        !leading && !trailing ? className : null,
      )}
      {...props}
    />
  );
  if (!leading && !trailing) return input;
  return (
    <div className={cn("relative w-full", className)}>
      {leading ? (
        <span aria-hidden="true" className="pointer-events-none absolute inset-y-0 left-3 flex items-center text-faint [&_svg]:size-4">
          {leading}
        </span>
      ) : null}
      {input}
      {trailing ? (
        <span aria-hidden="true" className="pointer-events-none absolute inset-y-0 right-3 flex items-center text-sm text-muted [&_svg]:size-4">
          {trailing}
        </span>
      ) : null}
    </div>
  );
}
