// Errors raised by outbound requests. `message` is safe to show to end users;
// the underlying library error (if any) is kept on `cause` for logs only.
import "server-only";

export type OutboundErrorCode = "invalid_url" | "unsupported_scheme" | "private_address" | "unresolvable_host" | "timeout" | "too_many_redirects" | "network";

export class OutboundFetchError extends Error {
  readonly code: OutboundErrorCode;
  /** The URL the failing hop was aimed at (may differ from the original after redirects). */
  readonly url: string;

  constructor(code: OutboundErrorCode, url: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "OutboundFetchError";
    this.code = code;
    this.url = url;
  }
}

/** The URL is malformed, not http(s), or resolves to a private/local address. */
export class UnsafeUrlError extends OutboundFetchError {
  constructor(
    code: "invalid_url" | "unsupported_scheme" | "private_address" | "unresolvable_host",
    url: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(code, url, message, options);
    this.name = "UnsafeUrlError";
  }
}

export class FetchTimeoutError extends OutboundFetchError {
  constructor(url: string, timeoutMs: number) {
    super("timeout", url, `The request to ${displayUrl(url)} did not finish within ${timeoutMs} ms.`);
    this.name = "FetchTimeoutError";
  }
}

export class TooManyRedirectsError extends OutboundFetchError {
  /** The HTTP status of the redirect that was not followed. */
  readonly status?: number;

  constructor(url: string, maxRedirects: number, status?: number) {
    super("too_many_redirects", url, `The request to ${displayUrl(url)} was redirected more than ${maxRedirects} times.`);
    this.name = "TooManyRedirectsError";
    this.status = status;
  }
}

export class FetchNetworkError extends OutboundFetchError {
  constructor(url: string, cause: unknown) {
    super("network", url, networkMessage(url, cause), { cause });
    this.name = "FetchNetworkError";
  }
}

function networkMessage(url: string, cause: unknown): string {
  const code = (cause as { code?: unknown } | null)?.code;
  const shown = displayUrl(url);
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return `The host of ${shown} could not be found.`;
  if (code === "ECONNREFUSED") return `${shown} refused the connection.`;
  // undici names a connection the server dropped UND_ERR_SOCKET.
  if (code === "ECONNRESET" || code === "UND_ERR_SOCKET") return `The connection to ${shown} was closed unexpectedly.`;
  return `Could not connect to ${shown}.`;
}

/**
 * A URL shortened for messages: query strings often carry signatures or tokens,
 * so only origin and path are shown, and very long paths are cut.
 */
export function displayUrl(url: string, maxLength = 120): string {
  let shown: string;
  try {
    const u = new URL(url);
    shown = `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    shown = url;
  }
  return shown.length > maxLength ? `${shown.slice(0, maxLength - 1)}…` : shown;
}
