// Cross-site request forgery guard for writes that ride on the session cookie. Browsers send
// Origin (and Sec-Fetch-Site) with every POST, PUT, PATCH and DELETE, so a write whose origin is
// not the app's own was started by another site. SameSite=Lax alone lets same-site pages through.
// A request with neither header does not come from a browser page and has no cookie to abuse
// unless its sender holds it, so it passes.
import "server-only";
import { env } from "@/lib/platform/config/env";
import { AppError } from "@/lib/contracts/errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isStateChanging(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

/** Why the request is refused as cross-origin, or null when it may go on. */
export function crossOriginProblem(headers: Headers, appOrigin: string): string | null {
  const origin = headers.get("origin")?.trim();
  const site = headers.get("sec-fetch-site")?.trim().toLowerCase();
  const foreign = (origin !== undefined && origin !== appOrigin) || site === "cross-site" || site === "same-site";
  return foreign ? `Changes must be made from the app itself (${appOrigin}); this request came from another site.` : null;
}

/** Throws 403 cross_origin_request for a state-changing request from another origin. */
export function assertSameOrigin(req: Request): void {
  if (!isStateChanging(req.method)) return;
  const problem = crossOriginProblem(req.headers, new URL(env().APP_URL).origin);
  if (problem) throw new AppError("cross_origin_request", problem);
}
