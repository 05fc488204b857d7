// The one wrapper for route handlers: authenticates before reading any input, refuses cross-site
// cookie writes, checks the role, applies rate limits, refuses text the database cannot store,
// parses input with zod, runs one service, and turns every error into the API's one error shape.
import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { resolveActor, assertCan, requireSessionUser, type Actor, type SessionUser } from "@/lib/platform/auth/actor";
import type { Action } from "@/lib/rules/permissions";
import { hitRateLimit } from "@/lib/platform/auth/rate-limit";
import { env } from "@/lib/platform/config/env";
import { AppError, errorBody, validationFailed } from "@/lib/contracts/errors";
import { json } from "@/lib/platform/http/json";
import { readJson } from "@/lib/platform/http/json-body";
import { assertSameOrigin } from "@/lib/platform/http/same-origin";
import { invalidTextReason } from "@/lib/rules/text";
import { zodIssues } from "@/lib/contracts/zod-issues";
import { withRequestContext } from "@/lib/platform/http/request-context";
import type { Issue } from "@/lib/rules/models/types";

export { readJson } from "@/lib/platform/http/json-body";

type Params = Record<string, string | string[]>;

interface Context<B, Q> {
  req: Request;
  params: Record<string, string>;
  body: B;
  query: Q;
}

interface Options<B, Q> {
  action?: Action;
  body?: z.ZodType<B>;
  query?: z.ZodType<Q>;
  /** Counts the call against the caller's write budget (per API token or user). */
  write?: boolean;
  /** The call makes requests to other servers for the caller (URL probes, provider calls, DNS
   * lookups, webhook sends): counted against OUTBOUND_RATE_PER_MINUTE (per API token or user). */
  outbound?: boolean;
}

type Result = Response | object | null;

// Headers whose values are stored.
const STORED_HEADERS = ["idempotency-key"];

export function authed<B = undefined, Q = undefined>(options: Options<B, Q>, fn: (ctx: Context<B, Q> & { actor: Actor }) => Promise<Result>) {
  return route<B, Q>(options, async (req) => {
    // Who is calling comes first: an anonymous or under-privileged call gets 401/403, not 415/422.
    const actor = await resolveActor(req);
    if (actor.via === "session") assertSameOrigin(req);
    if (options.action) assertCan(actor, options.action);
    await applyRateLimits(options, actor.tokenId ? `token:${actor.tokenId}` : `user:${actor.user.id}`);
    return (ctx) => fn({ ...ctx, actor });
  });
}

/** For the few routes that need a signed-in person but no team (listing teams, switching, joining). */
export function signedIn<B = undefined, Q = undefined>(
  options: Options<B, Q> & { action?: never; purpose: string },
  fn: (ctx: Context<B, Q> & { user: SessionUser }) => Promise<Result>,
) {
  return route<B, Q>(options, async (req) => {
    const user = await requireSessionUser(options.purpose);
    assertSameOrigin(req);
    await applyRateLimits(options, `user:${user.id}`);
    return (ctx) => fn({ ...ctx, user });
  });
}

export function publicRoute<B = undefined, Q = undefined>(options: Options<B, Q>, fn: (ctx: Context<B, Q>) => Promise<Result>) {
  return route<B, Q>(options, async () => fn);
}

function route<B, Q>(options: Options<B, Q>, authorize: (req: Request) => Promise<(ctx: Context<B, Q>) => Promise<Result>>) {
  return (req: Request, routeContext: { params: Promise<Params> }): Promise<Response> =>
    withRequestContext(req, async () => {
      try {
        const fn = await authorize(req);
        const params = checkedParams((await routeContext?.params) ?? {});
        const searchParams = checkedSearchParams(new URL(req.url).searchParams);
        checkStoredHeaders(req.headers);
        const body = options.body ? parse(options.body, await readJson(req)) : (undefined as B);
        const query = options.query ? parse(options.query, searchParams) : (undefined as Q);
        const result = await fn({ req, params, body, query });
        if (result instanceof Response) return result;
        return json(result ?? { ok: true });
      } catch (error) {
        return errorResponse(error);
      }
    });
}

function checkedParams(params: Params): Record<string, string> {
  const issues: Issue[] = [];
  for (const [name, value] of Object.entries(params)) {
    for (const part of Array.isArray(value) ? value : [value]) textIssue(issues, name, `The path segment ${name}`, part);
  }
  if (issues.length) throw validationFailed(issues);
  return params as Record<string, string>;
}

function checkedSearchParams(searchParams: URLSearchParams): Record<string, string> {
  const issues: Issue[] = [];
  for (const [name, value] of searchParams) {
    textIssue(issues, name, `The name of the query parameter ${name}`, name);
    textIssue(issues, name, `The query parameter ${name}`, value);
  }
  if (issues.length) throw validationFailed(issues);
  return Object.fromEntries(searchParams);
}

function checkStoredHeaders(headers: Headers): void {
  const issues: Issue[] = [];
  for (const name of STORED_HEADERS) textIssue(issues, headerName(name), `The ${headerName(name)} header`, headers.get(name));
  if (issues.length) throw validationFailed(issues);
}

function textIssue(issues: Issue[], path: string, subject: string, value: string | null): void {
  const reason = value === null ? null : invalidTextReason(value);
  if (reason) issues.push({ path, message: `${subject} ${reason}.` });
}

const headerName = (name: string) => name.replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => dash + c.toUpperCase());

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) throw validationFailed(zodIssues(result.error));
  return result.data;
}

async function applyRateLimits(options: { write?: boolean; outbound?: boolean }, caller: string): Promise<void> {
  if (options.write) await limit(`write:${caller}`, env().API_WRITE_RATE_PER_MINUTE, "write requests");
  if (options.outbound) await limit(`outbound:${caller}`, env().OUTBOUND_RATE_PER_MINUTE, "requests that make the server contact other sites");
}

async function limit(key: string, perMinute: number, what: string): Promise<void> {
  const result = await hitRateLimit(key, perMinute, 60_000);
  if (!result.allowed) {
    throw new AppError("rate_limited", `Too many ${what}; retry in ${result.retryAfterSeconds} s.`, {
      retryAfterSeconds: result.retryAfterSeconds,
    });
  }
}

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const headers: HeadersInit = error.extra.retryAfterSeconds ? { "retry-after": String(error.extra.retryAfterSeconds) } : {};
    return json(errorBody(error), { status: error.status, headers });
  }
  const reference = randomUUID().slice(0, 8);
  console.error(`[reelroom] unexpected error ${reference}:`, error);
  return json({ error: { code: "internal", message: `Something went wrong on our side (reference ${reference}). Try again.` } }, { status: 500 });
}
