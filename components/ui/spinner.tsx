import type { ComponentProps } from "react";
import { cn } from "./cn";

const SPINNER_SIZES = { sm: "size-3.5", md: "size-4", lg: "size-5" } as const;
export type SpinnerSize = keyof typeof SPINNER_SIZES;

export interface SpinnerProps extends Omit<ComponentProps<"span">, "children"> {
  size?: SpinnerSize;
  /** Announced to screen readers; pass `null` when a parent already says what is loading. */
  label?: string | null;
}

export function Spinner({ size = "md", label = "Loading", className, ...props }: SpinnerProps) {
  return (
    <span role={label ? "status" : undefined} className={cn("inline-flex shrink-0 items-center justify-center", className)} {...props}>
      <svg viewBox="0 0 24 24" fill="none" aria-hidden="true" data-essential-motion="" className={cn("animate-spin", SPINNER_SIZES[size])}>
        <circle cx="12" cy="12" r="9" stroke="currentColor" strokeOpacity="0.2" strokeWidth="2.5" />
        <path d="M21 12a9 9 0 0 0-9-9" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
      </svg>
      {label ? <span className="sr-only">{label}</span> : null}
    </span>
  );
}
