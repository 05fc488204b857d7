// Duration of an MP4 / MOV file without downloading it: walk the top-level
// box headers (jumping over mdat, wherever moov sits), read only the moov box
// and let mp4box parse its mvhd.
import "server-only";
import { createFile, MP4BoxBuffer } from "mp4box";
import type { ByteSource } from "@/lib/adapters/probe/byte-source";

const MAX_TOP_LEVEL_BOXES = 64;
const MAX_FTYP_BYTES = 4096;
/** The moov children the duration depends on; metadata boxes (udta, meta…) are dropped. */
const DURATION_BOXES = new Set(["mvhd", "trak", "mvex"]);

interface BoxHeader {
  type: string;
  size: number; // whole box, header included
}

function readHeader(bytes: Uint8Array, offset: number, totalBytes: number | undefined): BoxHeader | null {
  if (bytes.length < 8) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let size = view.getUint32(0);
  const type = String.fromCharCode(...bytes.subarray(4, 8));
  if (!/^[\x20-\x7e]{4}$/.test(type)) return null;
  if (size === 1) {
    if (bytes.length < 16) return null;
    size = Number(view.getBigUint64(8));
    if (size < 16) return null;
  } else if (size === 0) {
    if (totalBytes === undefined) return null; // "to the end of the file" needs a known size
    size = totalBytes - offset;
  }
  return size >= 8 ? { type, size } : null;
}

/** A minimal ftyp for files that start without one (older QuickTime). */
function syntheticFtyp(): Uint8Array {
  const box = new Uint8Array(16);
  const view = new DataView(box.buffer);
  view.setUint32(0, 16);
  box.set([0x66, 0x74, 0x79, 0x70, 0x71, 0x74, 0x20, 0x20], 4); // "ftyp" "qt  "
  return box;
}

/**
 * A copy of `moov` holding only the boxes the duration needs, so vendor
 * metadata (common in phone recordings) is never parsed, nor logged as unknown.
 */
function essentialMoov(moov: Uint8Array): Uint8Array {
  const view = new DataView(moov.buffer, moov.byteOffset, moov.byteLength);
  let offset = view.getUint32(0) === 1 ? 16 : 8;
  const kept: Uint8Array[] = [];
  while (offset + 8 <= moov.length) {
    const header = readHeader(moov.subarray(offset, offset + 16), 0, moov.length - offset);
    if (!header || offset + header.size > moov.length) break;
    if (DURATION_BOXES.has(header.type)) kept.push(moov.subarray(offset, offset + header.size));
    offset += header.size;
  }
  const size = 8 + kept.reduce((n, b) => n + b.length, 0);
  const out = new Uint8Array(size);
  new DataView(out.buffer).setUint32(0, size);
  out.set([0x6d, 0x6f, 0x6f, 0x76], 4); // "moov"
  let at = 8;
  for (const box of kept) {
    out.set(box, at);
    at += box.length;
  }
  return out;
}

/** Seconds from a moov box (mvhd, or the fragment duration for fragmented files); null if absent. */
export function durationFromMoov(moov: Uint8Array, ftyp: Uint8Array | null): number | null {
  const prefix = ftyp ?? syntheticFtyp();
  const body = essentialMoov(moov);
  const joined = new Uint8Array(prefix.length + body.length);
  joined.set(prefix, 0);
  joined.set(body, prefix.length);

  const file = createFile();
  let ready = false;
  file.onReady = () => {
    ready = true;
  };
  file.onError = () => undefined;
  try {
    file.appendBuffer(MP4BoxBuffer.fromArrayBuffer(joined.buffer, 0));
    file.flush();
  } catch {
    return null;
  }
  if (!ready) return null;
  const info = file.getInfo();
  if (info.timescale > 0 && info.duration > 0) return info.duration / info.timescale;
  const fragment = info.fragment_duration;
  if (fragment && fragment.num > 0 && fragment.den > 0) return fragment.num / fragment.den;
  const trackSeconds = info.tracks.filter((t) => t.timescale > 0 && t.duration > 0).map((t) => t.duration / t.timescale);
  return trackSeconds.length > 0 ? Math.max(...trackSeconds) : null;
}

/** Walks top-level boxes of `source` to its moov and returns the duration in seconds, or null. */
export async function readIsoBmffDuration(source: ByteSource): Promise<number | null> {
  let offset = 0;
  let ftyp: Uint8Array | null = null;
  for (let i = 0; i < MAX_TOP_LEVEL_BOXES; i++) {
    if (source.totalBytes !== undefined && offset >= source.totalBytes) return null;
    const header = readHeader(await source.read(offset, 16), offset, source.totalBytes);
    if (!header) return null;

    if (header.type === "ftyp" && header.size <= MAX_FTYP_BYTES) {
      ftyp = await source.read(offset, header.size);
    } else if (header.type === "moov") {
      const moov = await source.read(offset, header.size);
      return moov.length === header.size ? durationFromMoov(moov, ftyp) : null;
    }
    offset += header.size;
  }
  return null;
}
