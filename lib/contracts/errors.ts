// The one error type for everything a user may be told, its code → HTTP status table and the
// error body every route answers with. No transport here: lib/platform/http turns an AppError
// into a Response; services, adapters' translators and the browser share these definitions.
import { z } from "zod";
import type { Issue } from "@/lib/rules/models/types";

const STATUS = {
  malformed_json: 400,
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  cross_origin_request: 403,
  not_found: 404,
  conflict: 409,
  idempotency_conflict: 409,
  budget_exceeded: 402,
  price_unknown: 402,
  quota_exceeded: 402,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  validation_failed: 422,
  rate_limited: 429,
  provider_error: 502,
  provider_unavailable: 503,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof STATUS;
export const ERROR_CODES = Object.keys(STATUS) as [ErrorCode, ...ErrorCode[]];

export const ErrorIssue = z.strictObject({
  path: z.string().meta({ description: "Dotted field path, e.g. references.0.url." }),
  message: z.string(),
});

export const ProviderErrorInfo = z.strictObject({ code: z.string().optional(), requestId: z.string().optional() });
export type ProviderErrorInfo = z.infer<typeof ProviderErrorInfo>;

export const ErrorBody = z
  .strictObject({
    error: z.strictObject({
      code: z.enum(ERROR_CODES).meta({ description: "snake_case machine code, e.g. validation_failed, not_found, rate_limited." }),
      message: z.string().meta({ description: "One sentence a user can act on." }),
      issues: z.array(ErrorIssue).optional(),
      provider: ProviderErrorInfo.optional().meta({ description: "On 502/503: the provider's error code and request id." }),
      details: z
        .unknown()
        .optional()
        .meta({ description: "What the route adds: the budget on 402; on a refused estimate, `estimate` (the valid parts' breakdown)." }),
    }),
  })
  .meta({ id: "Error", description: "Every error answer of every route has this shape. Never a stack trace or a raw provider body." });
export type ErrorBody = z.infer<typeof ErrorBody>;

export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: { issues?: Issue[]; provider?: ProviderErrorInfo; retryAfterSeconds?: number; details?: unknown } = {},
  ) {
    super(message);
    this.name = "AppError";
    this.status = STATUS[code];
  }
}

export const notFound = (what = "That item") => new AppError("not_found", `${what} was not found.`);
export const forbidden = (message = "Your role in this team does not allow that.") => new AppError("forbidden", message);
export const validationFailed = (issues: Issue[], message?: string) =>
  new AppError("validation_failed", message ?? issues[0]?.message ?? "The request is not valid.", { issues });

export function errorBody(error: AppError): ErrorBody {
  const { issues, provider, details } = error.extra;
  return {
    error: { code: error.code, message: error.message, ...(issues && { issues }), ...(provider && { provider }), ...(details !== undefined && { details }) },
  };
}
