// Making a generation's poster: the frame at 0.5 s of its archived video, stored beside it as a
// JPEG whose key carries a content hash. Never throws: a video ffmpeg cannot read (or no ffmpeg,
// or a timeout) leaves no poster, and the gallery shows what it showed before posters existed.
import "server-only";
import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { appStorage } from "@/lib/platform/app-storage";
import { posterObjectKey, type ObjectStorage } from "@/lib/adapters/storage";
import { PosterError, renderPoster, type PosterOptions } from "@/lib/adapters/media/poster";
import { serveOnLoopback } from "@/lib/adapters/media/storage-source";

interface Archived {
  id: string;
  teamId: string;
  videoKey: string;
}

/** The stored poster's key, or null (logged with the generation id and a reason, nothing else). */
export async function makePoster(g: Archived, opts: PosterOptions & { storage?: ObjectStorage } = {}): Promise<string | null> {
  const storage = opts.storage ?? appStorage();
  try {
    const source = await serveOnLoopback(storage, g.videoKey);
    let jpeg: Buffer;
    try {
      jpeg = await renderPoster(source.url, opts);
    } finally {
      await source.close();
    }
    const key = posterObjectKey(g.teamId, g.id, createHash("sha256").update(jpeg).digest("hex").slice(0, 16));
    await storage.put(key, Readable.from([jpeg]), { contentType: "image/jpeg", contentLength: jpeg.length });
    return key;
  } catch (error) {
    const reason = error instanceof PosterError ? error.reason : ((error as { code?: string } | null)?.code ?? "error");
    console.warn(`[reelroom] no poster for generation ${g.id} (${reason})`);
    return null;
  }
}

/** What the archive step adds to the succeeded row: `{ posterKey }`, or nothing without a poster. */
export async function posterFields(g: Archived): Promise<{ posterKey?: string }> {
  const posterKey = await makePoster(g);
  return posterKey ? { posterKey } : {};
}
