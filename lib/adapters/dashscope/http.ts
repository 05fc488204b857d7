// One HTTP exchange with DashScope: timeout, JSON decoding and error mapping. Never throws
// anything but ProviderError, and never puts the API key into an error.
import "server-only";
import { classifyProviderError, malformedError, networkError, parseRetryAfter, ProviderError } from "@/lib/adapters/dashscope/errors";
import { errorBodySchema } from "@/lib/adapters/dashscope/parse";

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface ExchangeOptions {
  fetchImpl: FetchLike;
  method: "GET" | "POST";
  url: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
}

export interface ExchangeResult {
  status: number;
  json: unknown;
  requestId?: string;
}

function isTimeout(error: unknown): boolean {
  const name = error instanceof Error || error instanceof DOMException ? error.name : "";
  return name === "TimeoutError" || name === "AbortError";
}

function requestIdOf(json: unknown): string | undefined {
  if (typeof json === "object" && json !== null && "request_id" in json) {
    const value = (json as { request_id: unknown }).request_id;
    return typeof value === "string" && value !== "" ? value : undefined;
  }
  return undefined;
}

/** Performs the request; resolves only for 2xx answers with a JSON body. */
export async function exchange(options: ExchangeOptions): Promise<ExchangeResult> {
  const idempotent = options.method === "GET";
  let response: Response;
  let text: string;
  try {
    response = await options.fetchImpl(options.url, {
      method: options.method,
      headers: options.headers,
      body: options.body,
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    text = await response.text(); // the timeout signal also bounds reading the body
  } catch (error) {
    if (error instanceof ProviderError) throw error;
    throw networkError(isTimeout(error) ? "timeout" : "network");
  }

  let json: unknown;
  let parsedOk = true;
  try {
    json = text === "" ? undefined : JSON.parse(text);
  } catch {
    parsedOk = false;
  }
  const rawSnippet = text.slice(0, 500);

  if (response.ok) {
    if (!parsedOk || json === undefined) {
      throw malformedError({ httpStatus: response.status, idempotent, providerMessage: rawSnippet });
    }
    return { status: response.status, json, requestId: requestIdOf(json) };
  }

  const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
  const errorBody = parsedOk ? errorBodySchema.safeParse(json ?? {}) : undefined;
  if (!errorBody || !errorBody.success) {
    if (response.status >= 500) {
      throw malformedError({ httpStatus: response.status, idempotent: true, providerMessage: rawSnippet });
    }
    // A non-JSON 4xx (a proxy page, say): classify by status alone.
    throw classifyProviderError({ httpStatus: response.status, providerMessage: rawSnippet, retryAfterMs });
  }
  throw classifyProviderError({
    httpStatus: response.status,
    code: errorBody.data.code,
    providerMessage: errorBody.data.message,
    requestId: errorBody.data.request_id,
    retryAfterMs,
  });
}
