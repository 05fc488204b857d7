// The OpenAPI 3.1 description of REST API v1, generated from the zod schemas the routes use.
import "server-only";
import { createDocument } from "zod-openapi";
import { adminPaths } from "@/lib/services/openapi/paths-admin";
import { approvalPaths } from "@/lib/services/openapi/paths-approvals";
import { costPaths } from "@/lib/services/openapi/paths-costs";
import { foundationPaths } from "@/lib/services/openapi/paths-foundation";
import { generationPaths } from "@/lib/services/openapi/paths-generations";
import { notificationPaths } from "@/lib/services/openapi/paths-notifications";
import { reviewPaths } from "@/lib/services/openapi/paths-review";

/** Every route of REST API v1 with its zod schemas (tests parse real answers with them). */
export const apiPaths = { ...generationPaths, ...costPaths, ...foundationPaths, ...adminPaths, ...approvalPaths, ...notificationPaths, ...reviewPaths };

let cached: ReturnType<typeof createDocument> | undefined;

export function openApiDocument(serverUrl?: string) {
  cached ??= createDocument({
    openapi: "3.1.0",
    info: {
      title: "Reelroom API",
      version: "1",
      description:
        "Teams generate videos with Alibaba Cloud Wan models. Authenticate with the session cookie (browser) or `Authorization: Bearer <token>` " +
        "(create tokens under Settings → API tokens). Every error has the shape of the Error schema. Write routes count against a per-token rate limit (429 with Retry-After).",
    },
    security: [{ bearerAuth: [] }, { sessionCookie: [] }],
    tags: [
      { name: "Generations" },
      { name: "Review" },
      { name: "Usage" },
      { name: "Projects" },
      { name: "Teams" },
      { name: "Members" },
      { name: "Provider keys" },
      { name: "API tokens" },
      { name: "Webhooks" },
      { name: "Notifications" },
      { name: "Audit log" },
      { name: "Instance" },
    ],
    paths: apiPaths,
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "An API token (rr_…); it acts as its user in its team." },
        sessionCookie: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "The browser session." },
      },
    },
  });
  return serverUrl ? { ...cached, servers: [{ url: serverUrl }] } : cached;
}
