"use client";

import { CircleCheck, CircleX, Info, TriangleAlert, X } from "lucide-react";
import { Toaster as Sonner } from "sonner";
import type { CSSProperties } from "react";
import { buttonClassName } from "./button";

/** Errors stay longer than the 5 s default: they usually carry a reason worth reading. */
export const ERROR_TOAST_DURATION = 8000;

const icon = (Icon: typeof Info, tone: string) => <Icon aria-hidden="true" className={`size-4 ${tone}`} />;

/**
 * Mount once, near the root; show toasts with sonner's `toast()`. Sonner's own look is off
 * (`unstyled`): the cards take the app's tokens, which follow the theme class, so no `theme` prop
 * is passed (sonner's dark palette would override the tokens).
 */
export function Toaster() {
  return (
    <Sonner
      position="bottom-right"
      expand
      duration={5000}
      visibleToasts={3}
      closeButton
      style={{ "--width": "24rem" } as CSSProperties}
      icons={{
        success: icon(CircleCheck, "text-success"),
        warning: icon(TriangleAlert, "text-warning"),
        error: icon(CircleX, "text-danger"),
        info: icon(Info, "text-info"),
        close: <X aria-hidden="true" className="size-3.5" />,
      }}
      toastOptions={{
        unstyled: true,
        closeButtonAriaLabel: "Dismiss notification",
        classNames: {
          toast: "flex w-(--width) items-start gap-3 rounded-xl border border-border bg-surface p-3.5 pr-9 font-sans text-text shadow-popover",
          icon: "mt-0.5 flex shrink-0",
          content: "flex min-w-0 flex-1 flex-col gap-0.5",
          title: "text-sm font-medium leading-5",
          description: "text-[13px] leading-5 text-muted",
          actionButton: buttonClassName({ variant: "outline", size: "sm", className: "shrink-0 self-center" }),
          closeButton:
            "absolute top-2.5 right-2.5 inline-flex size-6 items-center justify-center rounded-md text-faint transition-colors hover:bg-surface-2 hover:text-text",
        },
      }}
    />
  );
}
