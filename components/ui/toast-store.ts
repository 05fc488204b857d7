// A tiny external store for toasts: `toast()` can be called from anywhere on the client
// (event handlers, mutation callbacks) and <Toaster/> renders what is in it.
import type { ReactNode } from "react";

export type ToastTone = "neutral" | "success" | "warning" | "danger" | "info";

export interface ToastAction {
  label: string;
  /** Describes how to do the same without the toast (required by screen readers' flow). */
  altText: string;
  onClick: () => void;
}

export interface ToastInput {
  /** Reuse an id to update a toast in place (e.g. "Uploading…" then "Uploaded"). */
  id?: string;
  title: ReactNode;
  description?: ReactNode;
  tone?: ToastTone;
  /** Milliseconds before it closes; Infinity keeps it until dismissed. Default 5000 (8000 for danger). */
  duration?: number;
  action?: ToastAction;
}

export interface ToastItem extends Required<Pick<ToastInput, "id" | "title" | "tone" | "duration">> {
  description?: ReactNode;
  action?: ToastAction;
  open: boolean;
}

export const DEFAULT_TOAST_DURATION = 5000;
export const DANGER_TOAST_DURATION = 8000;

export interface ToastStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): readonly ToastItem[];
  add(input: ToastInput): string;
  /** Starts the close animation of one toast, or of all when no id is given. */
  dismiss(id?: string): void;
  /** Drops a toast for good. */
  remove(id: string): void;
}

export interface ToastStoreOptions {
  /** Most toasts open at once. */
  limit?: number;
  /** How long a closed toast stays in the store so its exit animation can finish. */
  removeDelayMs?: number;
}

export function createToastStore({ limit = 3, removeDelayMs = 250 }: ToastStoreOptions = {}): ToastStore {
  let toasts: readonly ToastItem[] = [];
  let counter = 0;
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((listener) => listener());

  function removeLater(ids: string[]) {
    if (ids.length === 0) return;
    setTimeout(() => {
      // Only if still closed: the same id may have been shown again meanwhile.
      const before = toasts.length;
      toasts = toasts.filter((t) => t.open || !ids.includes(t.id));
      if (toasts.length !== before) emit();
    }, removeDelayMs);
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => toasts,
    add(input) {
      const id = input.id ?? `toast-${++counter}`;
      const tone = input.tone ?? "neutral";
      const item: ToastItem = {
        id,
        title: input.title,
        description: input.description,
        tone,
        duration: input.duration ?? (tone === "danger" ? DANGER_TOAST_DURATION : DEFAULT_TOAST_DURATION),
        action: input.action,
        open: true,
      };
      const exists = toasts.some((t) => t.id === id);
      let next = exists ? toasts.map((t) => (t.id === id ? item : t)) : [...toasts, item];
      // Over the limit, the oldest open toasts close first.
      let overflow = next.filter((t) => t.open).length - limit;
      const closed: string[] = [];
      if (overflow > 0) {
        next = next.map((t) => {
          if (overflow > 0 && t.open && t.id !== id) {
            overflow -= 1;
            closed.push(t.id);
            return { ...t, open: false };
          }
          return t;
        });
      }
      toasts = next;
      emit();
      removeLater(closed);
      return id;
    },
    dismiss(id) {
      const closed = toasts.filter((t) => t.open && (id === undefined || t.id === id)).map((t) => t.id);
      if (closed.length === 0) return;
      toasts = toasts.map((t) => (closed.includes(t.id) ? { ...t, open: false } : t));
      emit();
      removeLater(closed);
    },
    remove(id) {
      toasts = toasts.filter((t) => t.id !== id);
      emit();
    },
  };
}

type ToneShortcut = (title: ReactNode, options?: Omit<ToastInput, "title" | "tone">) => string;

export interface ToastFunction {
  (input: ToastInput): string;
  success: ToneShortcut;
  error: ToneShortcut;
  warning: ToneShortcut;
  info: ToneShortcut;
  dismiss: (id?: string) => void;
}

export function createToastFunction(store: ToastStore): ToastFunction {
  const shortcut =
    (tone: ToastTone): ToneShortcut =>
    (title, options) =>
      store.add({ ...options, title, tone });
  return Object.assign((input: ToastInput) => store.add(input), {
    success: shortcut("success"),
    error: shortcut("danger"),
    warning: shortcut("warning"),
    info: shortcut("info"),
    dismiss: (id?: string) => store.dismiss(id),
  });
}

/** The app-wide store used by `toast()` and <Toaster/>. */
export const toastStore = createToastStore();
