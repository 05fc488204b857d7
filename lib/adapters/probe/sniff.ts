// What kind of media a URL holds: from the Content-Type, the file signature
// (first bytes) or the URL's extension.
import "server-only";
import { WAV_MP3_CONTENT_TYPES } from "@/lib/rules/models/rules-media";
import type { MediaKind } from "@/lib/rules/models/types";

/** The container format, which decides how the duration is read. */
export type Container =
  | "png"
  | "jpeg"
  | "gif"
  | "webp"
  | "bmp"
  | "tiff"
  | "heif"
  | "avif"
  | "isobmff" // MP4, MOV, M4V, M4A, 3GP
  | "matroska" // WebM, MKV
  | "avi"
  | "mpegts"
  | "flv"
  | "wav"
  | "mp3"
  | "aac"
  | "ogg"
  | "flac"
  | "aiff";

export interface MediaFormat {
  kind: MediaKind;
  container: Container | null;
}

const CONTENT_TYPE_CONTAINERS: Record<string, Container> = {
  "image/png": "png",
  "image/jpeg": "jpeg",
  "image/jpg": "jpeg",
  "image/gif": "gif",
  "image/webp": "webp",
  "image/bmp": "bmp",
  "image/tiff": "tiff",
  "image/heic": "heif",
  "image/heif": "heif",
  "image/avif": "avif",
  "video/mp4": "isobmff",
  "video/quicktime": "isobmff",
  "video/x-m4v": "isobmff",
  "video/3gpp": "isobmff",
  "application/mp4": "isobmff",
  "video/webm": "matroska",
  "video/x-matroska": "matroska",
  "video/x-msvideo": "avi",
  "video/mp2t": "mpegts",
  "video/x-flv": "flv",
  ...WAV_MP3_CONTENT_TYPES,
  "audio/aac": "aac",
  "audio/mp4": "isobmff",
  "audio/x-m4a": "isobmff",
  "audio/ogg": "ogg",
  "audio/flac": "flac",
  "audio/x-flac": "flac",
  "audio/aiff": "aiff",
  "audio/x-aiff": "aiff",
  "audio/webm": "matroska",
};

/** "video/mp4; codecs=…" → "video/mp4"; empty → undefined. */
export function mimeOf(contentType: string | null | undefined): string | undefined {
  const mime = contentType?.split(";")[0].trim().toLowerCase();
  return mime || undefined;
}

/** A media kind from the Content-Type, or null when it does not say (octet-stream, text, none). */
export function formatFromContentType(contentType: string | null | undefined): MediaFormat | null {
  const mime = mimeOf(contentType);
  if (!mime) return null;
  const container = CONTENT_TYPE_CONTAINERS[mime] ?? null;
  if (mime === "application/mp4") return { kind: "video", container };
  const top = mime.split("/")[0];
  if (top === "image" || top === "video" || top === "audio") return { kind: top, container };
  return null;
}

const ascii = (b: Uint8Array, start: number, end: number) => (end <= b.length ? String.fromCharCode(...b.subarray(start, end)) : "");
const u32le = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
const startsWith = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v);

const QUICKTIME_TOP_BOXES = new Set(["moov", "mdat", "wide", "free", "skip", "pnot"]);
const IMAGE_BRANDS: Record<string, Container> = {
  avif: "avif",
  avis: "avif",
  heic: "heif",
  heix: "heif",
  heim: "heif",
  heis: "heif",
  mif1: "heif",
  msf1: "heif",
};
const AUDIO_BRANDS = new Set(["M4A ", "M4B ", "M4P "]);
const BMP_HEADER_SIZES = new Set([12, 40, 52, 56, 64, 108, 124]);

