// Streams a provider video URL into permanent storage with checks and a sha256, never buffering the file.
import "server-only";
import { Readable, pipeline } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { StorageError } from "@/lib/adapters/storage/errors";
import { isValidKey } from "@/lib/adapters/storage/keys";
import { errorForStatus, IngestError } from "@/lib/adapters/storage/ingest-errors";
import { IngestMeter } from "@/lib/adapters/storage/ingest-meter";
import { trackFirstError } from "@/lib/adapters/storage/streams";
import type { ObjectStorage } from "@/lib/adapters/storage/types";

import { UnsafeUrlError } from "@/lib/adapters/net/errors";
export { IngestError, type IngestErrorCode } from "@/lib/adapters/storage/ingest-errors";

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface IngestOptions {
  url: string;
  storage: ObjectStorage;
  key: string;
  fetchImpl: FetchLike;
  /** Exact media types accepted, e.g. ["video/mp4"]. */
  allowedContentTypes: string[];
  maxBytes: number;
  /** Deadline for the whole download and store, in milliseconds. */
  timeoutMs: number;
}

export interface IngestResult {
  bytes: number;
  /** Lowercase hex sha256 of the stored bytes. */
  sha256: string;
  /** The content type the object was stored with. */
  contentType: string;
}

/** Generic types some object stores send for any file; accepted only when the body is an MP4. */
const OCTET_STREAM_TYPES = new Set(["application/octet-stream", "binary/octet-stream"]);
const MP4_TYPE = "video/mp4";
/** Read-ahead from the socket; bounded, so memory stays flat whatever the file size. */
const SOURCE_BUFFER_BYTES = 1024 * 1024;

/** "Video/MP4; codecs=avc1" → "video/mp4" */
export function mediaTypeOf(header: string | null): string {
  return (header ?? "").split(";")[0].trim().toLowerCase();
}

/** Which type to store under, and whether the body must prove it is an MP4; null when refused. */
export function acceptContentType(header: string | null, allowed: readonly string[]): { contentType: string; requireMp4Signature: boolean } | null {
  const mediaType = mediaTypeOf(header);
  const allowedLower = allowed.map((type) => type.toLowerCase());
  if (mediaType && allowedLower.includes(mediaType)) return { contentType: mediaType, requireMp4Signature: false };
  if ((mediaType === "" || OCTET_STREAM_TYPES.has(mediaType)) && allowedLower.includes(MP4_TYPE)) {
    return { contentType: MP4_TYPE, requireMp4Signature: true };
  }
  return null;
}

function declaredLength(response: Response): number | undefined {
  // A compressed body's Content-Length counts compressed bytes, not what the stream yields.
  const encoding = response.headers.get("content-encoding");
  if (encoding && encoding.toLowerCase() !== "identity") return undefined;
  const raw = response.headers.get("content-length");
  if (raw === null || !/^\d+$/.test(raw.trim())) return undefined;
  const length = Number(raw);
  return Number.isSafeInteger(length) ? length : undefined;
}

function assertOptions(opts: IngestOptions): void {
  if (!Number.isSafeInteger(opts.maxBytes) || opts.maxBytes <= 0) throw new RangeError("maxBytes must be a positive integer");
  if (!Number.isFinite(opts.timeoutMs) || opts.timeoutMs <= 0) throw new RangeError("timeoutMs must be positive");
  if (opts.allowedContentTypes.length === 0) throw new RangeError("allowedContentTypes must not be empty");
  // Checked before downloading anything: a bad key would only fail after the whole transfer.
  if (!isValidKey(opts.key)) throw new IngestError("storage", "invalid storage key", { retryable: false });
}

function parseHttpUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new IngestError("invalid_url", "download URL does not parse");
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new IngestError("invalid_url", `download URL scheme ${parsed.protocol} not allowed`);
  }
  return parsed;
}

async function discardBody(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

export async function ingestFromUrl(opts: IngestOptions): Promise<IngestResult> {
  assertOptions(opts);
  const url = parseHttpUrl(opts.url);
  const controller = new AbortController();
  let timedOut = false;
  let meter: IngestMeter | undefined;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
    // Also stops a fetch implementation that ignores the signal, and a slow storage write.
    meter?.destroy(new IngestError("timeout", `download exceeded ${opts.timeoutMs} ms`));
  }, opts.timeoutMs);

  try {
    let response: Response;
    try {
      response = await opts.fetchImpl(url.href, {
        method: "GET",
        redirect: "follow",
        signal: controller.signal,
        headers: { "Accept-Encoding": "identity" },
      });
    } catch (err) {
      if (timedOut) throw new IngestError("timeout", `no response within ${opts.timeoutMs} ms`, { cause: err });
      // An address the SSRF guard refuses will be refused again: not worth retrying.
      if (err instanceof UnsafeUrlError) throw new IngestError("invalid_url", "download address refused", { cause: err });
      throw new IngestError("network", "download request failed", { cause: err });
    }

    if (!response.ok) {
      await discardBody(response);
      throw errorForStatus(response.status);
    }
    const accepted = acceptContentType(response.headers.get("content-type"), opts.allowedContentTypes);
    if (!accepted) {
      await discardBody(response);
      throw new IngestError("content_type", `content type "${mediaTypeOf(response.headers.get("content-type"))}" refused`);
    }
    const length = declaredLength(response);
    if (length !== undefined && length > opts.maxBytes) {
      await discardBody(response);
      throw new IngestError("too_large", `Content-Length ${length} exceeds ${opts.maxBytes}`);
    }
    if (length === 0 || !response.body) {
      await discardBody(response);
      throw new IngestError("empty", "download had no body");
    }

    const source = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>, { highWaterMark: SOURCE_BUFFER_BYTES });
    meter = new IngestMeter(opts.maxBytes, accepted.requireMp4Signature, length);
    const failedFirst = trackFirstError([source, meter]);
    // Errors on either side destroy both; storage.put then sees its body fail and keeps nothing.
    pipeline(source, meter, () => undefined);
    if (timedOut) meter.destroy(new IngestError("timeout", `download exceeded ${opts.timeoutMs} ms`));

    let stored: { bytes: number };
    try {
      stored = await opts.storage.put(opts.key, meter, { contentType: accepted.contentType });
    } catch (err) {
      const failure = classifyTransferError(err, { timedOut, origin: failedFirst(), source, meter, timeoutMs: opts.timeoutMs });
      // Release the connection even if the storage gave up without draining its body.
      if (!meter.destroyed) meter.destroy();
      if (!source.destroyed) source.destroy();
      throw failure;
    }
    return { bytes: stored.bytes, sha256: meter.digest(), contentType: accepted.contentType };
  } finally {
    clearTimeout(timer);
  }
}

function classifyTransferError(
  err: unknown,
  ctx: { timedOut: boolean; origin: unknown; source: Readable; meter: IngestMeter; timeoutMs: number },
): IngestError {
  if (ctx.timedOut) return new IngestError("timeout", `download exceeded ${ctx.timeoutMs} ms`, { cause: err });
  if (err instanceof IngestError) return err;
  if (ctx.origin === ctx.meter && ctx.meter.errored instanceof IngestError) return ctx.meter.errored;
  if (ctx.origin === ctx.source) return new IngestError("network", "download dropped mid-body", { cause: err });
  if (err instanceof StorageError) {
    return new IngestError("storage", `storage failed (${err.code})`, { cause: err, retryable: err.code === "unavailable" });
  }
  return new IngestError("storage", "storage failed", { cause: err });
}
