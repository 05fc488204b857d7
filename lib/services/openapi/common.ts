// Building blocks of the OpenAPI description: error answers (the shared Error schema) and response helpers.
import "server-only";
import { z } from "zod";
import type { ZodOpenApiResponsesObject } from "zod-openapi";
import { ErrorBody } from "@/lib/contracts/errors";

const ERROR_TEXT: Record<number, string> = {
  400: "Malformed JSON.",
  401: "No or bad credentials (sign in, or send Authorization: Bearer <token>).",
  402: "A budget would be exceeded (budget_exceeded), or a budget applies and the model has no known price (price_unknown).",
  403: "Your role in the team does not allow this (forbidden), or a signed-in browser write came from another site (cross_origin_request).",
  404: "Absent, or it belongs to another team.",
  409: "Conflict with the current state.",
  410: "No longer valid (used, revoked or expired).",
  415: "The body is not sent as JSON (Content-Type: application/json).",
  422: "Validation failed; `issues` names each field and rule.",
  429: "Our own rate limit; see the Retry-After header.",
  502: "The provider answered with an error.",
  503: "The provider could not be reached.",
};

export function errors(...statuses: number[]): ZodOpenApiResponsesObject {
  return Object.fromEntries(
    statuses.map((status) => [
      String(status),
      {
        description: ERROR_TEXT[status] ?? "Error.",
        ...(status === 429 && { headers: { "Retry-After": { description: "Seconds until a retry may succeed.", schema: { type: "integer" } } } }),
        content: { "application/json": { schema: ErrorBody } },
      },
    ]),
  ) as ZodOpenApiResponsesObject;
}

/** The errors every authenticated route can answer. */
export const AUTHED = [401, 403] as const;
export const READ_ERRORS = [...AUTHED];
export const WRITE_ERRORS = [400, ...AUTHED, 415, 422, 429];

export function ok(description: string, schema: z.ZodType, status = 200): ZodOpenApiResponsesObject {
  return { [String(status)]: { description, content: { "application/json": { schema } } } } as ZodOpenApiResponsesObject;
}

export function jsonBody(schema: z.ZodType, description?: string) {
  return { required: true, ...(description && { description }), content: { "application/json": { schema } } };
}

export const pathId = (name = "id", description = "The resource id.") => z.object({ [name]: z.string().meta({ description }) });
