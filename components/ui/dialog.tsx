"use client";

import type { ComponentProps } from "react";
import { Dialog as DialogPrimitive } from "radix-ui";
import { X } from "lucide-react";
import { cn } from "./cn";

export const Dialog = DialogPrimitive.Root;
export const DialogTrigger = DialogPrimitive.Trigger;
export const DialogClose = DialogPrimitive.Close;

/** Shared by Dialog and AlertDialog. */
export const overlayClassName = cn(
  "fixed inset-0 z-50 bg-overlay backdrop-blur-[2px]",
  "data-[state=open]:animate-fade-in data-[state=closed]:animate-fade-out",
);

export const DIALOG_SIZES = { sm: "max-w-sm", md: "max-w-lg", lg: "max-w-2xl", xl: "max-w-4xl" } as const;
export type DialogSize = keyof typeof DIALOG_SIZES;

/** Shared by Dialog and AlertDialog: centered panel, scrolls inside on short screens. */
export function dialogPanelClassName(size: DialogSize, className?: string) {
  return cn(
    "fixed top-1/2 left-1/2 z-50 -translate-x-1/2 -translate-y-1/2",
    "flex max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] flex-col overflow-hidden",
    "rounded-xl border border-border bg-surface text-text shadow-popover",
    "data-[state=open]:animate-dialog-in data-[state=closed]:animate-dialog-out",
    "focus-visible:outline-hidden",
    DIALOG_SIZES[size],
    className,
  );
}

export interface DialogContentProps extends ComponentProps<typeof DialogPrimitive.Content> {
  size?: DialogSize;
  /** Hide the corner close button (Escape still closes). */
  hideClose?: boolean;
}

export function DialogContent({ size = "md", hideClose = false, className, children, ...props }: DialogContentProps) {
  return (
    <DialogPrimitive.Portal>
      <DialogPrimitive.Overlay className={overlayClassName} />
      <DialogPrimitive.Content className={dialogPanelClassName(size, className)} {...props}>
        {children}
        {hideClose ? null : (
          <DialogPrimitive.Close
            className={cn(
              "absolute top-3.5 right-3.5 inline-flex size-7 items-center justify-center rounded-md text-muted",
              "transition-colors hover:bg-surface-2 hover:text-text",
            )}
          >
            <X aria-hidden="true" className="size-4" />
            <span className="sr-only">Close</span>
          </DialogPrimitive.Close>
        )}
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}

export function DialogHeader({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("flex flex-col gap-1.5 px-5 pt-5 pb-3 pr-12", className)} {...props} />;
}

export function DialogTitle({ className, ...props }: ComponentProps<typeof DialogPrimitive.Title>) {
  return <DialogPrimitive.Title className={cn("text-base font-semibold tracking-tight text-text", className)} {...props} />;
}

export function DialogDescription({ className, ...props }: ComponentProps<typeof DialogPrimitive.Description>) {
  return <DialogPrimitive.Description className={cn("text-sm leading-relaxed text-muted", className)} {...props} />;
}

/** The scrollable middle of a dialog. */
export function DialogBody({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("min-h-0 flex-1 overflow-y-auto px-5 py-2", className)} {...props} />;
}

/** Actions row: stacked on phones (primary on top), right-aligned from `sm` up. */
export function DialogFooter({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      className={cn(
        "mt-2 flex flex-col-reverse gap-2 border-t border-border bg-surface-2/50 px-5 py-3.5",
        "sm:flex-row sm:items-center sm:justify-end",
        className,
      )}
      {...props}
    />
  );
}
