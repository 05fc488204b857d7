import { describe, expect, it } from "vitest";
import { apiPaths } from "@/lib/services/openapi/document";
import { CONTRACT_ROUTES } from "@/tests/integration/contracts/routes";
import { allRouteMethods } from "@/tests/integration/security/routes";

const v1Routes = allRouteMethods().filter((r) => r.pattern.startsWith("/api/v1/"));
const openApiPath = (pattern: string) => pattern.replace(/\[([^\]]+)\]/g, "{$1}");
const operations = apiPaths as Record<string, Record<string, unknown> | undefined>;

describe("response contracts cover every route", () => {
  it("the contract test calls every route method under app/api/v1, and only those", () => {
    const found = v1Routes.map((r) => `${r.method} ${r.pattern}`).sort();
    expect([...CONTRACT_ROUTES].sort()).toEqual(found);
  });

  it.each(v1Routes.filter((r) => r.method !== "HEAD").map((r) => [r.method, r.pattern]))("OpenAPI documents %s %s", (method, pattern) => {
    expect(operations[openApiPath(pattern)]?.[method.toLowerCase()], `${method} ${pattern}`).toBeTruthy();
  });
});
