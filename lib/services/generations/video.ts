// Serving an archived video: streamed with Range support from local disk, or a short-lived
// signed URL when the storage is S3-compatible.
import "server-only";
import { appStorage } from "@/lib/platform/app-storage";
import { objectResponse } from "@/lib/adapters/storage";
import { AppError } from "@/lib/contracts/errors";

export async function videoResponse(g: { id: string; videoKey: string | null }, req: Request, opts: { download?: boolean } = {}): Promise<Response> {
  if (!g.videoKey) throw new AppError("not_found", "The video is not archived yet (or the generation did not succeed).");
  const storage = appStorage();
  const fileName = `reelroom-${g.id}.mp4`;
  const signed = await storage.signedUrl(g.videoKey, { expiresInSeconds: 300, downloadName: opts.download ? fileName : undefined });
  if (signed) return new Response(null, { status: 302, headers: { location: signed, "cache-control": "private, no-store" } });
  // Archived videos never change: let the browser cache them privately.
  const response = await objectResponse(storage, g.videoKey, req, {
    "cache-control": "private, max-age=31536000, immutable",
    ...(opts.download && { "content-disposition": `attachment; filename="${fileName}"` }),
  });
  if (!response) throw new AppError("not_found", "The archived file is missing from storage.");
  return response;
}
