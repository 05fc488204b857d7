import { describe, expect, it } from "vitest";
import { GENERATION_STATUSES, STATUS_APPEARANCE, StatusBadge, isGenerationStatus, statusAppearance } from "@/components/ui/status-badge";
import { html } from "./render";

describe("status appearance", () => {
  it("covers every API status plus archiving", () => {
    for (const status of ["queued", "pending", "running", "succeeded", "failed", "canceled", "expired", "archiving"]) {
      expect(isGenerationStatus(status)).toBe(true);
    }
    expect(Object.keys(STATUS_APPEARANCE).sort()).toEqual([...GENERATION_STATUSES].sort());
  });

  it("marks exactly the in-progress statuses as active", () => {
    const active = GENERATION_STATUSES.filter((s) => STATUS_APPEARANCE[s].active);
    expect(active.sort()).toEqual(["archiving", "pending", "running"]);
  });

  it.each([
    ["succeeded", "success"],
    ["failed", "danger"],
    ["expired", "warning"],
    ["running", "accent"],
    ["queued", "neutral"],
  ] as const)("%s uses the %s tone", (status, tone) => {
    expect(statusAppearance(status).tone).toBe(tone);
  });

  it("falls back to a neutral, capitalized label for unknown statuses", () => {
    expect(statusAppearance("paused")).toMatchObject({ label: "Paused", tone: "neutral", active: false });
    expect(statusAppearance("").label).toBe("Unknown");
  });
});

describe("<StatusBadge>", () => {
  it.each(GENERATION_STATUSES.map((s) => [s] as const))("renders %s with its label, icon and the same fixed width", (status) => {
    const markup = html(StatusBadge, { status });
    expect(markup).toContain(`data-status="${status}"`);
    expect(markup).toContain(`>${STATUS_APPEARANCE[status].label}<`);
    expect(markup).toContain("<svg");
    expect(markup).toContain("w-[6.75rem]");
    expect(markup.includes("animate-pulse-soft")).toBe(STATUS_APPEARANCE[status].active);
  });

  it("spins the icon only while running", () => {
    expect(html(StatusBadge, { status: "running" })).toContain("animate-spin");
    expect(html(StatusBadge, { status: "pending" })).not.toContain("animate-spin");
  });

  it("can drop the fixed width", () => {
    expect(html(StatusBadge, { status: "failed", fluid: true })).not.toContain("w-[6.75rem]");
  });
});
