// A stored object (from serveObject) as a web Response. The file stream is destroyed when the
// client goes away mid-download (seeking players abort Range requests all the time), so no file
// handle is left for the garbage collector.
import { Readable } from "node:stream";
import type { ServedObject } from "@/lib/adapters/storage/serve";

export function objectResponse(served: ServedObject, req: Request, headers: Record<string, string>): Response {
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
