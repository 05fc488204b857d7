import { Readable } from "node:stream";
import { publicRoute } from "@/lib/http/handler";
import { appStorage } from "@/lib/app-storage";
import { serveObject } from "@/lib/storage";
import { notFound } from "@/lib/http/errors";
import { uploadForSignature } from "@/lib/uploads/uploads";

export const GET = publicRoute({}, async ({ params, req }) => {
  const upload = await uploadForSignature(params.id, new URL(req.url).searchParams.get("sig"));
  const served = await serveObject(appStorage(), upload.objectKey, { rangeHeader: req.headers.get("range"), method: req.method === "HEAD" ? "HEAD" : "GET" });
  if (!served) throw notFound("File");
  const headers = new Headers(served.headers);
  headers.set("cache-control", "public, max-age=86400");
  return new Response(served.body ? (Readable.toWeb(served.body) as ReadableStream) : null, { status: served.status, headers });
});
export const HEAD = GET;
