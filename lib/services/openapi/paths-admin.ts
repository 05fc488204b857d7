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
import { csv, ok, operationsOf, pathId } from "@/lib/services/openapi/common";
import { ApiToken, CreatedToken } from "@/lib/contracts/token";
import { CreatedWebhook, UpdatedWebhook, Webhook } from "@/lib/contracts/webhook";

const [keys, tokens, webhooks, audit, instance] = ["Provider keys", "API tokens", "Webhooks", "Audit log", "Instance"].map(operationsOf);

export const adminPaths: ZodOpenApiPathsObject = {
  "/api/v1/keys": {
    get: keys.read("The team's provider keys (last 4 characters only) and what each region uses", ok("Keys.", KeyList)),
    put: keys.write("Save the key of a region (checked with DashScope first, stored encrypted)", ok("Saved.", z.strictObject({ key: ProviderKey })), {
      description:
        "A key that DashScope rejects is a 422; a key of another region is a 422 that names its region; an unreachable provider is a 503 and nothing is saved.",
      body: saveKeyBody,
      errors: [502, 503],
    }),
  },
  "/api/v1/keys/{region}": {
    delete: keys.write("Delete the key of a region", ok("Deleted.", OkBody), { params: { path: z.object({ region: z.enum(REGIONS) }) }, errors: [404] }),
  },
  "/api/v1/tokens": {
    get: tokens.read("Your tokens (admins and owners: every token of the team)", ok("Tokens.", z.strictObject({ tokens: z.array(ApiToken) })), {
      params: { query: listTokensQuery },
      errors: [422],
    }),
    post: tokens.write("Create a token for yourself in the current team (signed-in session only)", ok("Created.", CreatedToken, 201), {
      body: createTokenBody,
      errors: [409],
    }),
  },
  "/api/v1/tokens/{id}": {
    delete: tokens.write("Revoke a token (idempotent)", ok("Revoked.", z.strictObject({ apiToken: ApiToken })), { params: { path: pathId() }, errors: [404] }),
  },
  "/api/v1/webhooks": {
    get: webhooks.read("The team's webhooks", ok("Webhooks.", z.strictObject({ webhooks: z.array(Webhook) }))),
    post: webhooks.write("Register an HTTPS endpoint for generation events", ok("Created.", CreatedWebhook, 201), {
      description: "Deliveries are signed: see docs/webhooks.md (Reelroom-Signature: v1=<hex HMAC-SHA256(secret, timestamp + '.' + body)>).",
      body: createWebhookBody,
      errors: [409],
    }),
  },
  "/api/v1/webhooks/{id}": {
    patch: webhooks.write(
      "Change the URL, events, includeCost, pause/resume, or rotate the secret",
      ok("Updated; `secret` only when rotated.", UpdatedWebhook),
      {
        params: { path: pathId() },
        body: updateWebhookBody,
        errors: [404],
      },
    ),
    delete: webhooks.write("Delete a webhook and its delivery log", ok("Deleted.", OkBody), { params: { path: pathId() }, errors: [404] }),
  },
  "/api/v1/webhooks/{id}/deliveries": {
    get: webhooks.read("The delivery log, newest first", ok("A page.", DeliveryPage), {
      params: { path: pathId(), query: deliveriesQuery },
      errors: [404, 422],
    }),
  },
  "/api/v1/webhooks/deliveries/{id}/resend": {
    post: webhooks.write("Send a delivery again (a new delivery with the same payload)", ok("Queued.", z.strictObject({ delivery: WebhookDelivery }), 201), {
      params: { path: pathId() },
      errors: [404, 409],
    }),
  },
  "/api/v1/audit": {
    get: audit.read("Audit events of the team, newest first", ok("A page.", AuditPage), {
      description: "`action` matches a prefix (e.g. `key.` or `member.role_changed`); `to` as a date alone includes that whole day (UTC).",
      params: { query: auditQuery },
      errors: [422],
    }),
  },
  "/api/v1/audit.csv": {
    get: audit.read("The audit events as CSV (RFC 4180)", csv("CSV with a header row."), { params: { query: auditCsvQuery }, errors: [422] }),
  },
  "/api/v1/openapi.json": {
    get: instance.route("This OpenAPI 3.1 description", ok("The document.", z.looseObject({ openapi: z.string() })), { security: [] }),
  },
};
