import type { ComponentProps } from "react";
import { cn } from "./cn";

/** A keyboard key, e.g. <Kbd>⌘</Kbd><Kbd>K</Kbd>. */
export function Kbd({ className, ...props }: ComponentProps<"kbd">) {
  return (
    <kbd
      className={cn(
        "inline-flex h-5 min-w-5 items-center justify-center rounded border border-border border-b-2 bg-surface-2 px-1",
        "font-mono text-[11px] font-medium leading-none text-muted",
        className,
      )}
      {...props}
    />
  );
}
