// Serving a poster: immutable (its key, and so its URL, carries a content hash), with that hash
// as a strong ETag; a matching If-None-Match answers 304 without touching storage. Served by the
// app on every driver, so the cache headers are ours; read whole (posters are a few tens of KB),
// so no storage stream stays open when a client goes away mid-answer.
import "server-only";
import type { Readable } from "node:stream";
import { appStorage } from "@/lib/platform/app-storage";
import { posterVersion } from "@/lib/adapters/storage";
import { AppError } from "@/lib/contracts/errors";

const CACHE_CONTROL = "private, max-age=31536000, immutable";

/** The poster's URL for the API resource (versioned by its hash), or null without one. */
export function posterUrlOf(g: { posterKey: string | null }, base: string): string | null {
  const version = g.posterKey ? posterVersion(g.posterKey) : null;
  return version ? `${base}/poster?v=${version}` : null;
}

function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.trim() === "*" || ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

export async function posterResponse(g: { posterKey: string | null }, req: Request): Promise<Response> {
  const version = g.posterKey ? posterVersion(g.posterKey) : null;
  if (!g.posterKey || !version) throw new AppError("not_found", "This generation has no poster.");
  const etag = `"${version}"`;
  const cache = { etag, "cache-control": CACHE_CONTROL };
  if (matches(req.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers: cache });
  const object = await appStorage().get(g.posterKey);
  if (!object) throw new AppError("not_found", "The poster is missing from storage.");
  const headers = { ...cache, "content-type": object.contentType, "content-length": String(object.bytes) };
  if (req.method === "HEAD") {
    object.body.destroy();
    return new Response(null, { status: 200, headers });
  }
  return new Response(new Uint8Array(await readAll(object.body)), { status: 200, headers });
}

async function readAll(body: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
