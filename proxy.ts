// Next.js answers a bare 500 when a path segment's percent-encoding is not UTF-8 (e.g. %ED%A0%80,
// %FF), before any route handler runs (vercel/next.js#92527). API paths are refused here instead,
// with the API's error shape. Only paths with a "%" reach this proxy: a proxy buffers request
// bodies (up to 10 MB), which uploads must not go through.
import { NextResponse, type NextRequest } from "next/server";

function decodes(segment: string): boolean {
  try {
    decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

export function proxy(request: NextRequest) {
  const segments = request.nextUrl.pathname.split("/");
  if (segments.every(decodes)) return NextResponse.next();
  const message = "The URL path contains percent-encoded bytes that are not UTF-8 text; encode path segments as UTF-8.";
  return NextResponse.json(
    { error: { code: "validation_failed", message, issues: [{ path: "path", message }] } },
    { status: 422, headers: { "cache-control": "no-store" } },
  );
}

export const config = { matcher: "/api/:path(.*%.*)" };
