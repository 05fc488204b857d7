// Outbound HTTP for user-influenced URLs (reference probes, provider result downloads, webhooks,
// custom base URLs), over undici with the guarded Agent of lib/adapters/net/agent.ts: every
// connection, every redirect hop and every DNS answer is decided by the outbound policy.
import "server-only";
import { interceptors, request, type Agent, type Dispatcher } from "undici";
import { isPrivateAddress } from "@/lib/rules/net/address-policy";
import { createGuardedAgent, guardHops, RefusedAddressError, REDIRECT_STATUSES, type HopLog, type Lookup } from "@/lib/adapters/net/agent";
import { FetchNetworkError, FetchTimeoutError, OutboundFetchError, TooManyRedirectsError } from "@/lib/adapters/net/errors";
import { addressAllowed, policyFor } from "@/lib/rules/net/policy";
import { precheckUrl, privateAddressError, type AddressPredicate } from "@/lib/adapters/net/ssrf";

export interface SafeFetchInit extends Omit<RequestInit, "redirect" | "window"> {
  /** Let the URL (and every redirect) reach loopback/private addresses. */
  allowPrivate: boolean;
  /** Bounds the whole call: every hop, the headers and reading the body. */
  timeoutMs: number;
  /** Default 5. Each hop is checked like the first. */
  maxRedirects?: number;
}

export type SafeFetch = (url: string, init: SafeFetchInit) => Promise<Response>;

const NULL_BODY_STATUSES = new Set([204, 205, 304]);

export interface SafeFetchDeps {
  /** Which resolved addresses count as private (default: `isPrivateAddress`). */
  isPrivateAddress?: AddressPredicate;
  /** The DNS lookup the connect hook checks (default `dns.lookup`). */
  lookup?: Lookup;
}

/** Builds a `safeFetch`; the dependencies exist so tests on loopback can mark one loopback address public, or answer DNS. */
export function createSafeFetch(deps: SafeFetchDeps = {}): SafeFetch {
  const isPrivate = deps.isPrivateAddress ?? isPrivateAddress;
  const agents: { strict?: Agent; open?: Agent } = {};
  const agentFor = (allowPrivate: boolean): Agent => {
    if (allowPrivate) return (agents.open ??= createGuardedAgent(deps.lookup ? { mayConnect: () => true, lookup: deps.lookup } : null));
    const mayConnect = deps.isPrivateAddress ? (ip: string) => !isPrivate(ip) : (ip: string) => addressAllowed(ip, { allowPrivate: false });
    return (agents.strict ??= createGuardedAgent({ mayConnect, lookup: deps.lookup }));
  };
  return (url, init) => fetchChecked(url, init, isPrivate, agentFor(init.allowPrivate));
}

export const safeFetch: SafeFetch = createSafeFetch();

async function fetchChecked(url: string, init: SafeFetchInit, isPrivate: AddressPredicate, agent: Agent): Promise<Response> {
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

  const hops: HopLog = { urls: [] };
  try {
    precheckUrl(url, allowPrivate, isPrivate);
    const method = (rest.method ?? "GET").toUpperCase() as Dispatcher.HttpMethod;
    const headers = new Headers(rest.headers);
    const body = await bodyBytes(rest.body, headers);
    if (!headers.has("accept-encoding")) headers.set("accept-encoding", "identity");
    if (!headers.has("user-agent")) headers.set("user-agent", "Reelroom");
    const policy = policyFor("download", { allowPrivate });
    const dispatcher = agent.compose(guardHops(hops, maxRedirects, policy), interceptors.redirect({ maxRedirections: maxRedirects }));
    const res = await request(url, {
      dispatcher,
      method,
      headers: Object.fromEntries(headers.entries()),
      body,
      signal: controller.signal,
      // A fresh connection per request, as every connection is where the policy is checked.
      reset: true,
    });
    const finalUrl = hops.urls.at(-1) ?? url;
    if (REDIRECT_STATUSES.has(res.statusCode) && res.headers.location !== undefined) {
      res.body.resume();
      throw new TooManyRedirectsError(url, maxRedirects, res.statusCode);
    }
    return toResponse(res, method, finalUrl, hops.urls.length > 1, controller.signal, cleanup);
  } catch (err) {
    cleanup();
    throw translateError(err, url, hops, maxRedirects, controller.signal);
  }
}

async function bodyBytes(body: BodyInit | null | undefined, headers: Headers): Promise<Uint8Array | undefined> {
  if (body === null || body === undefined) return undefined;
  const wrapped = new Response(body);
  const implied = wrapped.headers.get("content-type");
  if (implied && !headers.has("content-type")) headers.set("content-type", implied);
  return new Uint8Array(await wrapped.arrayBuffer());
}

function toResponse(res: Dispatcher.ResponseData, method: string, finalUrl: string, redirected: boolean, signal: AbortSignal, cleanup: () => void): Response {
  const status = res.statusCode;
  if (status < 200 || status > 599) {
    res.body.destroy();
    cleanup();
    throw new FetchNetworkError(finalUrl, new Error(`unexpected status ${status}`));
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(res.headers)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      try {
        headers.append(name, one);
      } catch {
        // skip header values that are not valid in the Fetch API
      }
    }
  }

  // undici destroys the body with the signal's reason; name it as a fetch error would.
  const onAbort = () => {
    const reason = translateError(signal.reason, finalUrl, { urls: [] }, 0, signal);
    res.body.destroy(reason instanceof Error ? reason : new Error("aborted"));
  };
  signal.addEventListener("abort", onAbort, { once: true });
  res.body.once("close", () => {
    signal.removeEventListener("abort", onAbort);
    cleanup();
  });

  const hasBody = method !== "HEAD" && !NULL_BODY_STATUSES.has(status);
  if (!hasBody) res.body.resume();
  const body = hasBody ? webStream(res.body) : null;
  const response = new Response(body, { status, statusText: res.statusText ?? "", headers });
  Object.defineProperty(response, "url", { value: finalUrl });
  Object.defineProperty(response, "redirected", { value: redirected });
  return response;
}

/** The body as a web stream, pulled on demand (Readable.toWeb can enqueue after a cancel on undici's body). */
function webStream(body: Dispatcher.ResponseData["body"]): ReadableStream<Uint8Array> {
  const chunks = body[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value as Uint8Array);
    },
    cancel(reason) {
      body.destroy(reason instanceof Error ? reason : undefined);
    },
  });
}

function translateError(err: unknown, url: string, hops: HopLog, maxRedirects: number, signal: AbortSignal): unknown {
  if (err instanceof OutboundFetchError) return err;
  if (signal.aborted) {
    const reason: unknown = signal.reason;
    return reason instanceof OutboundFetchError ? reason : (reason ?? err);
  }
  const refused = err instanceof RefusedAddressError ? err : (err as { cause?: unknown } | null)?.cause;
  if (refused instanceof RefusedAddressError) {
    return privateAddressError(hops.urls.at(-1) ?? url);
  }
  // undici refuses to revisit a URL of the same chain; the old loop counted it as one more hop.
  if (err instanceof Error && /redirect loop/i.test(err.message)) return new TooManyRedirectsError(url, maxRedirects);
  return new FetchNetworkError(url, err);
}
