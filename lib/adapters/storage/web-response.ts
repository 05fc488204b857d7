// A stored object served as a web Response (GET or HEAD, with Range). The file stream is destroyed
// when the client goes away mid-download (seeking players abort Range requests all the time), so
// no file handle is left for the garbage collector.
import "server-only";
import { Readable } from "node:stream";
import { serveObject } from "@/lib/adapters/storage/serve";
import type { ObjectStorage } from "@/lib/adapters/storage/types";

/** The object as a Response with `headers` added, or null when the key does not exist. */
export async function objectResponse(storage: ObjectStorage, key: string, req: Request, headers: Record<string, string>): Promise<Response | null> {
  const served = await serveObject(storage, key, { rangeHeader: req.headers.get("range"), method: req.method === "HEAD" ? "HEAD" : "GET" });
  if (!served) return null;
  const body = served.body;
  if (body) {
    const destroy = () => body.destroy();
    req.signal.addEventListener("abort", destroy, { once: true });
    body.once("close", () => req.signal.removeEventListener("abort", destroy));
  }
  const all = new Headers(served.headers);
  for (const [k, v] of Object.entries(headers)) all.set(k, v);
  return new Response(body ? (Readable.toWeb(body) as ReadableStream) : null, { status: served.status, headers: all });
}
