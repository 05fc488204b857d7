// Outbound HTTP for user-influenced URLs (reference probes, provider result
// downloads, webhooks). Built on node:http(s) rather than global fetch so the
// address check runs inside DNS resolution for the actual connection: a host
// cannot pass a check and then re-resolve to an internal address.
import http from "node:http";
import https from "node:https";
import type { IncomingMessage } from "node:http";
import { Readable } from "node:stream";
import { FetchNetworkError, FetchTimeoutError, OutboundFetchError, TooManyRedirectsError } from "@/lib/adapters/net/errors";
import { createGuardedLookup, isPrivateAddress, precheckUrl, type AddressPredicate } from "@/lib/adapters/net/ssrf";

export interface SafeFetchInit extends Omit<RequestInit, "redirect" | "window"> {
  /** Let the URL (and every redirect) reach loopback/private addresses. */
  allowPrivate: boolean;
  /** Bounds the whole call: every hop, the headers and reading the body. */
  timeoutMs: number;
  /** Default 5. Each hop is checked like the first. */
  maxRedirects?: number;
}

export type SafeFetch = (url: string, init: SafeFetchInit) => Promise<Response>;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const NULL_BODY_STATUSES = new Set([204, 205, 304]);
const CROSS_ORIGIN_DROPPED_HEADERS = ["authorization", "cookie", "proxy-authorization"];

export interface SafeFetchDeps {
  /** Which resolved addresses count as private (default: `isPrivateAddress`). */
  isPrivateAddress?: AddressPredicate;
}

/** Builds a `safeFetch`; the dependency exists so tests on loopback can mark one loopback address public. */
export function createSafeFetch(deps: SafeFetchDeps = {}): SafeFetch {
  const isPrivate = deps.isPrivateAddress ?? isPrivateAddress;
  return (url, init) => fetchChecked(url, init, isPrivate);
}

export const safeFetch: SafeFetch = createSafeFetch();

async function fetchChecked(url: string, init: SafeFetchInit, isPrivate: AddressPredicate): Promise<Response> {
  const { allowPrivate, timeoutMs, maxRedirects = 5, signal: callerSignal, ...rest } = init;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new FetchTimeoutError(url, timeoutMs)), timeoutMs);
  const onCallerAbort = () => controller.abort(callerSignal?.reason);
  if (callerSignal?.aborted) onCallerAbort();
  callerSignal?.addEventListener("abort", onCallerAbort, { once: true });
  const cleanup = () => {
    clearTimeout(timer);
    callerSignal?.removeEventListener("abort", onCallerAbort);
  };

  try {
    let method = (rest.method ?? "GET").toUpperCase();
    const headers = new Headers(rest.headers);
    let body = await bodyBytes(rest.body, headers);
    let current = url;

    for (let hop = 0; ; hop++) {
      const target = precheckUrl(current, allowPrivate, isPrivate);
      const res = await requestOnce(target, current, {
        method,
        headers,
        body,
        signal: controller.signal,
        guard: allowPrivate ? null : isPrivate,
      });
      const location = res.headers.location;
      if (!REDIRECT_STATUSES.has(res.statusCode ?? 0) || !location) {
        return toResponse(res, method, current, hop > 0, controller.signal, cleanup);
      }

      res.resume(); // discard the redirect's body
      if (hop >= maxRedirects) throw new TooManyRedirectsError(url, maxRedirects, res.statusCode);
      const next = new URL(location, current);
      const status = res.statusCode ?? 0;
      if (status === 303 || ((status === 301 || status === 302) && method === "POST")) {
        method = method === "HEAD" ? "HEAD" : "GET";
        body = undefined;
        headers.delete("content-type");
      }
      if (next.origin !== new URL(current).origin) {
        for (const name of CROSS_ORIGIN_DROPPED_HEADERS) headers.delete(name);
      }
      current = next.toString();
    }
  } catch (err) {
    cleanup();
    throw translateError(err, url, controller.signal);
  }
}

async function bodyBytes(body: BodyInit | null | undefined, headers: Headers): Promise<Uint8Array | undefined> {
  if (body === null || body === undefined) return undefined;
  const wrapped = new Response(body);
  const implied = wrapped.headers.get("content-type");
  if (implied && !headers.has("content-type")) headers.set("content-type", implied);
  return new Uint8Array(await wrapped.arrayBuffer());
}

interface HopOptions {
  method: string;
  headers: Headers;
  body: Uint8Array | undefined;
  signal: AbortSignal;
  /** null: private addresses allowed. */
  guard: AddressPredicate | null;
}

function requestOnce(target: URL, urlText: string, o: HopOptions): Promise<IncomingMessage> {
  const headers: Record<string, string> = { "accept-encoding": "identity", "user-agent": "Reelroom" };
  o.headers.forEach((value, name) => {
    headers[name] = value;
  });
  if (o.body) headers["content-length"] = String(o.body.byteLength);

  return new Promise((resolve, reject) => {
    const transport = target.protocol === "https:" ? https : http;
    const req = transport.request(
      target,
      {
        method: o.method,
        headers,
        signal: o.signal,
        // A fresh connection per request: pooled sockets could skip the guarded lookup.
        agent: false,
        ...(o.guard ? { lookup: createGuardedLookup(urlText, o.guard) } : {}),
      },
      resolve,
    );
    req.on("error", reject);
    req.end(o.body ? Buffer.from(o.body) : undefined);
  });
}

function toResponse(res: IncomingMessage, method: string, finalUrl: string, redirected: boolean, signal: AbortSignal, cleanup: () => void): Response {
  const status = res.statusCode ?? 0;
  if (status < 200 || status > 599) {
    res.destroy();
    cleanup();
    throw new FetchNetworkError(finalUrl, new Error(`unexpected status ${status}`));
  }
  const headers = new Headers();
  for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) {
    try {
      headers.append(res.rawHeaders[i], res.rawHeaders[i + 1]);
    } catch {
      // skip header values that are not valid in the Fetch API
    }
  }

  const onAbort = () => {
    const reason = translateError(signal.reason, finalUrl, signal);
    res.destroy(reason instanceof Error ? reason : new Error("aborted"));
  };
  signal.addEventListener("abort", onAbort, { once: true });
  res.once("close", () => {
    signal.removeEventListener("abort", onAbort);
    cleanup();
  });

  const hasBody = method !== "HEAD" && !NULL_BODY_STATUSES.has(status);
  if (!hasBody) res.resume();
  const body = hasBody ? (Readable.toWeb(res) as unknown as ReadableStream<Uint8Array>) : null;
  const response = new Response(body, { status, statusText: res.statusMessage ?? "", headers });
  Object.defineProperty(response, "url", { value: finalUrl });
  Object.defineProperty(response, "redirected", { value: redirected });
  return response;
}

function translateError(err: unknown, url: string, signal: AbortSignal): unknown {
  if (err instanceof OutboundFetchError) return err;
  if (signal.aborted) {
    const reason: unknown = signal.reason;
    return reason instanceof OutboundFetchError ? reason : (reason ?? err);
  }
  // The guarded lookup's refusal arrives wrapped by the socket layer on some Node versions.
  const cause = (err as { cause?: unknown } | null)?.cause;
  if (cause instanceof OutboundFetchError) return cause;
  return new FetchNetworkError(url, err);
}
