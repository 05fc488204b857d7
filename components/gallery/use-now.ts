"use client";

// One shared clock for every ticking label (elapsed times, "5 min ago"): a single interval no
// matter how many cards are on screen. `null` on the server and during hydration, so
// time-dependent text never mismatches the server's HTML.
import { useSyncExternalStore } from "react";

const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const l of listeners) l();
    }, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

const neverChanges = () => () => {};
const roundedNow = (step: number) => Date.now() - (Date.now() % step);

/** The current time in ms, updated every second while `live`; null before hydration. */
export function useNow(live = true): number | null {
  return useSyncExternalStore(
    live ? subscribe : neverChanges,
    () => (live ? (timer ? now : roundedNow(1000)) : roundedNow(60_000)),
    () => null,
  );
}
