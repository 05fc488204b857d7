import type { ComponentProps } from "react";
import { cn } from "./cn";
import { Spinner } from "./spinner";

export const BUTTON_VARIANTS = {
  primary: "bg-accent text-accent-foreground shadow-xs hover:bg-accent-hover active:bg-accent-hover",
  secondary: "bg-surface-2 text-text hover:bg-surface-3 active:bg-surface-3 border border-border",
  outline: "border border-border-strong bg-surface text-text shadow-xs hover:bg-surface-2 active:bg-surface-3",
  ghost: "text-muted hover:bg-surface-2 hover:text-text active:bg-surface-3",
  danger: "bg-danger-solid text-white shadow-xs hover:bg-danger-solid-hover active:bg-danger-solid-hover",
} as const;

export const BUTTON_SIZES = {
  sm: "h-8 gap-1.5 rounded-md px-2.5 text-[13px] [&_svg]:size-3.5",
  md: "h-9 gap-2 rounded-md px-3.5 text-sm [&_svg]:size-4",
  lg: "h-11 gap-2 rounded-lg px-5 text-[15px] [&_svg]:size-4.5",
  icon: "size-9 rounded-md [&_svg]:size-4",
} as const;

export type ButtonVariant = keyof typeof BUTTON_VARIANTS;
export type ButtonSize = keyof typeof BUTTON_SIZES;

export interface ButtonVariantOptions {
  variant?: ButtonVariant;
  size?: ButtonSize;
  className?: string;
}

/** The button look, for links or other elements that must look like a button. */
export function buttonClassName({ variant = "primary", size = "md", className }: ButtonVariantOptions = {}) {
  return cn(
    "relative inline-flex shrink-0 select-none items-center justify-center whitespace-nowrap font-medium",
    "transition-[background-color,color,box-shadow,opacity] duration-150",
    "disabled:pointer-events-none aria-disabled:pointer-events-none aria-disabled:opacity-50",
    // A loading button is disabled too, but keeps full color so the spinner reads as progress.
    "[&:disabled:not([data-loading])]:opacity-50",
    "[&_svg]:shrink-0",
    BUTTON_VARIANTS[variant],
    BUTTON_SIZES[size],
    className,
  );
}

export interface ButtonProps extends ComponentProps<"button"> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Shows a spinner, keeps the width, and blocks clicks while true. */
  loading?: boolean;
}

export function Button({ variant = "primary", size = "md", loading = false, disabled, type = "button", className, children, ...props }: ButtonProps) {
  return (
    <button
      type={type}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      data-loading={loading || undefined}
      className={buttonClassName({ variant, size, className })}
      {...props}
    >
      {loading ? (
        <span className="absolute inset-0 flex items-center justify-center">
          <Spinner size={size === "lg" ? "lg" : size === "sm" ? "sm" : "md"} label={null} />
        </span>
      ) : null}
      <span className={cn("inline-flex items-center justify-center gap-[inherit]", loading && "invisible")}>{children}</span>
    </button>
  );
}
