// The one wrapper for route handlers: authenticates, checks the role, parses input with zod,
// runs one service, and turns every error into the single JSON error shape of the API.
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { resolveActor, assertCan, type Actor } from "@/lib/auth/actor";
import type { Action } from "@/lib/auth/permissions";
import { hitRateLimit } from "@/lib/auth/rate-limit";
import { env } from "@/lib/env";
import { AppError, errorBody, validationFailed } from "@/lib/http/errors";
import { json } from "@/lib/http/json";
import { zodIssues } from "@/lib/http/zod-issues";
import { withRequestContext } from "@/lib/http/request-context";

type Params = Record<string, string>;

interface Context<B, Q> {
  req: Request;
  params: Params;
  body: B;
  query: Q;
}

interface Options<B, Q> {
  action?: Action;
  body?: z.ZodType<B>;
  query?: z.ZodType<Q>;
  /** Counts the call against the caller's write budget (per API token or user). */
  write?: boolean;
}

type Result = Response | object | null;

export function authed<B = undefined, Q = undefined>(
  options: Options<B, Q>,
  fn: (ctx: Context<B, Q> & { actor: Actor }) => Promise<Result>,
) {
  return route<B, Q>(options, async (req) => {
    // Who is calling comes first: an anonymous or under-privileged call gets 401/403, not 422.
    const actor = await resolveActor(req);
    if (options.action) assertCan(actor, options.action);
    if (options.write) await limitWrites(actor);
    return (ctx) => fn({ ...ctx, actor });
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
        const params = (await routeContext?.params) ?? {};
        const body = options.body ? parse(options.body, await readJson(req)) : (undefined as B);
        const query = options.query ? parse(options.query, Object.fromEntries(new URL(req.url).searchParams)) : (undefined as Q);
        const result = await fn({ req, params, body, query });
        if (result instanceof Response) return result;
        return json(result ?? { ok: true });
      } catch (error) {
        return errorResponse(error);
      }
    });
}

export async function readJson(req: Request): Promise<unknown> {
  const text = await req.text();
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("malformed_json", "The request body is not valid JSON.");
  }
}

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) throw validationFailed(zodIssues(result.error));
  return result.data;
}

async function limitWrites(actor: Actor): Promise<void> {
  const key = actor.tokenId ? `write:token:${actor.tokenId}` : `write:user:${actor.user.id}`;
  const limit = await hitRateLimit(key, env().API_WRITE_RATE_PER_MINUTE, 60_000);
  if (!limit.allowed) {
    throw new AppError("rate_limited", `Too many write requests; retry in ${limit.retryAfterSeconds} s.`, {
      retryAfterSeconds: limit.retryAfterSeconds,
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
  return json(
    { error: { code: "internal", message: `Something went wrong on our side (reference ${reference}). Try again.` } },
    { status: 500 },
  );
}
