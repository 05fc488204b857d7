// Provider keys, API tokens, webhooks, audit log and this description itself.
import "server-only";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { auditCsvQuery, auditQuery } from "@/lib/services/audit/schemas";
import { saveKeyBody } from "@/lib/services/keys/schemas";
import { createTokenBody, listTokensQuery } from "@/lib/services/tokens/schemas";
import { createWebhookBody, deliveriesQuery, updateWebhookBody } from "@/lib/services/webhooks/schemas";
import { REGIONS } from "@/lib/rules/models/types";
import { AuditPage } from "@/lib/contracts/audit";
import { OkBody } from "@/lib/contracts/common";
import { DeliveryPage, WebhookDelivery } from "@/lib/contracts/delivery";
import { KeyList, ProviderKey } from "@/lib/contracts/key";
import { errors, jsonBody, ok, pathId, READ_ERRORS, WRITE_ERRORS } from "@/lib/services/openapi/common";
import { ApiToken, CreatedToken } from "@/lib/contracts/token";
import { CreatedWebhook, UpdatedWebhook, Webhook } from "@/lib/contracts/webhook";

export const adminPaths: ZodOpenApiPathsObject = {
  "/api/v1/keys": {
    get: {
      tags: ["Provider keys"],
      summary: "The team's provider keys (last 4 characters only) and what each region uses",
      responses: { ...ok("Keys.", KeyList), ...errors(...READ_ERRORS) },
    },
    put: {
      tags: ["Provider keys"],
      summary: "Save the key of a region (checked with DashScope first, stored encrypted)",
      description:
        "A key that DashScope rejects is a 422; a key of another region is a 422 that names its region; an unreachable provider is a 503 and nothing is saved.",
      requestBody: jsonBody(saveKeyBody),
      responses: { ...ok("Saved.", z.strictObject({ key: ProviderKey })), ...errors(...WRITE_ERRORS, 502, 503) },
    },
  },
  "/api/v1/keys/{region}": {
    delete: {
      tags: ["Provider keys"],
      summary: "Delete the key of a region",
      requestParams: { path: z.object({ region: z.enum(REGIONS) }) },
      responses: { ...ok("Deleted.", OkBody), ...errors(...WRITE_ERRORS, 404) },
    },
  },
  "/api/v1/tokens": {
    get: {
      tags: ["API tokens"],
      summary: "Your tokens (admins and owners: every token of the team)",
      requestParams: { query: listTokensQuery },
      responses: { ...ok("Tokens.", z.strictObject({ tokens: z.array(ApiToken) })), ...errors(...READ_ERRORS, 422) },
    },
    post: {
      tags: ["API tokens"],
      summary: "Create a token for yourself in the current team (signed-in session only)",
      requestBody: jsonBody(createTokenBody),
      responses: {
        ...ok("Created.", CreatedToken, 201),
        ...errors(...WRITE_ERRORS, 409),
      },
    },
  },
  "/api/v1/tokens/{id}": {
    delete: {
      tags: ["API tokens"],
      summary: "Revoke a token (idempotent)",
      requestParams: { path: pathId() },
      responses: { ...ok("Revoked.", z.strictObject({ apiToken: ApiToken })), ...errors(...WRITE_ERRORS, 404) },
    },
  },
  "/api/v1/webhooks": {
    get: {
      tags: ["Webhooks"],
      summary: "The team's webhooks",
      responses: { ...ok("Webhooks.", z.strictObject({ webhooks: z.array(Webhook) })), ...errors(...READ_ERRORS) },
    },
    post: {
      tags: ["Webhooks"],
      summary: "Register an HTTPS endpoint for generation events",
      description: "Deliveries are signed: see docs/webhooks.md (Reelroom-Signature: v1=<hex HMAC-SHA256(secret, timestamp + '.' + body)>).",
      requestBody: jsonBody(createWebhookBody),
      responses: {
        ...ok("Created.", CreatedWebhook, 201),
        ...errors(...WRITE_ERRORS, 409),
      },
    },
  },
  "/api/v1/webhooks/{id}": {
    patch: {
      tags: ["Webhooks"],
      summary: "Change the URL, events, includeCost, pause/resume, or rotate the secret",
      requestParams: { path: pathId() },
      requestBody: jsonBody(updateWebhookBody),
      responses: {
        ...ok("Updated; `secret` only when rotated.", UpdatedWebhook),
        ...errors(...WRITE_ERRORS, 404),
      },
    },
    delete: {
      tags: ["Webhooks"],
      summary: "Delete a webhook and its delivery log",
      requestParams: { path: pathId() },
      responses: { ...ok("Deleted.", OkBody), ...errors(...WRITE_ERRORS, 404) },
    },
  },
  "/api/v1/webhooks/{id}/deliveries": {
    get: {
      tags: ["Webhooks"],
      summary: "The delivery log, newest first",
      requestParams: { path: pathId(), query: deliveriesQuery },
      responses: { ...ok("A page.", DeliveryPage), ...errors(...READ_ERRORS, 404, 422) },
    },
  },
  "/api/v1/webhooks/deliveries/{id}/resend": {
    post: {
      tags: ["Webhooks"],
      summary: "Send a delivery again (a new delivery with the same payload)",
      requestParams: { path: pathId() },
      responses: { ...ok("Queued.", z.strictObject({ delivery: WebhookDelivery }), 201), ...errors(...WRITE_ERRORS, 404, 409) },
    },
  },
  "/api/v1/audit": {
    get: {
      tags: ["Audit log"],
      summary: "Audit events of the team, newest first",
      description: "`action` matches a prefix (e.g. `key.` or `member.role_changed`); `to` as a date alone includes that whole day (UTC).",
      requestParams: { query: auditQuery },
      responses: { ...ok("A page.", AuditPage), ...errors(...READ_ERRORS, 422) },
    },
  },
  "/api/v1/audit.csv": {
    get: {
      tags: ["Audit log"],
      summary: "The audit events as CSV (RFC 4180)",
      requestParams: { query: auditCsvQuery },
      responses: { "200": { description: "CSV with a header row.", content: { "text/csv": { schema: z.string() } } }, ...errors(...READ_ERRORS, 422) },
    },
  },
  "/api/v1/openapi.json": {
    get: { tags: ["Instance"], summary: "This OpenAPI 3.1 description", security: [], responses: ok("The document.", z.looseObject({ openapi: z.string() })) },
  },
};