/** The format from the file's first bytes, or null when no known signature matches. */
export function sniffSignature(b: Uint8Array): MediaFormat | null {
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: "image", container: "png" };
  if (startsWith(b, [0xff, 0xd8, 0xff])) return { kind: "image", container: "jpeg" };
  if (ascii(b, 0, 4) === "GIF8") return { kind: "image", container: "gif" };
  if (ascii(b, 0, 4) === "II*\0" || ascii(b, 0, 4) === "MM\0*") return { kind: "image", container: "tiff" };
  if (ascii(b, 0, 2) === "BM" && b.length >= 18 && BMP_HEADER_SIZES.has(u32le(b, 14))) {
    return { kind: "image", container: "bmp" };
  }

  if (ascii(b, 0, 4) === "RIFF") {
    const form = ascii(b, 8, 12);
    if (form === "WEBP") return { kind: "image", container: "webp" };
    if (form === "WAVE") return { kind: "audio", container: "wav" };
    if (form === "AVI ") return { kind: "video", container: "avi" };
    return null;
  }
  if (ascii(b, 0, 4) === "FORM" && (ascii(b, 8, 12) === "AIFF" || ascii(b, 8, 12) === "AIFC")) {
    return { kind: "audio", container: "aiff" };
  }

  const box = ascii(b, 4, 8);
  if (box === "ftyp") {
    const brand = ascii(b, 8, 12);
    if (IMAGE_BRANDS[brand]) return { kind: "image", container: IMAGE_BRANDS[brand] };
    if (AUDIO_BRANDS.has(brand)) return { kind: "audio", container: "isobmff" };
    return { kind: "video", container: "isobmff" };
  }
  if (QUICKTIME_TOP_BOXES.has(box) && b.length >= 8) return { kind: "video", container: "isobmff" };

  if (startsWith(b, [0x1a, 0x45, 0xdf, 0xa3])) return { kind: "video", container: "matroska" };
  if (ascii(b, 0, 3) === "FLV") return { kind: "video", container: "flv" };
  if (b[0] === 0x47 && b.length > 188 && b[188] === 0x47) return { kind: "video", container: "mpegts" };

  if (ascii(b, 0, 4) === "OggS") {
    const isTheora = ascii(b, 0, Math.min(b.length, 128)).includes("theora");
    return { kind: isTheora ? "video" : "audio", container: "ogg" };
  }
  if (ascii(b, 0, 4) === "fLaC") return { kind: "audio", container: "flac" };
  if (ascii(b, 0, 3) === "ID3") return { kind: "audio", container: "mp3" };
  if (b.length >= 2 && b[0] === 0xff && (b[1] & 0xe0) === 0xe0) {
    if ((b[1] & 0x06) === 0) return { kind: "audio", container: "aac" }; // ADTS: layer bits 00
    if (((b[1] >> 3) & 0x03) !== 0x01) return { kind: "audio", container: "mp3" }; // MPEG audio frame sync
  }
  return null;
}

const EXTENSIONS: Record<string, MediaFormat> = {
  png: { kind: "image", container: "png" },
  jpg: { kind: "image", container: "jpeg" },
  jpeg: { kind: "image", container: "jpeg" },
  gif: { kind: "image", container: "gif" },
  webp: { kind: "image", container: "webp" },
  bmp: { kind: "image", container: "bmp" },
  tif: { kind: "image", container: "tiff" },
  tiff: { kind: "image", container: "tiff" },
  heic: { kind: "image", container: "heif" },
  avif: { kind: "image", container: "avif" },
  mp4: { kind: "video", container: "isobmff" },
  m4v: { kind: "video", container: "isobmff" },
  mov: { kind: "video", container: "isobmff" },
  webm: { kind: "video", container: "matroska" },
  mkv: { kind: "video", container: "matroska" },
  avi: { kind: "video", container: "avi" },
  ts: { kind: "video", container: "mpegts" },
  flv: { kind: "video", container: "flv" },
  wav: { kind: "audio", container: "wav" },
  mp3: { kind: "audio", container: "mp3" },
  m4a: { kind: "audio", container: "isobmff" },
  aac: { kind: "audio", container: "aac" },
  ogg: { kind: "audio", container: "ogg" },
  oga: { kind: "audio", container: "ogg" },
  opus: { kind: "audio", container: "ogg" },
  flac: { kind: "audio", container: "flac" },
};

/** The format implied by the URL path's extension, if any. */
export function formatFromExtension(url: string): MediaFormat | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const match = /\.([a-z0-9]+)$/i.exec(path);
  return match ? (EXTENSIONS[match[1].toLowerCase()] ?? null) : null;
}

const GENERIC_BINARY_TYPES = new Set([
  "application/octet-stream",
  "binary/octet-stream",
  "application/binary",
  "application/x-download",
  "application/force-download",
  "application/unknown",
]);

/**
 * Kind by precedence (Content-Type, then signature, then extension). The
 * extension is trusted only when the server named no specific type, so an
 * HTML error page at ".../clip.mp4" is not taken for a video. An image
 * signature is never ambiguous, so where type and signature disagree about
 * image vs not (a PNG served as video/mp4 because it is named .mp4), the
 * bytes win; elsewhere the type may be the finer word (audio/webm). The
 * container prefers the signature, since that is what the parser will see.
 */
export function detectFormat(contentType: string | null | undefined, head: Uint8Array, url: string): MediaFormat | null {
  const byType = formatFromContentType(contentType);
  const bySignature = sniffSignature(head);
  const mime = mimeOf(contentType);
  const byExtension = !mime || GENERIC_BINARY_TYPES.has(mime) ? formatFromExtension(url) : null;
  const imageDisagreement = byType && bySignature && byType.kind !== bySignature.kind && (byType.kind === "image" || bySignature.kind === "image");
  const kind = imageDisagreement ? bySignature.kind : (byType?.kind ?? bySignature?.kind ?? byExtension?.kind);
  if (!kind) return null;
  const container = bySignature?.container ?? byType?.container ?? byExtension?.container ?? null;
  return { kind, container };
}
