"use client";

import { useSyncExternalStore, type ComponentType } from "react";
import { Toast as ToastPrimitive } from "radix-ui";
import { CircleCheck, CircleX, Info, TriangleAlert, X, type LucideProps } from "lucide-react";
import { cn } from "./cn";
import { buttonClassName } from "./button";
import { createToastFunction, toastStore, type ToastFunction, type ToastItem, type ToastTone } from "./toast-store";

export type { ToastInput, ToastTone, ToastAction } from "./toast-store";

/** Show a toast from anywhere on the client: `toast.success("Saved")`, `toast({ title, description, tone })`. */
export const toast: ToastFunction = createToastFunction(toastStore);

const EMPTY: readonly ToastItem[] = [];

export function useToast(): { toast: ToastFunction; dismiss: (id?: string) => void; toasts: readonly ToastItem[] } {
  const toasts = useSyncExternalStore(toastStore.subscribe, toastStore.getSnapshot, () => EMPTY);
  return { toast, dismiss: toast.dismiss, toasts };
}

const TONE_ICON: Record<ToastTone, { Icon: ComponentType<LucideProps>; className: string } | null> = {
  neutral: null,
  success: { Icon: CircleCheck, className: "text-success" },
  warning: { Icon: TriangleAlert, className: "text-warning" },
  danger: { Icon: CircleX, className: "text-danger" },
  info: { Icon: Info, className: "text-info" },
};

/** Mount once, near the root (e.g. in the app providers). */
export function Toaster() {
  const { toasts } = useToast();
  return (
    <ToastPrimitive.Provider swipeDirection="right" label="Notification">
      {toasts.map((item) => (
        <ToastCard key={item.id} item={item} />
      ))}
      <ToastPrimitive.Viewport
        className={cn("fixed right-0 bottom-0 z-[100] flex max-h-dvh w-full flex-col gap-2 p-4 outline-hidden", "sm:right-2 sm:bottom-2 sm:max-w-sm")}
      />
    </ToastPrimitive.Provider>
  );
}

function ToastCard({ item }: { item: ToastItem }) {
  const tone = TONE_ICON[item.tone];
  return (
    <ToastPrimitive.Root
      open={item.open}
      duration={item.duration}
      type={item.tone === "danger" ? "foreground" : "background"}
      onOpenChange={(open) => {
        if (!open) toastStore.dismiss(item.id);
      }}
      className={cn(
        "group pointer-events-auto relative flex w-full items-start gap-3 rounded-xl border border-border bg-surface p-3.5 pr-9 text-text shadow-popover",
        "data-[state=open]:animate-toast-in data-[state=closed]:animate-toast-out",
        "data-[swipe=move]:translate-x-(--radix-toast-swipe-move-x) data-[swipe=cancel]:translate-x-0",
        "data-[swipe=cancel]:transition-[translate] data-[swipe=end]:animate-toast-out",
      )}
    >
      {tone ? <tone.Icon aria-hidden="true" className={cn("mt-0.5 size-4 shrink-0", tone.className)} /> : null}
      <div className="flex min-w-0 flex-1 flex-col gap-0.5">
        <ToastPrimitive.Title className="text-sm font-medium leading-5">{item.title}</ToastPrimitive.Title>
        {item.description ? <ToastPrimitive.Description className="text-[13px] leading-5 text-muted">{item.description}</ToastPrimitive.Description> : null}
        {item.action ? (
          <ToastPrimitive.Action
            altText={item.action.altText}
            onClick={item.action.onClick}
            className={buttonClassName({ variant: "outline", size: "sm", className: "mt-2 self-start" })}
          >
            {item.action.label}
          </ToastPrimitive.Action>
        ) : null}
      </div>
      <ToastPrimitive.Close
        aria-label="Dismiss notification"
        className="absolute top-2.5 right-2.5 inline-flex size-6 items-center justify-center rounded-md text-faint transition-colors hover:bg-surface-2 hover:text-text"
      >
        <X aria-hidden="true" className="size-3.5" />
      </ToastPrimitive.Close>
    </ToastPrimitive.Root>
  );
}
