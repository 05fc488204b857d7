import { describe, expect, it } from "vitest";
import {
  bucketKey,
  bucketKeys,
  bucketLabel,
  currentMonthRange,
  defaultTimeUnit,
  lastDaysRange,
  parseDay,
  previousMonthRange,
  rangeBounds,
  rangeDays,
  rangeLabel,
} from "@/lib/rules/date-range";
import { usageQuery } from "@/lib/services/reports/schemas";

describe("report date ranges", () => {
  it("parses only real calendar days", () => {
    expect(parseDay("2026-01-31")?.toISOString()).toBe("2026-01-31T00:00:00.000Z");
    expect(parseDay("2024-02-29")).not.toBeNull();
    expect(parseDay("2026-02-29")).toBeNull();
    expect(parseDay("2026-13-01")).toBeNull();
    expect(parseDay("2026-1-5")).toBeNull();
    expect(parseDay("2026-01-31T00:00:00Z")).toBeNull();
  });

  it("defaults to this month so far and knows last month, in UTC", () => {
    const at = new Date("2026-03-15T23:30:00Z");
    expect(currentMonthRange(at)).toEqual({ from: "2026-03-01", to: "2026-03-15" });
    expect(previousMonthRange(at)).toEqual({ from: "2026-02-01", to: "2026-02-28" });
    expect(previousMonthRange(new Date("2026-01-10T00:00:00Z"))).toEqual({ from: "2025-12-01", to: "2025-12-31" });
    expect(lastDaysRange(30, at)).toEqual({ from: "2026-02-14", to: "2026-03-15" });
  });

  it("turns an inclusive day range into half-open instants", () => {
    const { start, end } = rangeBounds({ from: "2026-01-01", to: "2026-01-31" });
    expect(start.toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect(end.toISOString()).toBe("2026-02-01T00:00:00.000Z");
    expect(rangeDays({ from: "2026-01-01", to: "2026-01-01" })).toBe(1);
    expect(rangeDays({ from: "2024-01-01", to: "2024-12-31" })).toBe(366);
  });

  it("lists every bucket so empty days chart as zero", () => {
    expect(bucketKeys({ from: "2026-01-30", to: "2026-02-02" }, "day")).toEqual(["2026-01-30", "2026-01-31", "2026-02-01", "2026-02-02"]);
    expect(bucketKeys({ from: "2025-11-15", to: "2026-02-02" }, "month")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(bucketKey(new Date("2026-01-31T23:59:59.999Z"), "day")).toBe("2026-01-31");
    expect(bucketKey(new Date("2026-01-31T23:59:59.999Z"), "month")).toBe("2026-01");
    expect(defaultTimeUnit({ from: "2026-01-01", to: "2026-02-28" })).toBe("day");
    expect(defaultTimeUnit({ from: "2026-01-01", to: "2026-06-30" })).toBe("month");
  });

  it("labels buckets and ranges for people", () => {
    expect(bucketLabel("2026-01-05")).toBe("Jan 5, 2026");
    expect(bucketLabel("2026-01-05", { short: true })).toBe("Jan 5");
    expect(bucketLabel("2026-12")).toBe("Dec 2026");
    expect(bucketLabel("2026-12", { short: true })).toBe("Dec 26");
    expect(rangeLabel({ from: "2026-01-01", to: "2026-01-31" })).toBe("Jan 1 – Jan 31, 2026");
    expect(rangeLabel({ from: "2025-12-01", to: "2026-01-31" })).toBe("Dec 1, 2025 – Jan 31, 2026");
    expect(rangeLabel({ from: "2026-01-05", to: "2026-01-05" })).toBe("Jan 5, 2026");
  });
});

describe("usage query parameters", () => {
  it("fills in this month and the day grouping", () => {
    const q = usageQuery.parse({});
    expect(q.groupBy).toBe("day");
    expect(q).toMatchObject(currentMonthRange());
    expect(q.projectId).toBeNull();
  });

  it("follows a lone from or to", () => {
    expect(usageQuery.parse({ to: "2025-06-20" })).toMatchObject({ from: "2025-06-01", to: "2025-06-20" });
    expect(usageQuery.parse({ from: "2099-01-05" })).toMatchObject({ from: "2099-01-05", to: "2099-01-05" });
  });

  it("names the parameter that is wrong", () => {
    const pathOf = (input: Record<string, string>) => {
      const r = usageQuery.safeParse(input);
      return r.success ? null : r.error.issues.map((i) => i.path.join("."));
    };
    expect(pathOf({ groupBy: "week" })).toEqual(["groupBy"]);
    expect(pathOf({ from: "2026-02-30" })).toEqual(["from"]);
    expect(pathOf({ from: "2026-03-02", to: "2026-03-01" })).toEqual(["from"]);
    expect(pathOf({ from: "2020-01-01", to: "2026-01-01" })).toEqual(["to"]);
    expect(pathOf({ colour: "blue" })).toEqual([""]);
  });
});
