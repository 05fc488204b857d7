import { describe, expect, it } from "vitest";
import { TaskStore } from "@/lib/simulator/task-store";

describe("simulator poll gaps", () => {
  it("records the time between consecutive polls of each task, not across tasks", () => {
    const store = new TaskStore(() => 24 * 3600_000);
    store.recordPoll("a", 1_000);
    store.recordPoll("b", 1_500);
    store.recordPoll("a", 6_000);
    store.recordPoll("b", 6_700);
    store.recordPoll("a", 11_100);
    expect(store.pollGaps()).toEqual([5_000, 5_200, 5_100]);
    expect(store.stats().totalPolls).toBe(5);
  });

  it("forgets them on reset", () => {
    const store = new TaskStore(() => 24 * 3600_000);
    store.recordPoll("a", 1_000);
    store.recordPoll("a", 2_000);
    store.reset();
    store.recordPoll("a", 3_000);
    expect(store.pollGaps()).toEqual([]);
  });
});
