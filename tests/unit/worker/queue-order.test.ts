// The dispatch order within a provider account (priority, member rounds, least recently served,
// queued time) and the estimated start of a queued job.
import { describe, expect, it } from "vitest";
import { dispatchOrder, estimatedStart, priorityRank, type QueuedJob } from "@/lib/rules/queue-order";

const t0 = new Date("2026-12-02T10:00:00Z").getTime();
const job = (id: string, creatorId: string, minute: number, over: Partial<QueuedJob> = {}): QueuedJob => ({
  id,
  account: "team:k1:wan2.6-t2v:singapore",
  creatorId,
  priority: "normal",
  createdAt: new Date(t0 + minute * 60_000),
  servedAt: null,
  ...over,
});
const ids = (jobs: QueuedJob[]) => dispatchOrder(jobs).map((j) => j.id);

describe("dispatchOrder", () => {
  it("interleaves members round by round, each member's jobs in the order they were queued", () => {
    const a = Array.from({ length: 5 }, (_, i) => job(`a${i + 1}`, "A", i));
    const b = [job("b1", "B", 10), job("b2", "B", 11)];
    expect(ids([...a, ...b])).toEqual(["a1", "b1", "a2", "b2", "a3", "a4", "a5"]);
  });

  it("puts the member served longest ago first within a round", () => {
    const jobs = [job("a1", "A", 0, { servedAt: new Date(t0 + 30_000) }), job("b1", "B", 1, { servedAt: new Date(t0) }), job("c1", "C", 2)];
    expect(ids(jobs)).toEqual(["c1", "b1", "a1"]);
  });

  it("sends a high-priority project's jobs before normal ones, and low ones last, whatever their age", () => {
    const jobs = [job("n1", "A", 0), job("l1", "B", 1, { priority: "low" }), job("h1", "C", 2, { priority: "high" }), job("h2", "C", 3, { priority: "high" })];
    expect(ids(jobs)).toEqual(["h1", "h2", "n1", "l1"]);
  });

  it("counts a member's rounds per priority, so a high job does not push the member's normal ones back a round", () => {
    const jobs = [job("ah", "A", 0, { priority: "high" }), job("an", "A", 1), job("bn", "B", 2)];
    expect(ids(jobs)).toEqual(["ah", "an", "bn"]);
  });

  it("is deterministic: the same input in any order gives the same order, ties broken by id", () => {
    const jobs = [job("x2", "A", 0), job("x1", "B", 0), job("x3", "C", 0)];
    expect(ids(jobs)).toEqual(["x1", "x2", "x3"]);
    expect(ids([...jobs].reverse())).toEqual(["x1", "x2", "x3"]);
  });

  it("treats an unknown priority as normal", () => {
    expect(priorityRank("urgent")).toBe(priorityRank("normal"));
  });
});

describe("estimatedStart", () => {
  const now = new Date(t0);
  it.each([
    // position, in flight, concurrent, typical seconds → seconds from now
    [1, 0, 5, 180, 0],
    [5, 0, 5, 180, 0],
    [6, 0, 5, 180, 180],
    [1, 5, 5, 180, 180],
    [6, 5, 5, 180, 360],
    [3, 1, 2, 120, 120],
    [1, 1, 1, 60, 60],
  ])("position %i with %i in flight of %i, %i s each: starts in %i s", (position, inFlight, concurrent, typicalSeconds, seconds) => {
    expect(estimatedStart({ position, inFlight, concurrent, typicalSeconds, now }).getTime() - now.getTime()).toBe(seconds * 1000);
  });
});
