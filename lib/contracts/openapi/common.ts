// Building blocks of the OpenAPI description: the shared error shape and response helpers.
import { z } from "zod";
import type { ZodOpenApiResponsesObject } from "zod-openapi";

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().meta({ description: "snake_case machine code, e.g. validation_failed, not_found, rate_limited." }),
      message: z.string().meta({ description: "One sentence a user can act on." }),
      issues: z.array(z.object({ path: z.string().meta({ description: "Dotted field path, e.g. references.0.url." }), message: z.string() })).optional(),
      provider: z
        .object({ code: z.string().optional(), requestId: z.string().optional() })
        .optional()
        .meta({ description: "On 502/503: the provider's error code and request id." }),
      details: z
        .unknown()
        .optional()
        .meta({ description: "What the route adds: the budget on 402; on a refused estimate, `estimate` (the valid parts' breakdown)." }),
    }),
  })
  .meta({ id: "Error", description: "Every error answer of every route has this shape. Never a stack trace or a raw provider body." });

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

export const OkBody = z.object({ ok: z.literal(true) }).meta({ id: "Ok" });
export const isoDate = z.string().meta({ format: "date-time" });
export const nullableDate = isoDate.nullable();
