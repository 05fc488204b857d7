"use client";

// Shared clocks for ticking labels (elapsed times every second, "5 min ago" every minute): one
// interval per period no matter how many cards are on screen. `null` on the server and during
// hydration, so time-dependent text never mismatches the server's HTML.
import { useSyncExternalStore } from "react";

type Period = 1_000 | 60_000;

interface Ticker {
  now: number;
  timer: ReturnType<typeof setInterval> | undefined;
  listeners: Set<() => void>;
}

const tickers = new Map<Period, Ticker>();
const rounded = (period: Period) => Date.now() - (Date.now() % period);

function tickerOf(period: Period): Ticker {
  let ticker = tickers.get(period);
  if (!ticker) {
    ticker = { now: rounded(period), timer: undefined, listeners: new Set() };
    tickers.set(period, ticker);
  }
  return ticker;
}

function subscribeTo(period: Period) {
  return (listener: () => void) => {
    const ticker = tickerOf(period);
    ticker.listeners.add(listener);
    if (!ticker.timer) {
      ticker.now = rounded(period);
      ticker.timer = setInterval(() => {
        ticker.now = rounded(period);
        for (const l of ticker.listeners) l();
      }, period);
    }
    return () => {
      ticker.listeners.delete(listener);
      if (ticker.listeners.size === 0 && ticker.timer) {
        clearInterval(ticker.timer);
        ticker.timer = undefined;
      }
    };
  };
}

const subscribeEverySecond = subscribeTo(1_000);
const subscribeEveryMinute = subscribeTo(60_000);

/**
 * The current time in ms: every second while `live` (a running clock), else every minute;
 * null before hydration.
 */
export function useNow(live = true): number | null {
  const period: Period = live ? 1_000 : 60_000;
  return useSyncExternalStore(
    live ? subscribeEverySecond : subscribeEveryMinute,
    () => {
      const ticker = tickerOf(period);
      return ticker.timer ? ticker.now : rounded(period);
    },
    () => null,
  );
}
