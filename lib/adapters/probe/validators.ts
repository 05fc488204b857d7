// What identifies one version of a remote file: the HTTP validators (ETag, Last-Modified) plus
// its size and type. A probe is only as good as the version it read, so a cached probe is reused
// only for the same version.
import "server-only";
import { createHash } from "node:crypto";
import { mimeOf } from "@/lib/adapters/probe/sniff";

export interface FileValidators {
  etag: string | null;
  lastModified: string | null;
  /** The whole file's size (Content-Range total or Content-Length), when the server said. */
  bytes: number | null;
  contentType: string | null;
}

function parseTotal(contentRange: string | null): number | null {
  const m = /^bytes\s+\d+-\d+\/(\d+)$/i.exec(contentRange?.trim() ?? "");
  return m ? Number(m[1]) : null;
}

function parseLength(value: string | null): number | null {
  return value && /^\d+$/.test(value.trim()) ? Number(value) : null;
}

/** The validators of a 200 or 206 answer. */
export function validatorsOf(res: Response): FileValidators {
  const headers = res.headers;
  return {
    etag: headers.get("etag")?.trim() || null,
    lastModified: headers.get("last-modified")?.trim() || null,
    bytes: res.status === 206 ? parseTotal(headers.get("content-range")) : parseLength(headers.get("content-length")),
    contentType: mimeOf(headers.get("content-type")) ?? null,
  };
}

/**
 * A short fingerprint of the file's version, or null when the server names no version (neither
 * ETag nor Last-Modified): size and type alone cannot tell a same-sized replacement apart, so
 * such a file is probed every time rather than trusted from the cache.
 */
export function versionKey(validators: FileValidators): string | null {
  if (!validators.etag && !validators.lastModified) return null;
  const parts = [validators.etag, validators.lastModified, validators.bytes, validators.contentType].map((part) => String(part ?? ""));
  return createHash("sha256").update(parts.join("\n")).digest("hex").slice(0, 32);
}
