import { describe, expect, it } from "vitest";
import { baseUrlFor } from "@/lib/adapters/dashscope/base-url";

describe("baseUrlFor", () => {
  it.each([
    ["singapore", "https://dashscope-intl.aliyuncs.com/api/v1"],
    ["virginia", "https://dashscope-us.aliyuncs.com/api/v1"],
    ["beijing", "https://dashscope.aliyuncs.com/api/v1"],
  ] as const)("%s → %s", (region, url) => {
    expect(baseUrlFor(region)).toBe(url);
  });

  it("replaces {region} in an override", () => {
    expect(baseUrlFor("virginia", "http://127.0.0.1:4010/{region}/api/v1")).toBe("http://127.0.0.1:4010/virginia/api/v1");
  });

  it("uses an override without placeholder as is, minus trailing slashes", () => {
    expect(baseUrlFor("beijing", "https://proxy.example.com/api/v1/")).toBe("https://proxy.example.com/api/v1");
  });

  it("ignores a blank override", () => {
    expect(baseUrlFor("singapore", "  ")).toBe("https://dashscope-intl.aliyuncs.com/api/v1");
  });
});
