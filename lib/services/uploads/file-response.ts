// GET/HEAD of an uploaded reference behind its signed public URL (the provider fetches references
// without a session), with Range support; cached publicly because an upload never changes.
import "server-only";
import { objectResponse } from "@/lib/adapters/storage";
import { notFound } from "@/lib/contracts/errors";
import { appStorage } from "@/lib/platform/app-storage";
import { uploadForSignature } from "@/lib/services/uploads/uploads";

export async function uploadFileResponse(id: string, req: Request): Promise<Response> {
  const upload = await uploadForSignature(id, new URL(req.url).searchParams.get("sig"));
  const response = await objectResponse(appStorage(), upload.objectKey, req, { "cache-control": "public, max-age=86400" });
  if (!response) throw notFound("File");
  return response;
}
