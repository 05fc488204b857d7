// Deterministic test bodies generated on the fly, so large uploads need no fixture files.
import { createHash } from "node:crypto";
import { Readable } from "node:stream";

const CHUNK = 64 * 1024;

/** Byte i of every pattern body. Not all zeros, so misplaced ranges are caught. */
export function patternByte(i: number): number {
  return (i * 31 + (i >> 8)) & 0xff;
}

export function patternBuffer(start: number, length: number): Buffer {
  const buf = Buffer.allocUnsafe(length);
  for (let i = 0; i < length; i++) buf[i] = patternByte(start + i);
  return buf;
}

/** `total` pattern bytes in 64 KiB chunks; with `failAfter`, errors once that many bytes were sent. */
export function patternStream(total: number, opts: { failAfter?: number } = {}): Readable {
  // One precomputed block, repeated: the pattern has a period of 65536 bytes.
  const block = patternBuffer(0, CHUNK * 2);
  let sent = 0;
  return new Readable({
    read() {
      if (opts.failAfter !== undefined && sent >= opts.failAfter) {
        this.destroy(new Error("source failed on purpose"));
        return;
      }
      if (sent >= total) {
        this.push(null);
        return;
      }
      const size = Math.min(CHUNK, total - sent);
      const offset = sent % CHUNK;
      this.push(block.subarray(offset, offset + size));
      sent += size;
    },
  });
}

export function patternSha256(total: number): string {
  const hash = createHash("sha256");
  for (const chunk of chunksOf(total)) hash.update(chunk);
  return hash.digest("hex");
}

function* chunksOf(total: number): Generator<Buffer> {
  const block = patternBuffer(0, CHUNK * 2);
  for (let sent = 0; sent < total; sent += CHUNK) {
    const offset = sent % CHUNK;
    yield block.subarray(offset, offset + Math.min(CHUNK, total - sent));
  }
}

export async function readAll(body: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function sha256Of(body: Readable): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash("sha256");
  let bytes = 0;
  for await (const chunk of body) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest("hex"), bytes };
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
