// Probes a reference / voice / audio URL: its kind, size and (for video and
// audio) duration, reading as few bytes as possible. Results are cached by
// the caller (keyed by the file's version, see validators.ts); this module
// does no storage.
import "server-only";
import type { MediaKind, ProbedMedia } from "@/lib/rules/models/types";
import { OutboundFetchError } from "@/lib/adapters/net/errors";
import { safeFetch, type SafeFetch } from "@/lib/adapters/net/safe-fetch";
import { openByteSource, SourceLimitError, SourceReadError, type ByteSource, type RangeFetch } from "@/lib/adapters/probe/byte-source";
import { ProbeError, probeErrors } from "@/lib/adapters/probe/errors";
import { readMetadataDuration } from "@/lib/adapters/probe/metadata-duration";
import { readIsoBmffDuration } from "@/lib/adapters/probe/mp4-duration";
import { detectFormat, mimeOf, type MediaFormat } from "@/lib/adapters/probe/sniff";
import { validatorsOf, type FileValidators } from "@/lib/adapters/probe/validators";

const MB = 1024 * 1024;

export const DEFAULT_PROBE_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES: Readonly<Record<MediaKind, number>> = Object.freeze({
  image: 20 * MB,
  video: 100 * MB,
  audio: 15 * MB,
});

export interface ProbeOptions {
  /** Let the URL reach loopback / private addresses (tests, local setups). Default false. */
  allowPrivate?: boolean;
  /** Bounds the whole probe, all requests included. Default 10 s. */
  timeoutMs?: number;
  maxBytes?: Partial<Record<MediaKind, number>>;
  /** Replaces `safeFetch` (same contract). */
  fetchImpl?: SafeFetch;
}

/**
 * Throws `ProbeError` (with a `userMessage` naming the URL) when the URL cannot
 * be reached, answers non-2xx, is not an image / video / audio file, is over
 * the size cap for its kind, has no readable duration, or the probe times out.
 */
export async function probeMedia(url: string, opts: ProbeOptions = {}): Promise<ProbedMedia> {
  return (await probeMediaAndVersion(url, opts)).media;
}

const NO_VALIDATORS: FileValidators = { etag: null, lastModified: null, bytes: null, contentType: null };

/** `probeMedia`, plus the validators of the version it read (to cache the result under). */
export async function probeMediaAndVersion(url: string, opts: ProbeOptions = {}): Promise<{ media: ProbedMedia; validators: FileValidators }> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  const controller = new AbortController();
  const state: ProbeState = { kind: undefined, maxBytes: undefined, source: undefined };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = probeErrors.timeout(url, timeoutMs);
      controller.abort(error);
      reject(error);
    }, timeoutMs);
  });

  const fetchImpl = opts.fetchImpl ?? safeFetch;
  let validators: FileValidators | undefined;
  const fetchRange: RangeFetch = async (range) => {
    const res = await fetchImpl(url, {
      method: "GET",
      headers: range ? { range } : {},
      allowPrivate: opts.allowPrivate ?? false,
      timeoutMs: Math.max(1, deadline - Date.now()),
      signal: controller.signal,
    });
    if (!validators && (res.status === 200 || res.status === 206)) validators = validatorsOf(res);
    return res;
  };

  try {
    const media = await Promise.race([runProbe(url, fetchRange, { ...DEFAULT_MAX_BYTES, ...opts.maxBytes }, state), timedOut]);
    return { media, validators: validators ?? NO_VALIDATORS };
  } catch (err) {
    throw toProbeError(err, url, timeoutMs, controller.signal, state);
  } finally {
    clearTimeout(timer);
    void state.source?.close();
  }
}

interface ProbeState {
  kind: MediaKind | undefined;
  maxBytes: number | undefined;
  source: ByteSource | undefined;
}

async function runProbe(url: string, fetchRange: RangeFetch, maxBytes: Record<MediaKind, number>, state: ProbeState): Promise<ProbedMedia> {
  const opened = await openByteSource(fetchRange);
  if (opened instanceof Response) {
    await opened.body?.cancel().catch(() => undefined);
    if (opened.status === 416) throw probeErrors.empty(url);
    throw probeErrors.status(url, opened.status);
  }
  const source = opened;
  state.source = source;
  const contentType = mimeOf(source.contentType);
  if (source.head.length === 0) throw probeErrors.empty(url);

  const format = detectFormat(contentType, source.head, url);
  if (!format) throw probeErrors.unsupported(url, contentType);
  const limit = maxBytes[format.kind];
  state.kind = format.kind;
  state.maxBytes = limit;
  if (source.totalBytes !== undefined && source.totalBytes > limit) {
    throw probeErrors.oversize(url, format.kind, source.totalBytes, limit);
  }
  source.setLimit(limit);

  let durationSeconds: number | undefined;
  if (format.kind !== "image") {
    const seconds = await readDuration(source, format, limit);
    if (seconds === null) throw probeErrors.unreadableDuration(url, format.kind);
    durationSeconds = Math.round(seconds * 1000) / 1000;
  }
  const bytes = source.totalBytes ?? (await source.measure());

  return {
    url,
    kind: format.kind,
    ...(contentType ? { contentType } : {}),
    ...(bytes !== undefined ? { bytes } : {}),
    ...(durationSeconds !== undefined ? { durationSeconds } : {}),
  };
}

async function readDuration(source: ByteSource, format: MediaFormat, limit: number): Promise<number | null> {
  if (format.container === "isobmff") return readIsoBmffDuration(source);
  return readMetadataDuration(source, limit);
}

/**
 * The validators of the file as it is now, from a one-byte request; null when the server answers
 * with an error (the probe then says what is wrong). Throws `ProbeError` when it cannot be reached.
 */
export async function readValidators(url: string, opts: ProbeOptions = {}): Promise<FileValidators | null> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS;
  try {
    const res = await (opts.fetchImpl ?? safeFetch)(url, {
      method: "GET",
      headers: { range: "bytes=0-0" },
      allowPrivate: opts.allowPrivate ?? false,
      timeoutMs,
    });
    await res.body?.cancel().catch(() => undefined);
    return res.status === 200 || res.status === 206 ? validatorsOf(res) : null;
  } catch (err) {
    const notAborted = new AbortController().signal;
    throw toProbeError(err, url, timeoutMs, notAborted, { kind: undefined, maxBytes: undefined, source: undefined });
  }
}

function toProbeError(err: unknown, url: string, timeoutMs: number, signal: AbortSignal, state: ProbeState): ProbeError {
  if (err instanceof ProbeError) return err;
  if (err instanceof SourceLimitError) {
    return probeErrors.oversize(url, state.kind ?? "video", undefined, state.maxBytes ?? err.limit);
  }
  if (signal.aborted) return probeErrors.timeout(url, timeoutMs);
  if (err instanceof SourceReadError) return probeErrors.unreadableDuration(url, state.kind ?? "video", err);
  if (err instanceof OutboundFetchError) {
    switch (err.code) {
      case "private_address":
        return probeErrors.blocked(url, err);
      case "timeout":
        return probeErrors.timeout(url, timeoutMs);
      case "invalid_url":
      case "unsupported_scheme":
        return new ProbeError("invalid_url", url, err.message, { cause: err });
      default:
        // These messages are written by lib/adapters/net and safe to show.
        return new ProbeError("unreachable", url, err.message, { cause: err });
    }
  }
  return probeErrors.unreachable(url, err);
}
