import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";

export interface StatProps extends ComponentProps<"div"> {
  label: ReactNode;
  /** Pre-formatted value (money stays a decimal string, formatted by the caller). */
  value: ReactNode;
  hint?: ReactNode;
  icon?: ReactNode;
  /** Colors the hint, e.g. "danger" when a budget is exceeded. */
  tone?: "neutral" | "success" | "warning" | "danger";
}

const HINT_TONES = { neutral: "text-muted", success: "text-success", warning: "text-warning", danger: "text-danger" } as const;

export function Stat({ label, value, hint, icon, tone = "neutral", className, ...props }: StatProps) {
  return (
    <div className={cn("flex min-w-0 flex-col gap-1 rounded-xl border border-border bg-surface p-4 shadow-card", className)} {...props}>
      <div className="flex items-center gap-1.5 text-[13px] font-medium text-muted [&_svg]:size-3.5">
        {icon ? (
          <span aria-hidden="true" className="flex">
            {icon}
          </span>
        ) : null}
        <span className="truncate">{label}</span>
      </div>
      <div className="truncate text-2xl font-semibold tracking-tight tabular-nums text-text">{value}</div>
      {hint ? <div className={cn("text-xs", HINT_TONES[tone])}>{hint}</div> : null}
    </div>
  );
}

/** A responsive grid for a row of Stats. */
export function StatGrid({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("grid grid-cols-2 gap-3 lg:grid-cols-4", className)} {...props} />;
}
