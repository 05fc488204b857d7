// Local-disk driver: one file per key under a root directory, content type in a sidecar file.
import "server-only";
import { randomUUID } from "node:crypto";
import { createWriteStream, fdatasync, type WriteStream } from "node:fs";
import { lstat, mkdir, open, readdir, readFile, rename, rm, stat, writeFile, type FileHandle } from "node:fs/promises";
import path from "node:path";
import { type Readable, Transform, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";
import { StorageError, toStorageError } from "@/lib/adapters/storage/errors";
import { assertValidKey, assertValidPrefix, contentTypeForKey } from "@/lib/adapters/storage/keys";
import { assertValidContentLength, ByteCounter, resolveRange, trackFirstError } from "@/lib/adapters/storage/streams";
import type { ByteRange, LocalStorageConfig, ObjectInfo, ObjectStorage, PutOptions, SignedUrlOptions, StoredObject } from "@/lib/adapters/storage/types";

const META_SUFFIX = ".meta.json";
/** `.<name>.<uuid>.tmp`, as `tempPathFor` makes them; group 1 is the name of the file being written. */
const TEMP_NAME = /^\.(.+)\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.tmp$/;
/**
 * Network chunks are ~64 KiB and each file write is a thread-pool round trip; a deep write buffer lets
 * chunks pile up while one write is in flight and go out together in a single writev.
 */
const WRITE_BUFFER_BYTES = 8 * 1024 * 1024;

/** With fsync on, written data is flushed to disk every this many bytes, not all at the end. */
const SYNC_EVERY_BYTES = 32 * 1024 * 1024;

/**
 * Starts an fdatasync of the file every SYNC_EVERY_BYTES while the body streams in, so the final
 * fsync (the stream's `flush`) finds little left to write instead of the whole file. One at a time.
 */
class RollingSync extends Transform {
  private sinceSync = 0;
  private syncing: Promise<void> | null = null;

  constructor(private readonly out: WriteStream) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.sinceSync += chunk.length;
    if (this.sinceSync >= SYNC_EVERY_BYTES && !this.syncing && typeof this.fdOf() === "number") {
      this.sinceSync = 0;
      const fd = this.fdOf() as number;
      // Failures are left to the final fsync, which reports them.
      this.syncing = new Promise<void>((resolve) => fdatasync(fd, () => resolve())).then(() => {
        this.syncing = null;
      });
    }
    done(null, chunk);
  }

  /** Set once the file is open (the typings omit it). */
  private fdOf(): number | undefined {
    return (this.out as WriteStream & { fd?: number | null }).fd ?? undefined;
  }

  override _flush(done: TransformCallback): void {
    // The file must stay open until an early sync on its descriptor has returned.
    if (this.syncing) void this.syncing.then(() => done());
    else done();
  }
}

interface Sidecar {
  contentType: string;
}

function isMissing(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR";
}

function tempPathFor(file: string, suffix = ""): string {
  // Same directory as the target, so the final rename is atomic; the leading dot hides it from list().
  return path.join(path.dirname(file), `.${path.basename(file)}${suffix}.${randomUUID()}.tmp`);
}

export class LocalObjectStorage implements ObjectStorage {
  readonly driver = "local" as const;
  private readonly root: string;
  private readonly fsync: boolean;

  constructor(config: Omit<LocalStorageConfig, "driver">) {
    this.root = path.resolve(config.root);
    this.fsync = config.fsync ?? true;
  }

  private pathFor(key: string): string {
    assertValidKey(key);
    const file = path.join(this.root, ...key.split("/"));
    // Defence in depth: validation already rules out traversal.
    if (!file.startsWith(this.root + path.sep)) throw new StorageError("invalid_key", "key escapes storage root");
    return file;
  }

  async put(key: string, body: Readable, opts: PutOptions): Promise<{ bytes: number }> {
    const file = this.pathFor(key);
    assertValidContentLength(opts.contentLength);
    const temp = tempPathFor(file);
    const counter = new ByteCounter(opts.contentLength);
    const failedFirst = trackFirstError([body, counter]);
    let out: WriteStream | undefined;
    try {
      await mkdir(path.dirname(file), { recursive: true });
      out = createWriteStream(temp, { flags: "wx", flush: this.fsync, highWaterMark: WRITE_BUFFER_BYTES });
      if (this.fsync) await pipeline(body, counter, new RollingSync(out), out);
      else await pipeline(body, counter, out);
      await rename(temp, file);
      await this.writeSidecar(file, { contentType: opts.contentType });
      if (this.fsync) await this.syncDirectory(path.dirname(file));
      return { bytes: counter.bytes };
    } catch (err) {
      // The file may still be opening when the pipeline fails: remove it only once the stream closed.
      if (out && !out.closed) await new Promise<void>((resolve) => out!.once("close", () => resolve()));
      await rm(temp, { force: true }).catch(() => undefined);
      if (!body.destroyed) body.destroy();
      // A failing source (e.g. a dropped download) is the caller's error, not a storage fault.
      if (failedFirst() === body && body.errored) throw body.errored;
      throw toStorageError(err, "local write");
    }
  }

