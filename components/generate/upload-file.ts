// POST /api/v1/uploads: the raw file as the body, its media type as Content-Type.
import { ApiError } from "@/components/app/api-client";
import type { UploadJson } from "@/lib/contracts/instance";

export type UploadAnswer = UploadJson;

export const ACCEPTED_REFERENCE_TYPES = "image/png,image/jpeg,image/webp,image/bmp,video/mp4,video/quicktime";

export async function uploadFile(file: File): Promise<UploadAnswer> {
  const res = await fetch(`/api/v1/uploads?name=${encodeURIComponent(file.name)}`, {
    method: "POST",
    headers: { "content-type": file.type || "application/octet-stream" },
    body: file,
  });
  const data = (await res.json().catch(() => null)) as { upload?: UploadAnswer; error?: { message: string; code: string } } | null;
  if (!res.ok || !data?.upload) {
    throw new ApiError(data?.error?.message ?? `The upload failed (${res.status}).`, res.status, data?.error?.code ?? "unknown");
  }
  return data.upload;
}
