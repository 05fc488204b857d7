import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";

export interface EmptyStateProps extends Omit<ComponentProps<"div">, "title"> {
  icon?: ReactNode;
  title: ReactNode;
  text?: ReactNode;
  /** A call to action, e.g. a Button. */
  action?: ReactNode;
  /** Draws a dashed frame, for empty areas inside a page. */
  bordered?: boolean;
}

export function EmptyState({ icon, title, text, action, bordered = true, className, ...props }: EmptyStateProps) {
  return (
    <div
      className={cn(
        "flex flex-col items-center justify-center px-6 py-12 text-center",
        bordered && "rounded-xl border border-dashed border-border-strong bg-surface/50",
        className,
      )}
      {...props}
    >
      {icon ? (
        <div
          aria-hidden="true"
          className="mb-4 flex size-11 items-center justify-center rounded-xl border border-border bg-surface text-muted shadow-card [&_svg]:size-5"
        >
          {icon}
        </div>
      ) : null}
      <h3 className="text-[15px] font-semibold tracking-tight text-text">{title}</h3>
      {text ? <p className="mt-1.5 max-w-sm text-sm leading-relaxed text-muted">{text}</p> : null}
      {action ? <div className="mt-5 flex flex-wrap items-center justify-center gap-2">{action}</div> : null}
    </div>
  );
}
