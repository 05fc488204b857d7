"use client";

import { useState, type MouseEvent, type ReactNode } from "react";
import { AlertDialog as AlertPrimitive } from "radix-ui";
import { TriangleAlert } from "lucide-react";
import { buttonClassName } from "./button";
import { Spinner } from "./spinner";
import { DialogFooter, DialogHeader, dialogPanelClassName, overlayClassName } from "./dialog";

export interface AlertDialogProps {
  /** The element that opens the dialog (rendered as-is via asChild), e.g. a Button. */
  trigger?: ReactNode;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  title: ReactNode;
  description: ReactNode;
  /** Extra content between the description and the buttons (e.g. what will be lost). */
  children?: ReactNode;
  confirmLabel?: ReactNode;
  cancelLabel?: ReactNode;
  /** "danger" (default) for destructive actions; "primary" for weighty but safe ones. */
  tone?: "danger" | "primary";
  /**
   * Runs on confirm. While its promise is pending the button shows a spinner and the dialog
   * stays open; it closes when the promise resolves and stays open if it rejects (show the
   * error with a toast).
   */
  onConfirm: () => void | Promise<void>;
}

/** A confirmation dialog for destructive or irreversible actions. Focus starts on Cancel. */
export function AlertDialog({
  trigger,
  open: openProp,
  onOpenChange,
  title,
  description,
  children,
  confirmLabel = "Confirm",
  cancelLabel = "Cancel",
  tone = "danger",
  onConfirm,
}: AlertDialogProps) {
  const [internalOpen, setInternalOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const open = openProp ?? internalOpen;

  function setOpen(next: boolean) {
    if (pending) return;
    if (openProp === undefined) setInternalOpen(next);
    onOpenChange?.(next);
  }

  async function confirm(event: MouseEvent<HTMLButtonElement>) {
    event.preventDefault();
    setPending(true);
    try {
      await onConfirm();
      setPending(false);
      if (openProp === undefined) setInternalOpen(false);
      onOpenChange?.(false);
    } catch {
      setPending(false);
    }
  }

  return (
    <AlertPrimitive.Root open={open} onOpenChange={setOpen}>
      {trigger ? <AlertPrimitive.Trigger asChild>{trigger}</AlertPrimitive.Trigger> : null}
      <AlertPrimitive.Portal>
        <AlertPrimitive.Overlay className={overlayClassName} />
        <AlertPrimitive.Content className={dialogPanelClassName("sm")}>
          <DialogHeader className="flex-row items-start gap-3 pr-5">
            {tone === "danger" ? (
              <span className="mt-0.5 flex size-8 shrink-0 items-center justify-center rounded-full bg-danger/10 text-danger">
                <TriangleAlert aria-hidden="true" className="size-4" />
              </span>
            ) : null}
            <div className="flex flex-col gap-1.5">
              <AlertPrimitive.Title className="text-base font-semibold tracking-tight">{title}</AlertPrimitive.Title>
              <AlertPrimitive.Description className="text-sm leading-relaxed text-muted">{description}</AlertPrimitive.Description>
            </div>
          </DialogHeader>
          {children ? <div className="px-5 pb-2 text-sm">{children}</div> : null}
          <DialogFooter>
            <AlertPrimitive.Cancel className={buttonClassName({ variant: "outline" })} disabled={pending}>
              {cancelLabel}
            </AlertPrimitive.Cancel>
            <AlertPrimitive.Action
              onClick={confirm}
              disabled={pending}
              aria-busy={pending || undefined}
              className={buttonClassName({ variant: tone === "danger" ? "danger" : "primary", className: "disabled:opacity-100!" })}
            >
              {pending ? <Spinner size="sm" label={null} /> : null}
              {confirmLabel}
            </AlertPrimitive.Action>
          </DialogFooter>
        </AlertPrimitive.Content>
      </AlertPrimitive.Portal>
    </AlertPrimitive.Root>
  );
}
