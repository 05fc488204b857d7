import { cn } from "./cn";

/** The shared look of floating panels (menus, select lists, popovers). */
export const floatingPanelClassName = cn(
  "z-50 overflow-hidden rounded-lg border border-border bg-surface text-text shadow-popover",
  "data-[state=open]:animate-pop-in data-[state=closed]:animate-pop-out",
  "origin-(--radix-popper-transform-origin)",
);

/** The shared look of an item inside a menu or select list. */
export const menuItemClassName = cn(
  "relative flex cursor-default select-none items-center gap-2 rounded-md px-2 py-1.5 text-sm outline-hidden",
  "data-highlighted:bg-surface-2 data-highlighted:text-text",
  "data-disabled:pointer-events-none data-disabled:opacity-50",
  "[&_svg]:size-4 [&_svg]:shrink-0 [&_svg]:text-muted",
);
