// Random-ish access to a remote file while reading as little as possible.
// With HTTP Range support any byte range can be fetched on demand; when the
// server ignores Range, the body is read forward once, bounded by a byte cap,
// and skipped-over data (e.g. a large mdat) is discarded rather than kept.
import "server-only";

/** Bytes read first: enough for every signature and most headers (incl. a faststart moov). */
export const HEAD_BYTES = 64 * 1024;
const MAX_RANGE_REQUESTS = 24;

export type RangeFetch = (rangeHeader: string | null) => Promise<Response>;

/** The stream ran past the byte cap for the media kind. */
export class SourceLimitError extends Error {
  constructor(readonly limit: number) {
    super(`more than ${limit} bytes`);
    this.name = "SourceLimitError";
  }
}

/** The file cannot be read as needed (bad range answer, rewind on a stream, too many requests). */
export class SourceReadError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "SourceReadError";
  }
}

export interface ByteSource {
  readonly head: Uint8Array;
  /** From Content-Range or Content-Length; undefined when the server did not say. */
  readonly totalBytes: number | undefined;
  readonly contentType: string | undefined;
  /** Bytes at [offset, offset + length); shorter only at the end of the file. */
  read(offset: number, length: number): Promise<Uint8Array>;
  /** Reads to the end to learn the size, within the limit. */
  measure(): Promise<number | undefined>;
  /** Caps the bytes this source may read from the network in total. */
  setLimit(maxBytes: number): void;
  close(): Promise<void>;
}

function parseContentRange(value: string | null): { start: number; total: number | undefined } | null {
  const m = /^bytes\s+(\d+)-(\d+)\/(\d+|\*)$/i.exec(value?.trim() ?? "");
  if (!m) return null;
  return { start: Number(m[1]), total: m[3] === "*" ? undefined : Number(m[3]) };
}

function parseLength(value: string | null): number | undefined {
  if (!value || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value);
}

function concat(chunks: Uint8Array[], length?: number): Uint8Array {
  const total = length ?? chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    if (at >= total) break;
    const part = c.subarray(0, Math.min(c.length, total - at));
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Reads up to `max` bytes from a body, then cancels the rest. */
export async function readAtMost(body: ReadableStream<Uint8Array> | null, max: number): Promise<Uint8Array> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    while (received < max) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.length;
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
  return concat(chunks, Math.min(received, max));
}

/**
 * Requests the first HEAD_BYTES with a Range header and returns a source that
 * fits how the server answered. Non-2xx responses are returned to the caller.
 */
export async function openByteSource(fetchRange: RangeFetch): Promise<ByteSource | Response> {
  const first = await fetchRange(`bytes=0-${HEAD_BYTES - 1}`);
  if (first.status === 206) {
    const range = parseContentRange(first.headers.get("content-range"));
    if (range && range.start === 0) {
      const head = await readAtMost(first.body, HEAD_BYTES);
      return new RangeSource(fetchRange, head, range.total, first.headers.get("content-type") ?? undefined);
    }
    // A partial answer that does not start at 0: ask again for the plain file.
    await first.body?.cancel().catch(() => undefined);
    return openStream(await fetchRange(null));
  }
  if (first.status === 200) return openStream(first);
  return first;
}

async function openStream(res: Response): Promise<ByteSource | Response> {
  if (res.status !== 200 || !res.body) return res;
  const source = new StreamSource(res.body.getReader(), parseLength(res.headers.get("content-length")), res.headers.get("content-type") ?? undefined);
  await source.fillHead();
  return source;
}

class RangeSource implements ByteSource {
  private requests = 1;
  private limit = Number.POSITIVE_INFINITY;
  private received: number;

  constructor(
    private readonly fetchRange: RangeFetch,
    readonly head: Uint8Array,
    readonly totalBytes: number | undefined,
    readonly contentType: string | undefined,
  ) {
    this.received = head.length;
  }

  setLimit(maxBytes: number): void {
    this.limit = maxBytes;
  }

  async read(offset: number, length: number): Promise<Uint8Array> {
    const end = Math.min(offset + length, this.totalBytes ?? Number.POSITIVE_INFINITY);
    if (end <= offset) return new Uint8Array(0);
    if (end <= this.head.length) return this.head.subarray(offset, end);
    if (this.received + (end - offset) > this.limit) throw new SourceLimitError(this.limit);
    if (++this.requests > MAX_RANGE_REQUESTS) throw new SourceReadError("too many range requests");

    const res = await this.fetchRange(`bytes=${offset}-${end - 1}`);
    const range = parseContentRange(res.headers.get("content-range"));
    if (res.status !== 206 || !range || range.start !== offset) {
      await res.body?.cancel().catch(() => undefined);
      throw new SourceReadError(`unexpected answer to a range request (HTTP ${res.status})`);
    }
    const bytes = await readAtMost(res.body, end - offset);
    this.received += bytes.length;
    return bytes;
  }

  async measure(): Promise<number | undefined> {
    return this.totalBytes;
  }

  async close(): Promise<void> {}
}

class StreamSource implements ByteSource {
  head: Uint8Array = new Uint8Array(0);
  private limit = Number.POSITIVE_INFINITY;
  /** Bytes pulled from the network so far. */
  private position = 0;
  /** Retained chunks, contiguous, covering [windowStart, position). */
  private window: Uint8Array[] = [];
  private windowStart = 0;
  private done = false;

  constructor(
    private readonly reader: ReadableStreamDefaultReader<Uint8Array>,
    readonly totalBytes: number | undefined,
    readonly contentType: string | undefined,
  ) {}

  setLimit(maxBytes: number): void {
    this.limit = maxBytes;
    if (this.position > maxBytes) throw new SourceLimitError(maxBytes);
  }

  async fillHead(): Promise<void> {
    while (this.position < HEAD_BYTES) {
      const chunk = await this.next();
      if (!chunk) break;
      this.window.push(chunk);
    }
    this.head = concat(this.window, Math.min(this.position, HEAD_BYTES));
  }

  /** The next chunk of the body, or null at its end. */
  private async next(): Promise<Uint8Array | null> {
    if (this.done) return null;
    const { done, value } = await this.reader.read();
    if (done) {
      this.done = true;
      return null;
    }
    this.position += value.length;
    if (this.position > this.limit) throw new SourceLimitError(this.limit);
    return value;
  }

  private dropBefore(offset: number): void {
    while (this.window.length > 0 && this.windowStart + this.window[0].length <= offset) {
      this.windowStart += this.window[0].length;
      this.window.shift();
    }
    if (this.window.length > 0 && offset > this.windowStart) {
      this.window[0] = this.window[0].subarray(offset - this.windowStart);
      this.windowStart = offset;
    }
  }

  async read(offset: number, length: number): Promise<Uint8Array> {
    const end = offset + length;
    if (end <= this.head.length) return this.head.subarray(offset, end);
    if (offset < this.windowStart) throw new SourceReadError("the file cannot be re-read without range support");

    this.dropBefore(offset);
    while (this.position < end) {
      const chunk = await this.next();
      if (!chunk) break;
      if (this.position <= offset) {
        this.windowStart = this.position; // skipped over, never kept
        continue;
      }
      this.window.push(chunk);
      this.dropBefore(offset);
    }
    if (this.position <= offset) return new Uint8Array(0);
    return concat(this.window, Math.min(end, this.position) - offset);
  }

  async measure(): Promise<number | undefined> {
    this.window = [];
    while (await this.next()) {
      this.windowStart = this.position;
    }
    return this.position;
  }

  async close(): Promise<void> {
    await this.reader.cancel().catch(() => undefined);
  }
}
