// S3-compatible driver (AWS S3, Alibaba OSS, MinIO, R2): streaming multipart uploads, presigned GETs.
import "server-only";
import {
  AbortMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  paginateListObjectsV2,
  paginateListParts,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { Readable } from "node:stream";
import { StorageError, toStorageError } from "@/lib/adapters/storage/errors";
import { assertValidKey, assertValidPrefix, attachmentDisposition } from "@/lib/adapters/storage/keys";
import { assertValidContentLength, ByteCounter, ByteSlice, resolveRange, trackFirstError } from "@/lib/adapters/storage/streams";
import type { ByteRange, ObjectInfo, ObjectStorage, PutOptions, S3StorageConfig, SignedUrlOptions, StoredObject } from "@/lib/adapters/storage/types";

export const S3_PART_SIZE = 8 * 1024 * 1024;
export const S3_QUEUE_SIZE = 4;
/** SigV4 presigned URLs live at most 7 days. */
const MAX_SIGNED_URL_SECONDS = 7 * 24 * 3600;

function httpStatusOf(err: unknown): number | undefined {
  if (err instanceof S3ServiceException) return err.$metadata.httpStatusCode;
  return (err as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
}

function isNotFound(err: unknown): boolean {
  const name = (err as { name?: string } | null)?.name;
  return name === "NoSuchKey" || name === "NoSuchUpload" || name === "NotFound" || httpStatusOf(err) === 404;
}

interface IncompleteUpload {
  key: string;
  uploadId: string;
  initiated: number;
}

/** "bytes 0-9/1234" → { start: 0, total: 1234 } */
function parseContentRange(header: string | undefined): { start: number; total: number } | undefined {
  const match = header?.match(/^bytes\s+(\d+)-\d+\/(\d+)\s*$/);
  return match ? { start: Number(match[1]), total: Number(match[2]) } : undefined;
}

export class S3ObjectStorage implements ObjectStorage {
  readonly driver = "s3" as const;
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(config: Omit<S3StorageConfig, "driver">) {
    this.bucket = config.bucket;
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: config.forcePathStyle,
      credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
      // The newer default CRC checksums are not understood by every S3-compatible service (OSS, older MinIO).
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
  }

  async put(key: string, body: Readable, opts: PutOptions): Promise<{ bytes: number }> {
    assertValidKey(key);
    assertValidContentLength(opts.contentLength);
    const counter = new ByteCounter(opts.contentLength);
    const failedFirst = trackFirstError([body, counter]);
    // Errors from `body` reach the counter through pipe's error forwarding below.
    body.on("error", (err) => counter.destroy(err));
    body.pipe(counter);
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: key, Body: counter, ContentType: opts.contentType },
      partSize: S3_PART_SIZE,
      queueSize: S3_QUEUE_SIZE,
      // On failure the multipart upload is aborted, so no parts linger and nothing appears under the key.
      leavePartsOnError: false,
    });
    try {
      await upload.done();
      return { bytes: counter.bytes };
    } catch (err) {
      if (!body.destroyed) body.destroy();
      if (!counter.destroyed) counter.destroy();
      if (failedFirst() === body && body.errored) throw body.errored;
      if (counter.errored instanceof StorageError) throw counter.errored;
      throw toStorageError(err, "s3 upload");
    }
  }

  async get(key: string, range?: ByteRange): Promise<StoredObject | null> {
    assertValidKey(key);
    if (range) resolveRange(range, Number.MAX_SAFE_INTEGER); // shape check; the server checks the size
    try {
      const res = await this.client.send(
        new GetObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Range: range ? `bytes=${range.start}-${range.end}` : undefined,
        }),
      );
      if (!(res.Body instanceof Readable)) throw new StorageError("unavailable", "s3 body is not a Node stream");
      const contentType = res.ContentType ?? "application/octet-stream";
      const served = parseContentRange(res.ContentRange);
      const servedBytes = res.ContentLength ?? 0;
      const totalBytes = served?.total ?? servedBytes;
      if (!range) return { body: res.Body, bytes: servedBytes, totalBytes, contentType };
      const wanted = resolveRange(range, totalBytes);
      const bytes = wanted.end - wanted.start + 1;
      const servedStart = served?.start ?? 0;
      if (servedStart === wanted.start && servedBytes === bytes) return { body: res.Body, bytes, totalBytes, contentType };
      // The server ignored or widened the range: cut the requested bytes out of what it sent.
      if (servedStart > wanted.start) {
        res.Body.destroy();
        throw new StorageError("unavailable", "s3 server answered a different range");
      }
      const slice = new ByteSlice(wanted.start - servedStart, bytes);
      const source = res.Body;
      source.on("error", (err) => slice.destroy(err));
      slice.on("close", () => source.destroy());
      return { body: source.pipe(slice), bytes, totalBytes, contentType };
    } catch (err) {
      if (isNotFound(err)) return null;
      if (httpStatusOf(err) === 416) throw new StorageError("invalid_range", "s3 range not satisfiable", { cause: err });
      throw toStorageError(err, "s3 get");
    }
  }

  async stat(key: string): Promise<ObjectInfo | null> {
    assertValidKey(key);
    try {
      const res = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { bytes: res.ContentLength ?? 0, contentType: res.ContentType ?? "application/octet-stream" };
    } catch (err) {
      if (isNotFound(err)) return null;
      throw toStorageError(err, "s3 head");
    }
  }

  async delete(key: string): Promise<void> {
    assertValidKey(key);
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
    } catch (err) {
      if (isNotFound(err)) return;
      throw toStorageError(err, "s3 delete");
    }
  }

  async *list(prefix: string): AsyncIterable<string> {
    assertValidPrefix(prefix);
    try {
      const pages = paginateListObjectsV2({ client: this.client }, { Bucket: this.bucket, Prefix: prefix });
      for await (const page of pages) {
        for (const item of page.Contents ?? []) if (item.Key) yield item.Key;
      }
    } catch (err) {
      throw toStorageError(err, "s3 list");
    }
  }

  /** Incomplete multipart uploads keep their parts (and cost storage) until aborted. */
  async removeAbandonedWrites(prefix: string, idleBefore: Date): Promise<number> {
    assertValidPrefix(prefix);
    let removed = 0;
    try {
      for await (const upload of this.incompleteUploads(prefix)) {
        const lastActive = await this.lastActivity(upload);
        if (lastActive === null || lastActive >= idleBefore.getTime()) continue;
        try {
          await this.client.send(new AbortMultipartUploadCommand({ Bucket: this.bucket, Key: upload.key, UploadId: upload.uploadId }));
          removed++;
        } catch (err) {
          if (!isNotFound(err)) throw err; // completed or aborted meanwhile
        }
      }
    } catch (err) {
      throw toStorageError(err, "s3 sweep");
    }
    return removed;
  }

  private async *incompleteUploads(prefix: string): AsyncIterable<IncompleteUpload> {
    let markers: { KeyMarker?: string; UploadIdMarker?: string } = {};
    for (;;) {
      const page = await this.client.send(new ListMultipartUploadsCommand({ Bucket: this.bucket, Prefix: prefix, ...markers }));
      for (const u of page.Uploads ?? []) {
        if (u.Key && u.UploadId) yield { key: u.Key, uploadId: u.UploadId, initiated: u.Initiated?.getTime() ?? 0 };
      }
      if (!page.IsTruncated || !page.NextKeyMarker) return;
      markers = { KeyMarker: page.NextKeyMarker, UploadIdMarker: page.NextUploadIdMarker };
    }
  }

  /** When the upload last received a part (or started); null when it no longer exists. */
  private async lastActivity(upload: IncompleteUpload): Promise<number | null> {
    let latest = upload.initiated;
    try {
      for await (const page of paginateListParts({ client: this.client }, { Bucket: this.bucket, Key: upload.key, UploadId: upload.uploadId })) {
        for (const part of page.Parts ?? []) latest = Math.max(latest, part.LastModified?.getTime() ?? 0);
      }
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
    return latest;
  }

  async signedUrl(key: string, opts: SignedUrlOptions): Promise<string | null> {
    assertValidKey(key);
    const { expiresInSeconds, downloadName } = opts;
    if (!Number.isInteger(expiresInSeconds) || expiresInSeconds < 1 || expiresInSeconds > MAX_SIGNED_URL_SECONDS) {
      throw new StorageError("invalid_argument", `signed URL lifetime ${expiresInSeconds}s out of bounds`);
    }
    const command = new GetObjectCommand({
      Bucket: this.bucket,
      Key: key,
      ResponseContentDisposition: downloadName ? attachmentDisposition(downloadName) : undefined,
    });
    try {
      return await getSignedUrl(this.client, command, { expiresIn: expiresInSeconds });
    } catch (err) {
      throw toStorageError(err, "s3 presign");
    }
  }

  /** Releases the HTTP agent's sockets (tests, CLI scripts). */
  destroy(): void {
    this.client.destroy();
  }
}
