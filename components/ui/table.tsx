import type { ComponentProps } from "react";
import { cn } from "./cn";
import { ScrollRegion } from "./scroll-region";

/** Wraps the table in a bordered card that scrolls sideways on narrow screens (then keyboard-scrollable too). */
export function Table({ className, containerClassName, ...props }: ComponentProps<"table"> & { containerClassName?: string }) {
  return (
    <ScrollRegion
      label={props["aria-label"]}
      className={cn("w-full overflow-x-auto rounded-xl border border-border bg-surface shadow-card", containerClassName)}
    >
      <table className={cn("w-full caption-bottom border-collapse text-sm", className)} {...props} />
    </ScrollRegion>
  );
}

export function TableHeader({ className, ...props }: ComponentProps<"thead">) {
  return <thead className={cn("bg-surface-2/60 [&_tr]:border-b [&_tr]:border-border", className)} {...props} />;
}

export function TableBody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody className={cn("[&_tr:last-child]:border-0", className)} {...props} />;
}

export function TableRow({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={cn("border-b border-border transition-colors hover:bg-surface-2/50 data-[state=selected]:bg-accent/5", className)} {...props} />;
}

export interface TableCellAlignProps {
  /** Right-aligns with tabular figures, for money and counts. */
  numeric?: boolean;
}

export function TableHead({ className, numeric, scope = "col", ...props }: ComponentProps<"th"> & TableCellAlignProps) {
  return (
    <th
      scope={scope}
      className={cn("h-9 px-4 text-left align-middle text-xs font-medium whitespace-nowrap text-muted", numeric && "text-right", className)}
      {...props}
    />
  );
}

export function TableCell({ className, numeric, ...props }: ComponentProps<"td"> & TableCellAlignProps) {
  return <td className={cn("px-4 py-2.5 align-middle", numeric && "text-right tabular-nums", className)} {...props} />;
}
