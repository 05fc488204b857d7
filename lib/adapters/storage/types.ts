// Contract shared by every storage driver (local disk, S3-compatible).
import "server-only";
import type { Readable } from "node:stream";

export type StorageDriver = "local" | "s3";

/** Inclusive byte range, as in HTTP: `{ start: 0, end: 9 }` is the first 10 bytes. */
export interface ByteRange {
  start: number;
  end: number;
}

export interface PutOptions {
  contentType: string;
  /** When given, the write fails (and nothing is kept) unless exactly this many bytes arrive. */
  contentLength?: number;
}

export interface StoredObject {
  body: Readable;
  /** Bytes in `body` (the range length for a ranged read). */
  bytes: number;
  /** Size of the whole object. */
  totalBytes: number;
  contentType: string;
}

export interface ObjectInfo {
  bytes: number;
  contentType: string;
}

export interface SignedUrlOptions {
  expiresInSeconds: number;
  /** Suggested file name for the browser's "save as" (sets Content-Disposition: attachment). */
  downloadName?: string;
}

export interface ObjectStorage {
  readonly driver: StorageDriver;
  /**
   * Streams `body` under `key`, replacing any previous object only once the whole body arrived:
   * a failed or interrupted write leaves nothing new under the key.
   */
  put(key: string, body: Readable, opts: PutOptions): Promise<{ bytes: number }>;
  /** null when the key does not exist. A range must lie within the object (clamp with `parseRangeHeader`). */
  get(key: string, range?: ByteRange): Promise<StoredObject | null>;
  stat(key: string): Promise<ObjectInfo | null>;
  /** Idempotent: deleting a missing key succeeds. */
  delete(key: string): Promise<void>;
  /** Keys starting with `prefix` (plain string prefix, as in S3), in no guaranteed order. */
  list(prefix: string): AsyncIterable<string>;
  /** A short-lived GET URL the browser can use directly; null when the driver cannot sign (local). */
  signedUrl(key: string, opts: SignedUrlOptions): Promise<string | null>;
  /**
   * Removes what writes interrupted by a crash left under `prefix` (temp files on disk, incomplete
   * multipart uploads on S3) when nothing was written to them since `idleBefore`. A live write keeps
   * writing; one stalled that long fails (retryably) instead. Returns how many it removed.
   */
  removeAbandonedWrites(prefix: string, idleBefore: Date): Promise<number>;
}

export interface LocalStorageConfig {
  driver: "local";
  /** Directory holding the objects (created on first write). The app default is data/storage. */
  root: string;
  /** fsync each object before it becomes visible (default true: an archived video survives a power cut). */
  fsync?: boolean;
}

export interface S3StorageConfig {
  driver: "s3";
  bucket: string;
  /** Omit for AWS S3; set for Alibaba OSS, MinIO, R2 and other compatible services. */
  endpoint?: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** true for MinIO and most self-hosted services; false for OSS virtual-hosted style. */
  forcePathStyle: boolean;
}

export type StorageConfig = LocalStorageConfig | S3StorageConfig;
