import { describe, expect, it } from "vitest";
import { activeFilterCount, EMPTY_FILTERS, filtersToApiQuery, filtersToSearchParams, parseFilters, sameFilters } from "@/components/gallery/filters";

describe("parseFilters", () => {
  it("reads every filter from URL params", () => {
    const filters = parseFilters(
      new URLSearchParams(
        "q=boat&status=running,failed&model=wan2.6-t2v&creator=u1&project=p2&from=2026-11-01&to=2026-11-30&favourite=true&review=approved&tag=Hero%20Shot",
      ),
    );
    expect(filters).toEqual({
      q: "boat",
      status: ["running", "failed"],
      model: "wan2.6-t2v",
      creator: "u1",
      project: "p2",
      from: "2026-11-01",
      to: "2026-11-30",
      favourite: true,
      review: "approved",
      tag: "hero shot",
    });
  });

  it("drops unknown review statuses and tags the API would refuse", () => {
    expect(parseFilters(new URLSearchParams("review=great&tag=a,b&favourite=1"))).toMatchObject({ review: "", tag: "", favourite: false });
    expect(parseFilters(new URLSearchParams("review=none")).review).toBe("none");
  });

  it("reads Next.js searchParams objects too (first value of repeated keys)", () => {
    expect(parseFilters({ q: ["cat", "dog"], status: "succeeded" })).toMatchObject({ q: "cat", status: ["succeeded"] });
  });

  it("drops unknown statuses and malformed dates instead of failing", () => {
    const filters = parseFilters(new URLSearchParams("status=running,bogus,,archiving&from=yesterday&to=2026-13-45"));
    expect(filters.status).toEqual(["running"]);
    expect(filters.from).toBe("");
    expect(filters.to).toBe("");
  });

  it("keeps statuses in a canonical order without duplicates", () => {
    expect(parseFilters(new URLSearchParams("status=failed,queued,failed")).status).toEqual(["queued", "failed"]);
  });

  it("gives empty filters for an empty URL", () => {
    expect(parseFilters(new URLSearchParams())).toEqual(EMPTY_FILTERS);
  });
});

describe("filtersToSearchParams", () => {
  it("omits empty filters and trims the search", () => {
    expect(filtersToSearchParams({ ...EMPTY_FILTERS, q: "  boat ", status: ["failed"] }).toString()).toBe("q=boat&status=failed");
    expect(filtersToSearchParams(EMPTY_FILTERS).toString()).toBe("");
  });

  it("round-trips through the URL", () => {
    const filters = {
      q: "paper boat",
      status: ["queued", "succeeded"] as const,
      model: "wan2.6-r2v-flash",
      creator: "u9",
      project: "",
      from: "2026-01-02",
      to: "",
      favourite: true,
      review: "changes_requested" as const,
      tag: "hero shot",
    };
    const url = filtersToSearchParams({ ...filters, status: [...filters.status] });
    expect(parseFilters(new URLSearchParams(url.toString()))).toEqual({ ...filters, status: [...filters.status] });
  });
});

describe("filtersToApiQuery", () => {
  it("maps to the list endpoint's parameter names", () => {
    const query = filtersToApiQuery({
      q: "boat",
      status: ["running", "pending"],
      model: "m",
      creator: "u1",
      project: "p2",
      from: "2026-11-01",
      to: "2026-11-02",
      favourite: true,
      review: "none",
      tag: "hero shot",
    });
    expect(query).toEqual({
      projectId: "p2",
      status: "running,pending",
      model: "m",
      creatorId: "u1",
      q: "boat",
      from: "2026-11-01",
      to: "2026-11-02",
      favourite: "true",
      reviewStatus: "none",
      tag: "hero shot",
    });
  });

  it("lets a project page's scope win over a project filter", () => {
    expect(filtersToApiQuery({ ...EMPTY_FILTERS, project: "p2" }, "p1")).toEqual({ projectId: "p1" });
  });

  it("is empty for no filters", () => {
    expect(filtersToApiQuery(EMPTY_FILTERS)).toEqual({});
  });
});

describe("activeFilterCount and sameFilters", () => {
  it("counts what narrows the view", () => {
    expect(activeFilterCount(EMPTY_FILTERS)).toBe(0);
    expect(activeFilterCount({ ...EMPTY_FILTERS, q: " ", status: ["failed"], from: "2026-11-01" })).toBe(2);
    expect(activeFilterCount({ ...EMPTY_FILTERS, project: "p1" }, { includeProject: false })).toBe(0);
    expect(activeFilterCount({ ...EMPTY_FILTERS, favourite: true, review: "rejected", tag: "x" })).toBe(3);
  });

  it("compares filters by their URL form", () => {
    expect(sameFilters({ ...EMPTY_FILTERS, q: "boat " }, { ...EMPTY_FILTERS, q: "boat" })).toBe(true);
    expect(sameFilters({ ...EMPTY_FILTERS, model: "a" }, EMPTY_FILTERS)).toBe(false);
  });
});
