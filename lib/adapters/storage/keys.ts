// Object keys: validation shared by all drivers, deterministic archive keys, content types.
import "server-only";
import { StorageError } from "@/lib/adapters/storage/errors";

const MAX_KEY_LENGTH = 1024;
const SEGMENT = /^[A-Za-z0-9_\-][A-Za-z0-9._\-]*$/;
/** Reserved by the local driver for its sidecar files; rejected everywhere so drivers behave alike. */
const RESERVED_SUFFIX = ".meta.json";

/**
 * Accepts `a/b/c.ext` style keys: relative, "/"-separated, no empty, "." or ".." segments,
 * no segment starting with "." (temp files), a conservative character set.
 */
export function assertValidKey(key: string): void {
  const fail = (why: string): never => {
    throw new StorageError("invalid_key", `invalid storage key (${why})`);
  };
  if (typeof key !== "string" || key.length === 0) fail("empty");
  if (key.length > MAX_KEY_LENGTH) fail("too long");
  if (key.startsWith("/") || /^[A-Za-z]:/.test(key)) fail("absolute path");
  if (key.includes("\\")) fail("backslash");
  if (key.endsWith(RESERVED_SUFFIX)) fail("reserved suffix");
  for (const segment of key.split("/")) {
    if (segment === "" || segment === "." || segment === "..") fail("empty or dot segment");
    if (!SEGMENT.test(segment)) fail("unsupported characters");
  }
}

export function isValidKey(key: string): boolean {
  try {
    assertValidKey(key);
    return true;
  } catch {
    return false;
  }
}

/** Prefixes may end with "/" or part of a segment; they must not escape the root either. */
export function assertValidPrefix(prefix: string): void {
  if (prefix === "") return;
  const trimmed = prefix.endsWith("/") ? prefix.slice(0, -1) : prefix;
  // A partial last segment such as "videos/te" is fine; check it as if it were complete.
  assertValidKey(trimmed.endsWith(".") ? `${trimmed}x` : trimmed);
}

/** Every key the app writes starts with one of these; storage sweeps look nowhere else (a bucket may be shared). */
export const APP_KEY_PREFIXES = ["videos/", "uploads/"] as const;

/**
 * One key per generation, so a retried archive overwrites the same object instead of leaving orphans.
 */
export function videoObjectKey(teamId: string, generationId: string): string {
  const key = `videos/${teamId}/${generationId}.mp4`;
  assertValidKey(key);
  return key;
}

/**
 * The poster beside the video: `<id>.poster-<hash>.jpg`. The content hash in the key makes every
 * poster URL immutable (served with a year-long cache and the hash as its ETag).
 */
export function posterObjectKey(teamId: string, generationId: string, contentHash: string): string {
  const key = `videos/${teamId}/${generationId}.poster-${contentHash}.jpg`;
  assertValidKey(key);
  return key;
}

/** The content hash in a poster key (its ETag and URL version), or null for any other key. */
export function posterVersion(key: string): string | null {
  return /\.poster-([0-9a-f]{8,64})\.jpg$/.exec(key)?.[1] ?? null;
}

const TYPES_BY_EXTENSION: Record<string, string> = {
  mp4: "video/mp4",
  mov: "video/quicktime",
  webm: "video/webm",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  webp: "image/webp",
  wav: "audio/wav",
  mp3: "audio/mpeg",
  json: "application/json",
  txt: "text/plain; charset=utf-8",
};

export function contentTypeForKey(key: string): string {
  const dot = key.lastIndexOf(".");
  const ext = dot >= 0 ? key.slice(dot + 1).toLowerCase() : "";
  return TYPES_BY_EXTENSION[ext] ?? "application/octet-stream";
}

/**
 * `attachment` disposition with an ASCII fallback name and the RFC 5987 UTF-8 form,
 * so non-ASCII titles survive and quotes or control characters cannot break the header.
 */
export function attachmentDisposition(downloadName: string): string {
  const cleaned = downloadName.replace(/[\u0000-\u001f\u007f/\\]/g, "").trim() || "download";
  const ascii = cleaned.replace(/[^\x20-\x7e]/g, "_").replace(/["%;]/g, "_");
  const encoded = encodeURIComponent(cleaned).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
