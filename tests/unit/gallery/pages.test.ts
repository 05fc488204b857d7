import { describe, expect, it } from "vitest";
import { allItems, matchesApiQuery, placeInPages, removeFromPages } from "@/components/gallery/pages";
import { generation, pagesOf } from "./fixtures";

const at = (minute: number) => `2026-11-20T10:${String(minute).padStart(2, "0")}:00.000Z`;

describe("matchesApiQuery", () => {
  const g = generation({
    projectId: "p1",
    model: "wan2.6-t2v",
    status: "running",
    prompt: "A Paper boat",
    creator: { id: "u1", name: "Ada" },
    createdAt: "2026-11-20T23:30:00.000Z",
  });

  it("applies every filter like the server", () => {
    expect(matchesApiQuery(g, {})).toBe(true);
    expect(matchesApiQuery(g, { projectId: "p1", model: "wan2.6-t2v", creatorId: "u1", status: "queued,running" })).toBe(true);
    expect(matchesApiQuery(g, { projectId: "p2" })).toBe(false);
    expect(matchesApiQuery(g, { status: "succeeded" })).toBe(false);
    expect(matchesApiQuery(g, { model: "other" })).toBe(false);
    expect(matchesApiQuery(g, { creatorId: "u2" })).toBe(false);
  });

  it("searches prompts case-insensitively", () => {
    expect(matchesApiQuery(g, { q: "paper" })).toBe(true);
    expect(matchesApiQuery(g, { q: "kitchen" })).toBe(false);
  });

  it("compares dates by UTC day, both ends inclusive", () => {
    expect(matchesApiQuery(g, { from: "2026-11-20", to: "2026-11-20" })).toBe(true);
    expect(matchesApiQuery(g, { from: "2026-11-21" })).toBe(false);
    expect(matchesApiQuery(g, { to: "2026-11-19" })).toBe(false);
  });

  it("can ignore the status filter", () => {
    expect(matchesApiQuery(g, { status: "succeeded" }, { ignoreStatus: true })).toBe(true);
  });

  it("applies the favourite, tag and review filters", () => {
    const review = { status: "approved" as const, by: { id: "u2", name: "Bo" }, at: at(1) };
    const liked = generation({ favourite: true, tags: ["hero shot"], review });
    expect(matchesApiQuery(liked, { favourite: "true", tag: "hero shot", reviewStatus: "approved" })).toBe(true);
    expect(matchesApiQuery(g, { favourite: "true" })).toBe(false);
    expect(matchesApiQuery(liked, { tag: "other" })).toBe(false);
    expect(matchesApiQuery(liked, { reviewStatus: "none" })).toBe(false);
    expect(matchesApiQuery(generation({ review: null }), { reviewStatus: "none" })).toBe(true);
  });
});

describe("placeInPages keeps what an answer leaves out", () => {
  it("carries the favourite and tags over to a PATCH answer", () => {
    const shown = generation({ id: "a", favourite: true, tags: ["x"] });
    const answer = generation({ id: "a", prompt: "edited", favourite: undefined, tags: undefined });
    const [item] = allItems(placeInPages(pagesOf([[shown], null]), answer, {}));
    expect(item).toMatchObject({ prompt: "edited", favourite: true, tags: ["x"] });
  });
});

describe("placeInPages", () => {
  const newest = generation({ createdAt: at(30) });
  const middle = generation({ createdAt: at(20) });
  const oldest = generation({ createdAt: at(10) });

  it("replaces a changed generation in place and keeps the other objects", () => {
    const data = pagesOf([[newest, middle], "c1"], [[oldest], null]);
    const changed = { ...middle, status: "failed" as const };
    const next = placeInPages(data, changed, {});
    expect(allItems(next)).toEqual([newest, changed, oldest]);
    expect(next.pages[0].items[0]).toBe(newest);
    expect(next.pages[1]).toBe(data.pages[1]);
  });

  it("returns the same object when nothing changed", () => {
    const data = pagesOf([[newest, middle], null]);
    expect(placeInPages(data, middle, {})).toBe(data);
  });

  it("keeps a live card whose status left a status filter (no vanishing cards)", () => {
    const data = pagesOf([[middle], null]);
    const finished = { ...middle, status: "succeeded" as const };
    expect(allItems(placeInPages(data, finished, { status: "running" }))).toEqual([finished]);
  });

  it("removes a generation moved to another project", () => {
    const data = pagesOf([[newest, middle], null]);
    const moved = { ...middle, projectId: "p2" };
    expect(allItems(placeInPages(data, moved, { projectId: "p1" }))).toEqual([newest]);
  });

  it("inserts a new matching generation at the top", () => {
    const data = pagesOf([[middle], "c1"], [[oldest], null]);
    expect(allItems(placeInPages(data, newest, { projectId: "p1" }))).toEqual([newest, middle, oldest]);
  });

  it("inserts in order within the loaded range", () => {
    const data = pagesOf([[newest], "c1"], [[oldest], null]);
    const next = placeInPages(data, middle, {});
    expect(allItems(next)).toEqual([newest, middle, oldest]);
    expect(next.pages[0].items).toEqual([newest]);
  });

  it("breaks createdAt ties by id, like the server", () => {
    const a = generation({ id: "b", createdAt: at(5) });
    const b = generation({ id: "a", createdAt: at(5) });
    expect(allItems(placeInPages(pagesOf([[b], null]), a, {})).map((g) => g.id)).toEqual(["b", "a"]);
  });

  it("leaves out an older generation that belongs to a page not loaded yet", () => {
    const data = pagesOf([[newest, middle], "c1"]);
    expect(placeInPages(data, oldest, {})).toBe(data);
  });

  it("appends an older generation when the list is complete", () => {
    const data = pagesOf([[newest, middle], null]);
    expect(allItems(placeInPages(data, oldest, {}))).toEqual([newest, middle, oldest]);
  });

  it("does not insert what the query excludes", () => {
    const data = pagesOf([[middle], null]);
    expect(placeInPages(data, { ...newest, status: "queued" }, { status: "failed" })).toBe(data);
    expect(placeInPages(data, { ...newest, projectId: "p9" }, { projectId: "p1" })).toBe(data);
  });

  it("starts a first page in an empty cache entry", () => {
    expect(allItems(placeInPages({ pages: [], pageParams: [] }, newest, {}))).toEqual([newest]);
  });
});

describe("removeFromPages", () => {
  it("removes by id from whichever page holds it", () => {
    const a = generation();
    const b = generation();
    const data = pagesOf([[a], "c1"], [[b], null]);
    const next = removeFromPages(data, b.id);
    expect(allItems(next)).toEqual([a]);
    expect(next.pages[0]).toBe(data.pages[0]);
  });

  it("is a no-op for unknown ids", () => {
    const data = pagesOf([[generation()], null]);
    expect(removeFromPages(data, "nope")).toBe(data);
  });
});
