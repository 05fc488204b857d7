// One error type for everything a user may be told, with one code → HTTP status table.
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

export interface ProviderErrorInfo {
  code?: string;
  requestId?: string;
}

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

export interface ErrorBody {
  error: { code: string; message: string; issues?: Issue[]; provider?: ProviderErrorInfo; details?: unknown };
}

export function errorBody(error: AppError): ErrorBody {
  const { issues, provider, details } = error.extra;
  return {
    error: { code: error.code, message: error.message, ...(issues && { issues }), ...(provider && { provider }), ...(details !== undefined && { details }) },
  };
}
