// Building blocks of the OpenAPI description: error answers (the shared Error schema), response helpers and operation builders.
import "server-only";
import { z } from "zod";
import type { ZodOpenApiOperationObject, ZodOpenApiParameters, ZodOpenApiRequestBodyObject, ZodOpenApiResponsesObject } from "zod-openapi";
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

function errors(...statuses: number[]): ZodOpenApiResponsesObject {
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
const AUTHED = [401, 403] as const;
const READ_ERRORS = [...AUTHED];
const WRITE_ERRORS = [400, ...AUTHED, 415, 422, 429];

export function ok(description: string, schema: z.ZodType, status = 200): ZodOpenApiResponsesObject {
  return { [String(status)]: { description, content: { "application/json": { schema } } } } as ZodOpenApiResponsesObject;
}

const jsonBody = (schema: z.ZodType): ZodOpenApiRequestBodyObject => ({ required: true, content: { "application/json": { schema } } });

export const pathId = (name = "id", description = "The resource id.") => z.object({ [name]: z.string().meta({ description }) });

export const csv = (description: string): ZodOpenApiResponsesObject => ({ "200": { description, content: { "text/csv": { schema: z.string() } } } });

/** A PUT that creates (201) or replaces (200) one resource, answered as `{ [key]: resource }`. */
export function createdOrReplaced(key: string, resource: z.ZodType): ZodOpenApiResponsesObject {
  return { ...ok("Created.", z.strictObject({ [key]: resource }), 201), ...ok("Replaced.", z.strictObject({ [key]: resource })) };
}

/** What an operation has besides its summary and success answers; `errors` are the error statuses it adds to those of its kind. */
export interface OperationDetails {
  description?: string;
  security?: ZodOpenApiOperationObject["security"];
  params?: ZodOpenApiParameters;
  /** A JSON request body. */
  body?: z.ZodType;
  requestBody?: ZodOpenApiRequestBodyObject;
  errors?: number[];
}

/** Builders of the operations of one tag: `read` and `write` add the errors every authenticated read or write can answer, `route` only those in `errors`. */
export function operationsOf(tag: string) {
  const operation = (summary: string, responses: ZodOpenApiResponsesObject, details: OperationDetails): ZodOpenApiOperationObject => {
    const { description, security, params, body, requestBody } = details;
    return {
      tags: [tag],
      summary,
      ...(description !== undefined && { description }),
      ...(security !== undefined && { security }),
      ...(params !== undefined && { requestParams: params }),
      ...(body !== undefined && { requestBody: jsonBody(body) }),
      ...(requestBody !== undefined && { requestBody }),
      responses,
    };
  };
  const withErrors =
    (kind: readonly number[]) =>
    (summary: string, answers: ZodOpenApiResponsesObject, details: OperationDetails = {}) =>
      operation(summary, { ...answers, ...errors(...kind, ...(details.errors ?? [])) }, details);
  return { read: withErrors(READ_ERRORS), write: withErrors(WRITE_ERRORS), route: withErrors([]) };
}
