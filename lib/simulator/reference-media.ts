// Works out what a reference URL is (image / video / audio) and how long it lasts, as the provider
// would after downloading it. The simulator's own /media files are known without any request.
import { parseBuffer } from "music-metadata";
import type { MediaKind } from "@/lib/rules/models/types";
import { SIM_MEDIA } from "@/lib/simulator/media-manifest";

export type ReferenceKind = MediaKind | "unknown";

const KIND_BY_EXTENSION: Readonly<Record<string, MediaKind>> = {
  mp4: "video",
  mov: "video",
  webm: "video",
  mkv: "video",
  avi: "video",
  m4v: "video",
  png: "image",
  jpg: "image",
  jpeg: "image",
  webp: "image",
  bmp: "image",
  gif: "image",
  wav: "audio",
  mp3: "audio",
  m4a: "audio",
  aac: "audio",
  ogg: "audio",
};

const MAX_DOWNLOAD_BYTES = 40 * 1024 * 1024;

export function kindFromExtension(url: string): MediaKind | undefined {
  try {
    const pathname = new URL(url).pathname.toLowerCase();
    const ext = pathname.includes(".") ? pathname.slice(pathname.lastIndexOf(".") + 1) : "";
    return KIND_BY_EXTENSION[ext];
  } catch {
    return undefined;
  }
}

export function kindFromContentType(contentType: string | null | undefined): MediaKind | undefined {
  const type = (contentType ?? "").split(";")[0].trim().toLowerCase();
  if (type.startsWith("video/")) return "video";
  if (type.startsWith("image/")) return "image";
  if (type.startsWith("audio/")) return "audio";
  return undefined;
}

export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== "string") return false;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

export interface ReferenceResolverOptions {
  /** Origin of the simulator itself (http://127.0.0.1:PORT), whose /media files are known. */
  ownOrigin: () => string;
  timeoutMs: number;
  /** Aborted when the simulator closes, so no download outlives it. */
  signal: AbortSignal;
}

/** The cached answer for `key`, computing it on first use (one lookup per URL, even when asked in parallel). */
function oncePer<T>(cache: Map<string, Promise<T>>, key: string, compute: () => Promise<T>): Promise<T> {
  let pending = cache.get(key);
  if (!pending) {
    pending = compute();
    cache.set(key, pending);
  }
  return pending;
}

export class ReferenceResolver {
  private readonly kinds = new Map<string, Promise<ReferenceKind>>();
  private readonly durations = new Map<string, Promise<number>>();

  constructor(private readonly options: ReferenceResolverOptions) {}

  private ownAsset(url: string) {
    try {
      const parsed = new URL(url);
      const own = new URL(this.options.ownOrigin());
      const sameHost = parsed.port === own.port && ["127.0.0.1", "localhost", own.hostname].includes(parsed.hostname);
      if (!sameHost || !parsed.pathname.startsWith("/media/")) return undefined;
      return SIM_MEDIA[decodeURIComponent(parsed.pathname.slice("/media/".length))];
    } catch {
      return undefined;
    }
  }

  private signal(): AbortSignal {
    return AbortSignal.any([this.options.signal, AbortSignal.timeout(this.options.timeoutMs)]);
  }

  kindOf(url: string): Promise<ReferenceKind> {
    return oncePer(this.kinds, url, () => this.lookUpKind(url));
  }

  private async lookUpKind(url: string): Promise<ReferenceKind> {
    const own = this.ownAsset(url);
    if (own) return own.kind;
    const byExtension = kindFromExtension(url);
    if (byExtension) return byExtension;
    try {
      const response = await fetch(url, { method: "HEAD", signal: this.signal() });
      return kindFromContentType(response.headers.get("content-type")) ?? "unknown";
    } catch {
      return "unknown";
    }
  }

  /** Duration in seconds, 0 when it cannot be read. */
  durationOf(url: string): Promise<number> {
    return oncePer(this.durations, url, () => this.readDuration(url));
  }

  private async readDuration(url: string): Promise<number> {
    const own = this.ownAsset(url);
    if (own) return own.durationSeconds ?? 0;
    try {
      const response = await fetch(url, { signal: this.signal() });
      if (!response.ok) return 0;
      const declared = Number(response.headers.get("content-length") ?? "0");
      if (declared > MAX_DOWNLOAD_BYTES) return 0;
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (bytes.length > MAX_DOWNLOAD_BYTES) return 0;
      const mimeType = response.headers.get("content-type")?.split(";")[0] ?? undefined;
      const metadata = await parseBuffer(bytes, { mimeType, size: bytes.length }, { duration: true, skipCovers: true });
      const seconds = metadata.format.duration;
      return typeof seconds === "number" && Number.isFinite(seconds) ? seconds : 0;
    } catch {
      return 0;
    }
  }
}
