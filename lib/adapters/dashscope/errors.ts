// One error type for everything that can go wrong when talking to DashScope.
// `userMessage` is safe to show to end users; `providerMessage` is the raw text, for logs only.
import "server-only";

export type ProviderErrorKind =
  | "throttled"
  | "server"
  | "network"
  | "timeout"
  | "auth"
  | "forbidden"
  | "invalid"
  | "moderation"
  | "arrearage"
  | "not_found"
  | "malformed";

export interface ProviderErrorInit {
  kind: ProviderErrorKind;
  retryable: boolean;
  userMessage: string;
  httpStatus?: number;
  code?: string;
  providerMessage?: string;
  requestId?: string;
  retryAfterMs?: number;
}

export class ProviderError extends Error {
  readonly kind: ProviderErrorKind;
  readonly retryable: boolean;
  readonly userMessage: string;
  readonly httpStatus?: number;
  readonly code?: string;
  readonly providerMessage?: string;
  readonly requestId?: string;
  readonly retryAfterMs?: number;

  constructor(init: ProviderErrorInit) {
    // The Error message is the clean sentence, so an accidental `err.message` in a response leaks nothing.
    super(init.userMessage);
    this.name = "ProviderError";
    this.kind = init.kind;
    this.retryable = init.retryable;
    this.userMessage = init.userMessage;
    this.httpStatus = init.httpStatus;
    this.code = init.code;
    this.providerMessage = init.providerMessage;
    this.requestId = init.requestId;
    this.retryAfterMs = init.retryAfterMs;
  }

  /** Structured details for logs and event rows (includes the raw provider message). */
  toLog(): Record<string, string | number | boolean | undefined> {
    return {
      kind: this.kind,
      retryable: this.retryable,
      httpStatus: this.httpStatus,
      code: this.code,
      providerMessage: this.providerMessage,
      requestId: this.requestId,
      retryAfterMs: this.retryAfterMs,
    };
  }
}

export function isProviderError(value: unknown): value is ProviderError {
  return value instanceof ProviderError;
}

interface CodeRule {
  kind: ProviderErrorKind;
  retryable: boolean;
  userMessage?: string;
}

const KIND_MESSAGES: Record<ProviderErrorKind, string> = {
  throttled: "The video provider is busy (rate limit reached). The request will be retried shortly.",
  server: "The video provider had a temporary problem. Please try again in a moment.",
  network: "Could not reach the video provider. Check the network connection and try again.",
  timeout: "The video provider did not answer in time. Please try again.",
  auth: "The provider API key was rejected. Check that the key is correct and belongs to the selected region.",
  forbidden: "This API key is not allowed to use this model. Check that the model is activated for your account and region.",
  invalid: "The video provider rejected the request parameters. Check the model's settings and try again.",
  moderation: "The prompt or reference media was blocked by the provider's content moderation. Change them and try again.",
  arrearage: "The provider account has an overdue payment. Top up the Alibaba Cloud account, then try again.",
  not_found: "The requested model or resource was not found in this region.",
  malformed: "The video provider sent an unreadable response. Please try again.",
};

/** Only the provider's temporary states are worth retrying: a rate limit or a server-side failure. */
const RETRYABLE_KINDS: ReadonlySet<ProviderErrorKind> = new Set(["throttled", "server"]);

function codeRule(kind: ProviderErrorKind, userMessage?: string): CodeRule {
  return { kind, retryable: RETRYABLE_KINDS.has(kind), ...(userMessage ? { userMessage } : {}) };
}

/** Every provider code we know (wan-api-facts.md error table), mapped to a kind and retry policy. */
export const PROVIDER_CODE_RULES: Readonly<Record<string, CodeRule>> = {
  InvalidParameter: codeRule("invalid"),
  InvalidURL: codeRule("invalid", "The provider could not download a reference or audio URL. Use a public HTTP(S) link to a supported file."),
  DataInspectionFailed: codeRule("moderation"),
  IPInfringementSuspect: codeRule(
    "moderation",
    "The provider blocked this request as a suspected intellectual-property infringement. Change the prompt or references.",
  ),
  Arrearage: codeRule("arrearage"),
  InvalidApiKey: codeRule("auth"),
  AccessDenied: codeRule("forbidden"),
  "Model.AccessDenied": codeRule("forbidden"),
  "AccessDenied.Unpurchased": codeRule("forbidden", "This model has not been activated for the provider account. Activate it in the Model Studio console."),
  ModelNotFound: codeRule("not_found", "The model is not available in this region. Choose another model or region."),
  Throttling: codeRule("throttled"),
  "Throttling.RateQuota": codeRule("throttled"),
  "Throttling.AllocationQuota": codeRule("throttled", "The provider account's quota is used up for now. The request will be retried later."),
  InternalError: codeRule("server"),
  "InternalError.Timeout": codeRule("server"),
  ModelUnavailable: codeRule("server", "The model is temporarily unavailable at the provider. The request will be retried shortly."),
};

function kindFromStatus(httpStatus: number): CodeRule {
  if (httpStatus === 429) return codeRule("throttled");
  if (httpStatus >= 500) return codeRule("server");
  if (httpStatus === 401) return codeRule("auth");
  if (httpStatus === 403) return codeRule("forbidden");
  if (httpStatus === 404) return codeRule("not_found");
  return codeRule("invalid");
}

export interface ErrorFacts {
  httpStatus?: number;
  code?: string;
  providerMessage?: string;
  requestId?: string;
  retryAfterMs?: number;
}

/** Map an HTTP error answer (or a task failure, without status) to a ProviderError. */
export function classifyProviderError(facts: ErrorFacts): ProviderError {
  const code = facts.code && facts.code.trim() !== "" ? facts.code.trim() : undefined;
  const known = code ? PROVIDER_CODE_RULES[code] : undefined;
  let rule: CodeRule;
  if (known) rule = known;
  else if (facts.httpStatus !== undefined) rule = kindFromStatus(facts.httpStatus);
  // A failed task with a code we do not know: treat as a provider-side failure, not retried blindly.
  else rule = { kind: "server", retryable: false, userMessage: "The video provider could not generate this video." };
  // The HTTP status wins for retryability where it is unambiguous (429, 5xx).
  const retryable = facts.httpStatus === 429 || (facts.httpStatus ?? 0) >= 500 ? true : rule.retryable;
  return new ProviderError({
    kind: rule.kind,
    retryable,
    userMessage: rule.userMessage ?? KIND_MESSAGES[rule.kind],
    httpStatus: facts.httpStatus,
    code,
    providerMessage: facts.providerMessage,
    requestId: facts.requestId,
    retryAfterMs: facts.retryAfterMs,
  });
}

export function networkError(cause: "network" | "timeout"): ProviderError {
  return new ProviderError({ kind: cause, retryable: true, userMessage: KIND_MESSAGES[cause] });
}

export function malformedError(init: { httpStatus: number; idempotent: boolean; requestId?: string; providerMessage?: string }): ProviderError {
  // A garbled 5xx is a server hiccup; a garbled 2xx on a create leaves the outcome unknown, so retrying
  // could create a duplicate task (recover with listTasks instead). Reads are always safe to repeat.
  const retryable = init.httpStatus >= 500 || init.idempotent;
  return new ProviderError({
    kind: "malformed",
    retryable,
    userMessage: KIND_MESSAGES.malformed,
    httpStatus: init.httpStatus,
    requestId: init.requestId,
    providerMessage: init.providerMessage,
  });
}

/** Retry-After is seconds or an HTTP date. */
export function parseRetryAfter(header: string | null | undefined, now: number = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
