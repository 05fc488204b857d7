import { describe, expect, it } from "vitest";
import {
  AWAITING_DECISION_STATUSES,
  canMove,
  ENTRY_STATUSES,
  GENERATION_STATUSES,
  IN_FLIGHT_STATUSES,
  internalStatuses,
  isTerminal,
  nextStatuses,
  PROVIDER_CAPACITY_STATUSES,
  PUBLIC_IN_FLIGHT_STATUSES,
  PUBLIC_STATUSES,
  publicStatus,
  STATUS,
  statusesOfStep,
  TERMINAL_STATUSES,
  transition,
  UNSUCCESSFUL_STATUSES,
  WORKER_STEPS,
  type GenerationStatus,
  type MoveTarget,
  type UpdateTarget,
} from "@/lib/rules/generation-status";
import type { GuardedUpdate } from "@/lib/services/worker/lease";

describe("the generation status machine", () => {
  it("reaches every status from queued", () => {
    const seen = new Set<GenerationStatus>(ENTRY_STATUSES);
    const todo: GenerationStatus[] = [...ENTRY_STATUSES];
    for (let s = todo.pop(); s; s = todo.pop()) {
      for (const next of nextStatuses(s)) {
        if (seen.has(next)) continue;
        seen.add(next);
        todo.push(next);
      }
    }
    expect([...seen].sort()).toEqual([...GENERATION_STATUSES].sort());
  });

  it("lets nothing out of a terminal status, and every other status out", () => {
    for (const s of TERMINAL_STATUSES) expect(nextStatuses(s)).toEqual([]);
    for (const s of IN_FLIGHT_STATUSES) expect(nextStatuses(s).length).toBeGreaterThan(0);
    expect([...TERMINAL_STATUSES, ...IN_FLIGHT_STATUSES].sort()).toEqual([...GENERATION_STATUSES].sort());
    expect(TERMINAL_STATUSES).toEqual(["succeeded", "failed", "canceled", "expired", "rejected"]);
  });

  it("reaches a terminal status from every status", () => {
    const ends = (s: GenerationStatus, path: GenerationStatus[] = []): boolean =>
      isTerminal(s) || nextStatuses(s).some((n) => !path.includes(n) && ends(n, [...path, s]));
    for (const s of GENERATION_STATUSES) expect(ends(s), s).toBe(true);
  });

  it("moves only to known statuses and never stays put", () => {
    for (const s of GENERATION_STATUSES) {
      for (const n of nextStatuses(s)) {
        expect(GENERATION_STATUSES).toContain(n);
        expect(n).not.toBe(s);
      }
    }
  });

  it("has the moves the worker makes (dispatch, recover, poll, archive)", () => {
    expect(nextStatuses("queued")).toEqual(["dispatching", "canceled"]);
    expect([...nextStatuses("dispatching")].sort()).toEqual(["failed", "pending", "queued", "running"]);
    for (const from of ["pending", "running"] as const) {
      expect(nextStatuses(from)).toEqual(expect.arrayContaining(["archiving", "failed", "canceled", "expired"]));
    }
    expect(canMove("pending", "running") && canMove("running", "pending")).toBe(true);
    expect([...nextStatuses("archiving")].sort()).toEqual(["expired", "failed", "succeeded"]);
  });

  it("names every status publicly, and every public name belongs to a status", () => {
    for (const s of GENERATION_STATUSES) expect(PUBLIC_STATUSES).toContain(publicStatus(s));
    for (const p of PUBLIC_STATUSES) expect(internalStatuses(p).length).toBeGreaterThan(0);
    expect(publicStatus("dispatching")).toBe("queued");
    expect(publicStatus("archiving")).toBe("running");
    expect(internalStatuses("queued")).toEqual(["queued", "dispatching"]);
    expect(internalStatuses("running")).toEqual(["running", "archiving"]);
    expect(() => publicStatus("bogus")).toThrow(/Unknown generation status/);
  });

  it("gives every status still moving exactly one worker step, and terminal ones none", () => {
    const stepped = WORKER_STEPS.flatMap((w) => statusesOfStep(w));
    // A row awaiting approval waits for a person, not a worker step.
    expect([...stepped].sort()).toEqual(IN_FLIGHT_STATUSES.filter((s) => !AWAITING_DECISION_STATUSES.includes(s)).sort());
    expect(new Set(stepped).size).toBe(stepped.length);
    expect(statusesOfStep("dispatch")).toEqual(["queued"]);
    expect(statusesOfStep("recover")).toEqual(["dispatching"]);
    expect(statusesOfStep("poll")).toEqual(["pending", "running"]);
    expect(statusesOfStep("archive")).toEqual(["archiving"]);
  });

  it("derives the sets that budgets, provider limits and the gallery count", () => {
    expect(IN_FLIGHT_STATUSES).toEqual(["queued", "dispatching", "pending", "running", "archiving", "awaiting_approval"]);
    expect(PROVIDER_CAPACITY_STATUSES).toEqual(["dispatching", "pending", "running"]);
    expect(PUBLIC_IN_FLIGHT_STATUSES).toEqual(["queued", "pending", "running", "awaiting_approval"]);
    expect(UNSUCCESSFUL_STATUSES).toEqual(["failed", "canceled", "expired", "rejected"]);
    expect(AWAITING_DECISION_STATUSES).toEqual(["awaiting_approval"]);
  });

  it("transition() returns an allowed move's target and throws on one built from a widened value", () => {
    expect(transition("queued", "dispatching")).toBe("dispatching");
    expect(transition(STATUS.archiving, STATUS.succeeded)).toBe("succeeded");
    const widened = "succeeded" as GenerationStatus;
    expect(() => transition(widened, "queued" as never)).toThrow("A generation cannot move from succeeded to queued.");
  });

  it("refuses a move outside the table at compile time", () => {
    // Never run: tsc checks these lines (a forbidden move is a type error).
    const typeChecks = () => {
      // @ts-expect-error succeeded is terminal: nothing leaves it
      transition(STATUS.succeeded, STATUS.queued);
      // @ts-expect-error queued goes to dispatching first, never straight to pending
      transition(STATUS.queued, STATUS.pending);
      // @ts-expect-error from pending or queued, pending is not a move allowed from both
      const mixed: MoveTarget<"queued" | "pending"> = STATUS.pending;
      const polled: MoveTarget<"pending" | "running"> = STATUS.archiving;
      const stay: UpdateTarget<"pending" | "running"> = STATUS.pending;
      // @ts-expect-error the worker's guarded update cannot archive a queued row
      const skip: GuardedUpdate<"queued"> = { status: STATUS.archiving };
      const dispatched: GuardedUpdate<"queued"> = { status: STATUS.dispatching };
      return [mixed, polled, stay, skip, dispatched];
    };
    expect(typeof typeChecks).toBe("function");
  });
});
