// The Transform every downloaded byte passes through: size limit, sha256, MP4 signature check.
import "server-only";
import { createHash, type Hash } from "node:crypto";
import { Transform, type TransformCallback } from "node:stream";
import { IngestError } from "@/lib/adapters/storage/ingest-errors";

/** Bytes needed to see an ISO-BMFF box header: 4-byte size, then the 4-byte type. */
const SIGNATURE_BYTES = 8;

/** True when `head` starts with an ISO-BMFF `ftyp` box (MP4, MOV, 3GP). */
export function looksLikeMp4(head: Uint8Array): boolean {
  if (head.length < SIGNATURE_BYTES) return false;
  const boxSize = new DataView(head.buffer, head.byteOffset, head.byteLength).getUint32(0);
  const type = String.fromCharCode(head[4], head[5], head[6], head[7]);
  // Size 1 means a 64-bit size follows; otherwise the box holds at least its own header.
  return type === "ftyp" && (boxSize === 1 || boxSize >= SIGNATURE_BYTES);
}

export class IngestMeter extends Transform {
  bytes = 0;
  private readonly hash: Hash = createHash("sha256");
  private held: Buffer[] | null;
  private heldBytes = 0;

  /**
   * @param maxBytes refuse the body once it grows past this (whatever the headers said)
   * @param requireMp4Signature hold the first bytes until an `ftyp` box is seen
   * @param declaredBytes Content-Length, when known: a body of another size is incomplete
   */
  constructor(
    private readonly maxBytes: number,
    requireMp4Signature: boolean,
    private readonly declaredBytes?: number,
  ) {
    super();
    this.held = requireMp4Signature ? [] : null;
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) {
      done(new IngestError("too_large", `body exceeded ${this.maxBytes} bytes`));
      return;
    }
    this.hash.update(chunk);
    if (this.held === null) {
      done(null, chunk);
      return;
    }
    // Hold the first bytes back until the signature can be checked, so nothing is stored before it.
    this.held.push(chunk);
    this.heldBytes += chunk.length;
    if (this.heldBytes < SIGNATURE_BYTES) {
      done();
      return;
    }
    const head = Buffer.concat(this.held);
    this.held = null;
    if (!looksLikeMp4(head)) {
      done(new IngestError("content_type", "octet-stream body is not an MP4 (no ftyp box)"));
      return;
    }
    done(null, head);
  }

  override _flush(done: TransformCallback): void {
    if (this.bytes === 0) {
      done(new IngestError("empty", "download had no body"));
      return;
    }
    if (this.declaredBytes !== undefined && this.bytes !== this.declaredBytes) {
      done(new IngestError("network", `body had ${this.bytes} bytes, Content-Length said ${this.declaredBytes}`));
      return;
    }
    if (this.held !== null) {
      done(new IngestError("content_type", "body too short to be an MP4"));
      return;
    }
    done();
  }

  /** Hex sha256 of every byte seen; call once, after the stream finished. */
  digest(): string {
    return this.hash.digest("hex");
  }
}
