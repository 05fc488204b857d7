import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/services/openapi/document";

const doc = openApiDocument("http://localhost:3000") as any;

const EXPECTED: [string, string][] = [
  // docs/api.md
  ["get", "/api/v1/models"],
  ["post", "/api/v1/estimates"],
  ["post", "/api/v1/generations"],
  ["get", "/api/v1/generations"],
  ["get", "/api/v1/generations/{id}"],
  ["get", "/api/v1/generations/{id}/video"],
  ["get", "/api/v1/usage"],
  ["get", "/api/v1/usage.csv"],
  // administration
  ["get", "/api/v1/keys"],
  ["put", "/api/v1/keys"],
  ["delete", "/api/v1/keys/{region}"],
  ["get", "/api/v1/tokens"],
  ["post", "/api/v1/tokens"],
  ["delete", "/api/v1/tokens/{id}"],
  ["get", "/api/v1/webhooks"],
  ["post", "/api/v1/webhooks"],
  ["patch", "/api/v1/webhooks/{id}"],
  ["delete", "/api/v1/webhooks/{id}"],
  ["get", "/api/v1/webhooks/{id}/deliveries"],
  ["post", "/api/v1/webhooks/deliveries/{id}/resend"],
  ["get", "/api/v1/audit"],
  ["get", "/api/v1/audit.csv"],
  ["get", "/api/v1/openapi.json"],
  // teams and projects
  ["get", "/api/v1/projects"],
  ["post", "/api/v1/projects"],
  ["patch", "/api/v1/projects/{id}"],
  ["get", "/api/v1/members"],
  ["post", "/api/v1/invitations"],
  ["post", "/api/v1/signup"],
];

describe("OpenAPI description", () => {
  it("is OpenAPI 3.1 with both ways to authenticate", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.servers).toEqual([{ url: "http://localhost:3000" }]);
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(["bearerAuth", "sessionCookie"]);
  });

  it.each(EXPECTED)("documents %s %s", (method, path) => {
    expect(doc.paths[path]?.[method], `${method} ${path}`).toBeTruthy();
  });

  it("declares every path parameter and uses the shared error shape for every error answer", () => {
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const [method, op] of Object.entries<any>(item)) {
        const declared = (op.parameters ?? []).filter((p: any) => p.in === "path").map((p: any) => p.name);
        expect(declared.sort(), `${method} ${path}`).toEqual([...names].sort());
        for (const [status, response] of Object.entries<any>(op.responses)) {
          if (Number(status) >= 400) expect(response.content["application/json"].schema.$ref, `${method} ${path} ${status}`).toBe("#/components/schemas/Error");
        }
        if (op.security?.length !== 0) expect(op.responses["401"], `${method} ${path} 401`).toBeTruthy();
      }
    }
  });

  it("builds request bodies from the real zod schemas", () => {
    const generation = doc.components.schemas.GenerationRequest;
    expect(generation.required).toEqual(expect.arrayContaining(["projectId", "model", "region", "prompt"]));
    expect(generation.properties.region.enum).toEqual(["singapore", "virginia", "beijing"]);
    expect(generation.additionalProperties).toBe(false);
    const keyBody = doc.paths["/api/v1/keys"].put.requestBody.content["application/json"].schema;
    expect(keyBody.required).toEqual(["region", "apiKey"]);
    const hookBody = doc.paths["/api/v1/webhooks"].post.requestBody.content["application/json"].schema;
    expect(hookBody.properties.events.items.enum).toEqual([
      "generation.succeeded",
      "generation.failed",
      "generation.expired",
      "generation.canceled",
      "generation.awaiting_approval",
      "generation.approved",
      "generation.rejected",
    ]);
  });
});
