import type { ComponentProps } from "react";
import { cn } from "./cn";

export const BADGE_TONES = {
  neutral: "bg-surface-2 text-muted border-border",
  accent: "bg-accent/10 text-accent-text border-accent/20",
  success: "bg-success/10 text-success border-success/20",
  warning: "bg-warning/10 text-warning border-warning/25",
  danger: "bg-danger/10 text-danger border-danger/20",
  info: "bg-info/10 text-info border-info/20",
} as const;

export type BadgeTone = keyof typeof BADGE_TONES;

export interface BadgeProps extends ComponentProps<"span"> {
  tone?: BadgeTone;
  size?: "sm" | "md";
  /** A small colored dot before the text. */
  dot?: boolean;
}

export function badgeClassName({ tone = "neutral", size = "md", className }: { tone?: BadgeTone; size?: "sm" | "md"; className?: string } = {}) {
  return cn(
    "inline-flex shrink-0 items-center gap-1 whitespace-nowrap rounded-full border font-medium",
    "[&_svg]:size-3 [&_svg]:shrink-0",
    size === "sm" ? "h-5 px-1.5 text-[11px]" : "h-6 px-2 text-xs",
    BADGE_TONES[tone],
    className,
  );
}

export function Badge({ tone = "neutral", size = "md", dot = false, className, children, ...props }: BadgeProps) {
  return (
    <span className={badgeClassName({ tone, size, className })} {...props}>
      {dot ? <span aria-hidden="true" className="size-1.5 rounded-full bg-current" /> : null}
      {children}
    </span>
  );
}
