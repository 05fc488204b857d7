import { describe, expect, it } from "vitest";
import {
  HIDDEN_INTERVAL_MS,
  LIVE_INTERVAL_MS,
  displayStatus,
  elapsedSeconds,
  formatAgo,
  formatClock,
  formatSpan,
  isInFlight,
  progressFraction,
  refetchIntervalFor,
  secondsSinceStart,
} from "@/components/gallery/live";

describe("refetchIntervalFor", () => {
  it("polls every 2 s while anything is queued, pending or running", () => {
    expect(refetchIntervalFor(["succeeded", "running"])).toBe(LIVE_INTERVAL_MS);
    expect(refetchIntervalFor(["queued"])).toBe(2_000);
    expect(refetchIntervalFor(["failed", "pending"])).toBe(2_000);
  });

  it("stops once everything has finished, or when there is nothing", () => {
    expect(refetchIntervalFor(["succeeded", "failed", "canceled", "expired"])).toBe(false);
    expect(refetchIntervalFor([])).toBe(false);
  });

  it("backs off while the tab is hidden", () => {
    expect(refetchIntervalFor(["running"], true)).toBe(HIDDEN_INTERVAL_MS);
    expect(HIDDEN_INTERVAL_MS).toBeGreaterThan(LIVE_INTERVAL_MS);
    expect(refetchIntervalFor(["succeeded"], true)).toBe(false);
  });

  it("accepts any iterable (e.g. a Set of statuses)", () => {
    expect(refetchIntervalFor(new Set(["pending"]))).toBe(2_000);
  });
});

describe("statuses", () => {
  it("knows which are in flight", () => {
    expect(["queued", "pending", "running"].every(isInFlight)).toBe(true);
    expect(["succeeded", "failed", "canceled", "expired", "archiving"].some(isInFlight)).toBe(false);
  });

  it("shows a running generation whose video is being stored as archiving", () => {
    expect(displayStatus({ status: "running", archiving: true })).toBe("archiving");
    expect(displayStatus({ status: "running", archiving: false })).toBe("running");
    expect(displayStatus({ status: "succeeded", archiving: false })).toBe("succeeded");
  });
});

describe("elapsed time", () => {
  const createdAt = "2026-11-20T10:00:00.000Z";
  const t0 = Date.parse(createdAt);

  it("counts from creation to now while in flight", () => {
    expect(elapsedSeconds({ createdAt, finishedAt: null }, t0 + 65_000)).toBe(65);
  });

  it("counts from creation to the end once finished, whatever the time now", () => {
    expect(elapsedSeconds({ createdAt, finishedAt: "2026-11-20T10:01:30.000Z" }, t0 + 3_600_000)).toBe(90);
  });

  it("is never negative (clock skew) and survives bad dates", () => {
    expect(elapsedSeconds({ createdAt, finishedAt: null }, t0 - 5_000)).toBe(0);
    expect(elapsedSeconds({ createdAt: "nonsense", finishedAt: null }, t0)).toBe(0);
  });

  it("measures progress from submission when known", () => {
    expect(secondsSinceStart({ createdAt, submittedAt: "2026-11-20T10:00:10.000Z" }, t0 + 40_000)).toBe(30);
    expect(secondsSinceStart({ createdAt, submittedAt: null }, t0 + 40_000)).toBe(40);
  });
});

describe("progressFraction", () => {
  it("is 0 while queued and for finished work without a video", () => {
    expect(progressFraction("queued", 100, 90)).toBe(0);
    expect(progressFraction("failed", 100, 90)).toBe(0);
  });

  it("is 1 only when succeeded", () => {
    expect(progressFraction("succeeded", 0, 90)).toBe(1);
  });

  it("grows linearly to 90 % at the typical duration", () => {
    expect(progressFraction("running", 45, 90)).toBeCloseTo(0.45);
    expect(progressFraction("running", 90, 90)).toBeCloseTo(0.9);
  });

  it("approaches but never reaches 100 % while running, however long it takes", () => {
    let previous = 0;
    for (const t of [0, 30, 90, 120, 180, 600, 3_600, 86_400]) {
      const f = progressFraction("running", t, 90);
      expect(f).toBeGreaterThanOrEqual(previous);
      expect(f).toBeLessThan(1);
      previous = f;
    }
    expect(progressFraction("running", 86_400, 90)).toBeLessThanOrEqual(0.99);
  });

  it("tolerates odd inputs", () => {
    expect(progressFraction("running", -5, 90)).toBe(0);
    expect(progressFraction("running", 10, 0)).toBeLessThan(1);
  });
});

describe("formatting", () => {
  it("formats a running clock", () => {
    expect(formatClock(0)).toBe("0:00");
    expect(formatClock(42.9)).toBe("0:42");
    expect(formatClock(65)).toBe("1:05");
    expect(formatClock(3_723)).toBe("1:02:03");
  });

  it("formats spans for hints", () => {
    expect(formatSpan(45)).toBe("45 s");
    expect(formatSpan(90)).toBe("1 min 30 s");
    expect(formatSpan(180)).toBe("3 min");
    expect(formatSpan(7_200)).toBe("2 h");
  });

  it("formats how long ago", () => {
    const now = Date.parse("2026-11-20T12:00:00.000Z");
    expect(formatAgo("2026-11-20T11:59:50.000Z", now)).toBe("just now");
    expect(formatAgo("2026-11-20T11:55:00.000Z", now)).toBe("5 min ago");
    expect(formatAgo("2026-11-20T09:00:00.000Z", now)).toBe("3 h ago");
    expect(formatAgo("2026-11-18T12:00:00.000Z", now)).toBe("2 d ago");
    expect(formatAgo("2026-10-01T12:00:00.000Z", now)).toBe("Oct 1, 2026");
  });
});
