// Small stream helpers shared by the drivers.
import "server-only";
import { Transform, type TransformCallback } from "node:stream";
import { StorageError } from "@/lib/adapters/storage/errors";
import type { ByteRange } from "@/lib/adapters/storage/types";

/**
 * Passes bytes through and counts them. With `expected`, fails the stream (before it ends, so the
 * driver discards the write) when the body is longer or shorter than declared.
 */
export class ByteCounter extends Transform {
  bytes = 0;

  constructor(private readonly expected?: number) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.expected !== undefined && this.bytes > this.expected) {
      done(new StorageError("length_mismatch", `body exceeds declared length ${this.expected}`));
      return;
    }
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    if (this.expected !== undefined && this.bytes !== this.expected) {
      done(new StorageError("length_mismatch", `body has ${this.bytes} bytes, declared ${this.expected}`));
      return;
    }
    done();
  }
}

export function assertValidContentLength(contentLength: number | undefined): void {
  if (contentLength === undefined) return;
  if (!Number.isSafeInteger(contentLength) || contentLength < 0) {
    throw new StorageError("invalid_argument", `invalid contentLength ${contentLength}`);
  }
}

/**
 * Checks a requested range against the object size; the end is clamped to the last byte.
 * Returns the effective inclusive range.
 */
export function resolveRange(range: ByteRange, totalBytes: number): ByteRange {
  const { start, end } = range;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start || start >= totalBytes) {
    throw new StorageError("invalid_range", `range ${start}-${end} outside object of ${totalBytes} bytes`);
  }
  return { start, end: Math.min(end, totalBytes - 1) };
}

/**
 * Remembers which stream failed first. When one stream of a pipeline fails, the others are
 * destroyed with the same error, so the error alone does not tell where it started.
 */
export function trackFirstError(streams: readonly NodeJS.EventEmitter[]): () => NodeJS.EventEmitter | undefined {
  let origin: NodeJS.EventEmitter | undefined;
  for (const stream of streams) {
    stream.once("error", () => {
      origin ??= stream;
    });
  }
  return () => origin;
}

/**
 * Skips `skip` bytes, passes the next `take` bytes, then ends. Used when a server answers a range
 * request with more than was asked (some S3-compatible servers mishandle ranges).
 */
export class ByteSlice extends Transform {
  private toSkip: number;
  private toTake: number;

  constructor(skip: number, take: number) {
    super();
    this.toSkip = skip;
    this.toTake = take;
  }

  private ended = false;

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    if (this.ended) {
      done();
      return;
    }
    let piece = chunk;
    if (this.toSkip > 0) {
      const skipped = Math.min(this.toSkip, piece.length);
      this.toSkip -= skipped;
      piece = piece.subarray(skipped);
    }
    if (this.toTake > 0 && piece.length > 0) {
      const taken = piece.subarray(0, this.toTake);
      this.toTake -= taken.length;
      this.push(taken);
    }
    if (this.toTake === 0) {
      this.ended = true;
      this.push(null);
    }
    done();
  }
}
