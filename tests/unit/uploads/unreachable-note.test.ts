import { describe, expect, it } from "vitest";
import { unreachableUploadNote } from "@/lib/services/uploads/unreachable-note";

describe("unreachableUploadNote", () => {
  it("in demo mode says the built-in simulator can read the uploads, and what a provider key changes", () => {
    const note = unreachableUploadNote("http://localhost:3000", true);
    expect(note).toContain("served from http://localhost:3000");
    expect(note).toContain("Set APP_URL to a public address");
    expect(note).toContain("only the built-in simulator can read them");
    expect(note).toContain("a region with a provider key will not be able to fetch them");
  });

  it("with a real provider key never mentions a simulator, and says generations would fail", () => {
    const note = unreachableUploadNote("http://10.0.0.5:3000", false);
    expect(note).toContain("Set APP_URL to a public address");
    expect(note).not.toMatch(/simulator/i);
    expect(note).toContain("generations that use uploaded files will fail");
  });
});
