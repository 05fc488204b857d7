// The undici transport for outbound URLs. Its connect hook decides every connection against the
// address policy: an address-literal host directly, a name through each of its DNS answers, right
// where the socket is opened, so a name cannot pass a check and then re-resolve to an internal
// address. Redirects are followed by undici's redirect interceptor; each hop opens its connection
// through the same hook, and `guardHops` refuses a Location whose scheme is not http(s).
import "server-only";
import dns from "node:dns";
import type { LookupAddress, LookupOptions } from "node:dns";
import net from "node:net";
import { Agent, buildConnector, type Dispatcher } from "undici";
import { schemeVerdict, type OutboundPolicy } from "@/lib/rules/net/policy";
import { UnsafeUrlError, displayUrl } from "@/lib/adapters/net/errors";

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
/** Same shape as `dns.lookup` (what node:net accepts as `lookup`); tests inject their own answers. */
export type Lookup = (hostname: string, options: LookupOptions, callback: LookupCallback) => void;

interface GuardOptions {
  /** Whether a connection may go to this resolved or literal address. */
  mayConnect: (ip: string) => boolean;
  /** Default `dns.lookup`. */
  lookup?: Lookup;
}

/** A connection refused by the policy; the caller names the URL it was for. */
export class RefusedAddressError extends Error {
  readonly code = "ERR_OUTBOUND_REFUSED";
  constructor(readonly address: string) {
    super(`connection to ${address} refused by the outbound policy`);
    this.name = "RefusedAddressError";
  }
}

function guardedLookup(options: GuardOptions): Lookup {
  const lookup = options.lookup ?? (dns.lookup as unknown as Lookup);
  return (hostname, lookupOptions, callback) => {
    lookup(hostname, { ...lookupOptions, all: true }, (err, answers) => {
      if (err) return callback(err, []);
      const list = Array.isArray(answers) ? answers : [{ address: answers, family: net.isIP(answers) }];
      const refused = list.length === 0 ? hostname : list.find((a) => !options.mayConnect(a.address))?.address;
      if (refused !== undefined) return callback(new RefusedAddressError(refused) as NodeJS.ErrnoException, []);
      if (lookupOptions.all) return callback(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}

/** An Agent whose every connection is checked; `null` guard: private destinations allowed. */
export function createGuardedAgent(guard: GuardOptions | null): Agent {
  if (!guard) return new Agent();
  const connect = buildConnector({ lookup: guardedLookup(guard) });
  return new Agent({
    connect: (options, callback) => {
      const host = options.hostname.replace(/^\[|\]$/g, "");
      // node:net skips `lookup` for address literals, so those are decided here.
      if (net.isIP(host) && !guard.mayConnect(host)) return callback(new RefusedAddressError(host), null);
      connect(options, callback);
    },
  });
}

export const REDIRECT_STATUSES: ReadonlySet<number> = new Set([300, 301, 302, 303, 307, 308]);

export interface HopLog {
  /** Every URL requested, in order; the last is the one that answered. */
  urls: string[];
}

/**
 * An interceptor placed below the redirect interceptor: it sees every hop, records its URL and
 * refuses a redirect that would be followed to a non-http(s) scheme (undici would throw its own
 * error for it) before the redirect handler acts on it.
 */
export function guardHops(log: HopLog, maxRedirects: number, policy: OutboundPolicy): Dispatcher.DispatcherComposeInterceptor {
  return (dispatch) => (opts, handler) => {
    const current = new URL(opts.path, opts.origin).toString();
    log.urls.push(current);
    const followed = log.urls.length - 1 < maxRedirects;
    return dispatch(opts, {
      ...bind(handler),
      onResponseStart(controller, statusCode, headers, statusMessage) {
        const location = headers.location;
        if (followed && REDIRECT_STATUSES.has(statusCode) && typeof location === "string") {
          const next = new URL(location, current);
          const verdict = schemeVerdict(next, policy);
          if (!verdict.allowed && verdict.reason !== "plain_http") {
            controller.abort(new UnsafeUrlError("unsupported_scheme", next.href, `${displayUrl(next.href)} must start with http:// or https://.`));
            return;
          }
        }
        handler.onResponseStart?.(controller, statusCode, headers, statusMessage);
      },
    });
  };
}

/** The handler's callbacks bound to it, so the wrapper can pass them on unchanged. */
function bind(handler: Dispatcher.DispatchHandler): Dispatcher.DispatchHandler {
  return {
    onRequestStart: handler.onRequestStart?.bind(handler),
    onRequestUpgrade: handler.onRequestUpgrade?.bind(handler),
    onResponseData: handler.onResponseData?.bind(handler),
    onResponseEnd: handler.onResponseEnd?.bind(handler),
    onResponseError: handler.onResponseError?.bind(handler),
  };
}