  async get(key: string, range?: ByteRange): Promise<StoredObject | null> {
    const file = this.pathFor(key);
    let handle: FileHandle;
    try {
      handle = await open(file, "r");
    } catch (err) {
      if (isMissing(err)) return null;
      throw toStorageError(err, "local open");
    }
    try {
      // Size and bytes come from the same open file, even if a concurrent put renames a new one in.
      const info = await handle.stat();
      if (!info.isFile()) {
        await handle.close();
        return null;
      }
      const totalBytes = info.size;
      const contentType = await this.readContentType(file, key);
      if (range) {
        const { start, end } = resolveRange(range, totalBytes);
        const body = handle.createReadStream({ start, end });
        return { body, bytes: end - start + 1, totalBytes, contentType };
      }
      return { body: handle.createReadStream(), bytes: totalBytes, totalBytes, contentType };
    } catch (err) {
      await handle.close().catch(() => undefined);
      if (err instanceof StorageError) throw err;
      throw toStorageError(err, "local read");
    }
  }

  async stat(key: string): Promise<ObjectInfo | null> {
    const file = this.pathFor(key);
    try {
      const info = await stat(file);
      if (!info.isFile()) return null;
      return { bytes: info.size, contentType: await this.readContentType(file, key) };
    } catch (err) {
      if (isMissing(err)) return null;
      throw toStorageError(err, "local stat");
    }
  }

  async delete(key: string): Promise<void> {
    const file = this.pathFor(key);
    try {
      await rm(file, { force: true });
      await rm(file + META_SUFFIX, { force: true });
    } catch (err) {
      if (isMissing(err)) return;
      throw toStorageError(err, "local delete");
    }
  }

  async *list(prefix: string): AsyncIterable<string> {
    assertValidPrefix(prefix);
    for await (const { dirKey, name } of this.files(prefix)) {
      const key = dirKey + name;
      if (!name.startsWith(".") && !name.endsWith(META_SUFFIX) && key.startsWith(prefix)) yield key;
    }
  }

  async removeAbandonedWrites(prefix: string, idleBefore: Date): Promise<number> {
    assertValidPrefix(prefix);
    let removed = 0;
    for await (const { dirKey, name } of this.files(prefix)) {
      const target = TEMP_NAME.exec(name)?.[1];
      if (!target || !(dirKey + target).startsWith(prefix)) continue;
      const file = path.join(this.root, ...dirKey.split("/").filter(Boolean), name);
      try {
        // Every chunk written moves mtime, so an old mtime means the writer is gone.
        if ((await lstat(file)).mtimeMs >= idleBefore.getTime()) continue;
        await rm(file, { force: true });
        removed++;
      } catch (err) {
        if (!isMissing(err)) throw toStorageError(err, "local sweep");
      }
    }
    return removed;
  }

  /** Local files are served through the app (with Range support), never by URL. */
  async signedUrl(key: string, _opts?: SignedUrlOptions): Promise<string | null> {
    assertValidKey(key);
    return null;
  }

  /** Every file (temp files included) in the directories keys starting with `prefix` can live in. */
  private files(prefix: string): AsyncIterable<{ dirKey: string; name: string }> {
    return this.walk(prefix.slice(0, prefix.lastIndexOf("/") + 1), prefix);
  }

  private async *walk(dirKey: string, prefix: string): AsyncIterable<{ dirKey: string; name: string }> {
    const dir = path.join(this.root, ...dirKey.split("/").filter(Boolean));
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      if (isMissing(err)) return;
      throw toStorageError(err, "local list");
    }
    for (const entry of entries) {
      if (entry.isDirectory()) {
        const key = dirKey + entry.name;
        if (!entry.name.startsWith(".") && `${key}/`.startsWith(prefix)) yield* this.walk(`${key}/`, prefix);
      } else if (entry.isFile()) {
        yield { dirKey, name: entry.name };
      }
    }
  }

  private async writeSidecar(file: string, sidecar: Sidecar): Promise<void> {
    const temp = tempPathFor(file, META_SUFFIX);
    try {
      await writeFile(temp, JSON.stringify(sidecar), { flag: "wx" });
      await rename(temp, file + META_SUFFIX);
    } catch (err) {
      await rm(temp, { force: true }).catch(() => undefined);
      throw err;
    }
  }

  private async readContentType(file: string, key: string): Promise<string> {
    try {
      const parsed: unknown = JSON.parse(await readFile(file + META_SUFFIX, "utf8"));
      const contentType = (parsed as Partial<Sidecar> | null)?.contentType;
      if (typeof contentType === "string" && contentType) return contentType;
    } catch {
      // Missing or damaged sidecar: fall back to the extension.
    }
    return contentTypeForKey(key);
  }

  private async syncDirectory(dir: string): Promise<void> {
    // Makes the rename itself durable; not supported on every platform, so failures are ignored.
    const handle = await open(dir, "r").catch(() => null);
    if (!handle) return;
    await handle.sync().catch(() => undefined);
    await handle.close().catch(() => undefined);
  }
}
