// Every route handler of the app, found from the files: app/api/**/route.ts and the HTTP methods
// each exports. Tests that must hold for every route iterate this list, so a new route is covered
// the day it is added.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface RouteMethod {
  /** The route's file, e.g. app/api/v1/teams/current/route.ts. */
  file: string;
  /** The URL path with each dynamic segment filled with `fill`. */
  path: string;
  method: string;
  /** The route's path pattern, e.g. /api/v1/projects/[id]. */
  pattern: string;
}

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:const|async\s+function|function)\s+([A-Z]+)\b/g)) found.add(m[1]);
  for (const block of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const m of block[1].matchAll(/(?:\w+\s+as\s+)?([A-Z]+)\b/g)) found.add(m[1]);
  }
  return METHODS.filter((method) => found.has(method));
}

export function allRouteMethods(fill = "x"): RouteMethod[] {
  const root = path.resolve("app");
  return routeFiles(path.join(root, "api"))
    .sort()
    .flatMap((full) => {
      const file = path.relative(path.resolve("."), full);
      const pattern = "/" + path.relative(root, path.dirname(full)).split(path.sep).join("/");
      const urlPath = pattern.replace(/\[(?:\.\.\.)?[^\]]+\]/g, fill);
      return exportedMethods(readFileSync(full, "utf8")).map((method) => ({ file, path: urlPath, method, pattern }));
    });
}

/** Routes that answer without credentials by design, as "METHOD /pattern". */
export const PUBLIC_ROUTES = new Set([
  "GET /api/auth/[...nextauth]",
  "POST /api/auth/[...nextauth]",
  "GET /api/v1/health",
  "GET /api/v1/models",
  "GET /api/v1/openapi.json",
  "POST /api/v1/signup",
  "GET /api/v1/shares/[token]/video",
  "HEAD /api/v1/shares/[token]/video",
  "GET /api/v1/shares/[token]/poster",
  "HEAD /api/v1/shares/[token]/poster",
  "GET /api/v1/uploads/[id]/file",
  "HEAD /api/v1/uploads/[id]/file",
]);

export const isPublic = (r: RouteMethod) => PUBLIC_ROUTES.has(`${r.method} ${r.pattern}`);

export const isStateChanging = (r: RouteMethod) => ["POST", "PUT", "PATCH", "DELETE"].includes(r.method);
