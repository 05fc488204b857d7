// Duration of WAV, MP3, WebM/Matroska, Ogg, FLAC… via music-metadata.
// First from the bytes already read (headers carry the duration for most
// files); only when that is not enough (e.g. MP3 without a Xing/Info header)
// is the whole file read, within the byte cap.
import "server-only";
import { parseWebStream } from "music-metadata";
import type { ByteSource } from "@/lib/adapters/probe/byte-source";

const CHUNK_BYTES = 64 * 1024;

interface StreamedSource {
  stream: ReadableStream<Uint8Array>;
  /** The error the source itself raised (limit, timeout, network), if any. */
  failure: () => unknown;
}

/** A forward-only stream over `source` bytes [0, end). */
function streamFrom(source: ByteSource, end: number): StreamedSource {
  let position = 0;
  let failure: unknown;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (position >= end) return controller.close();
      try {
        const chunk = await source.read(position, Math.min(CHUNK_BYTES, end - position));
        if (chunk.length === 0) return controller.close();
        position += chunk.length;
        controller.enqueue(chunk.slice());
      } catch (err) {
        failure = err;
        controller.error(err);
      }
    },
  });
  return { stream, failure: () => failure };
}

async function parseDuration(source: ByteSource, end: number, fullScan: boolean): Promise<number | null> {
  const { stream, failure } = streamFrom(source, end);
  let observed: number | undefined;
  let parsed: number | undefined;
  try {
    const meta = await parseWebStream(
      stream,
      { size: source.totalBytes },
      {
        duration: fullScan,
        skipCovers: true,
        observer: (update) => {
          if (update.tag.id === "duration" && typeof update.tag.value === "number") observed = update.tag.value;
        },
      },
    );
    parsed = meta.format.duration;
  } catch {
    // Reaching the end of a partial read is expected; a failure of the source is not.
    if (failure() !== undefined) throw failure();
  } finally {
    stream.cancel().catch(() => undefined);
  }
  const seconds = parsed ?? observed;
  return seconds !== undefined && Number.isFinite(seconds) && seconds > 0 ? seconds : null;
}

/** Seconds, or null when the file gives no readable duration. `maxBytes` bounds the full read. */
export async function readMetadataDuration(source: ByteSource, maxBytes: number): Promise<number | null> {
  const fromHead = await parseDuration(source, source.head.length, false);
  if (fromHead !== null) return fromHead;

  const total = source.totalBytes;
  const hadWholeFile = total !== undefined ? total <= source.head.length : false;
  if (hadWholeFile) return null;
  return parseDuration(source, Math.min(total ?? maxBytes, maxBytes), true);
}
