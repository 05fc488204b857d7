import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createToastFunction, createToastStore, DANGER_TOAST_DURATION, DEFAULT_TOAST_DURATION } from "@/components/ui/toast-store";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const openIds = (store: ReturnType<typeof createToastStore>) =>
  store
    .getSnapshot()
    .filter((t) => t.open)
    .map((t) => t.id);

describe("toast store", () => {
  it("adds toasts with defaults and notifies subscribers", () => {
    const store = createToastStore();
    const listener = vi.fn();
    store.subscribe(listener);
    const id = store.add({ title: "Saved" });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot()).toEqual([
      { id, title: "Saved", description: undefined, tone: "neutral", duration: DEFAULT_TOAST_DURATION, action: undefined, open: true },
    ]);
  });

  it("keeps errors on screen longer", () => {
    const store = createToastStore();
    store.add({ title: "Failed", tone: "danger" });
    expect(store.getSnapshot()[0]?.duration).toBe(DANGER_TOAST_DURATION);
  });

  it("updates a toast in place when the id is reused", () => {
    const store = createToastStore();
    store.add({ id: "upload", title: "Uploading…", duration: Infinity });
    store.add({ id: "upload", title: "Uploaded", tone: "success" });
    expect(store.getSnapshot()).toHaveLength(1);
    expect(store.getSnapshot()[0]).toMatchObject({ id: "upload", title: "Uploaded", tone: "success", open: true });
  });

  it("closes the oldest toasts beyond the limit, then drops them after the exit delay", () => {
    const store = createToastStore({ limit: 2, removeDelayMs: 100 });
    const a = store.add({ title: "a" });
    const b = store.add({ title: "b" });
    const c = store.add({ title: "c" });
    expect(openIds(store)).toEqual([b, c]);
    expect(store.getSnapshot().map((t) => t.id)).toEqual([a, b, c]);
    vi.advanceTimersByTime(100);
    expect(store.getSnapshot().map((t) => t.id)).toEqual([b, c]);
  });

  it("dismisses one or all, and removes them after the delay", () => {
    const store = createToastStore({ removeDelayMs: 50 });
    const a = store.add({ title: "a" });
    const b = store.add({ title: "b" });
    store.dismiss(a);
    expect(openIds(store)).toEqual([b]);
    store.dismiss();
    expect(openIds(store)).toEqual([]);
    vi.advanceTimersByTime(50);
    expect(store.getSnapshot()).toEqual([]);
  });

  it("does not drop a toast that was shown again before its removal", () => {
    const store = createToastStore({ removeDelayMs: 50 });
    store.add({ id: "x", title: "first" });
    store.dismiss("x");
    store.add({ id: "x", title: "again" });
    vi.advanceTimersByTime(50);
    expect(store.getSnapshot()).toMatchObject([{ id: "x", title: "again", open: true }]);
  });

  it("ignores dismissing an unknown id", () => {
    const store = createToastStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.dismiss("nope");
    expect(listener).not.toHaveBeenCalled();
  });
});

describe("toast()", () => {
  it.each([
    ["success", "success"],
    ["error", "danger"],
    ["warning", "warning"],
    ["info", "info"],
  ] as const)("toast.%s sets tone %s", (method, tone) => {
    const store = createToastStore();
    const toast = createToastFunction(store);
    const id = toast[method]("Done", { description: "details" });
    expect(store.getSnapshot()).toMatchObject([{ id, title: "Done", description: "details", tone }]);
  });

  it("dismisses through the function too", () => {
    const store = createToastStore();
    const toast = createToastFunction(store);
    const id = toast({ title: "Hi" });
    toast.dismiss(id);
    expect(store.getSnapshot()[0]?.open).toBe(false);
  });
});
