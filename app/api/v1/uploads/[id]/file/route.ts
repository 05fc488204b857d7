import { publicRoute } from "@/lib/platform/http/handler";
import { appStorage } from "@/lib/platform/app-storage";
import { serveObject } from "@/lib/adapters/storage";
import { notFound } from "@/lib/platform/http/errors";
import { objectResponse } from "@/lib/platform/http/object-response";
import { uploadForSignature } from "@/lib/services/uploads/uploads";

export const GET = publicRoute({}, async ({ params, req }) => {
  const upload = await uploadForSignature(params.id, new URL(req.url).searchParams.get("sig"));
  const served = await serveObject(appStorage(), upload.objectKey, { rangeHeader: req.headers.get("range"), method: req.method === "HEAD" ? "HEAD" : "GET" });
  if (!served) throw notFound("File");
  return objectResponse(served, req, { "cache-control": "public, max-age=86400" });
});
export const HEAD = GET;
