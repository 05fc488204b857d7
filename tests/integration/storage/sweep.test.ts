// What a crash mid-write leaves behind (temp files on disk, incomplete multipart uploads on S3) is
// removed once idle since the cutoff; live writes, finished objects and other prefixes are kept.
import { randomUUID } from "node:crypto";
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { CreateMultipartUploadCommand, S3Client, UploadPartCommand } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalObjectStorage } from "@/lib/adapters/storage/local";
import { S3ObjectStorage } from "@/lib/adapters/storage/s3";
import { patternStream } from "./helpers/bodies";
import { startS3, type RunningS3 } from "./helpers/s3-server";

const TWO_MINUTES_AGO = new Date(Date.now() - 120_000);
const idleForAMinute = () => new Date(Date.now() - 60_000);

describe("local storage: removing abandoned writes", () => {
  let root: string;
  let storage: LocalObjectStorage;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "reelroom-sweep-"));
    storage = new LocalObjectStorage({ root });
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  async function orphan(dir: string, name: string, mtime = TWO_MINUTES_AGO): Promise<string> {
    await mkdir(path.join(root, dir), { recursive: true });
    const file = path.join(root, dir, name);
    await writeFile(file, "partial");
    await utimes(file, mtime, mtime);
    return name;
  }
  const namesIn = async (dir: string) => (await readdir(path.join(root, dir))).sort();

  it("removes idle temp files under the prefix, keeps a live write, finished objects and other files", async () => {
    await storage.put("videos/t/done.mp4", Readable.from([Buffer.from("done")]), { contentType: "video/mp4" });
    const live = new Readable({ read() {} });
    const writing = storage.put("videos/t/live.mp4", live, { contentType: "video/mp4" });
    live.push(Buffer.alloc(1000, 1));
    await expect.poll(async () => (await namesIn("videos/t")).some((n) => n.startsWith(".live.mp4."))).toBe(true);

    const dead = await orphan("videos/t", `.dead.mp4.${randomUUID()}.tmp`);
    const deadSidecar = await orphan("videos/t", `.dead.mp4.meta.json.${randomUUID()}.tmp`);
    await orphan("videos/t2", `.g.mp4.${randomUUID()}.tmp`);
    const notOurs = await orphan("videos/t", ".keep");
    const otherPrefix = await orphan("uploads/t", `.ref.png.${randomUUID()}.tmp`);

    expect(await storage.removeAbandonedWrites("videos/", idleForAMinute())).toBe(3);
    const left = await namesIn("videos/t");
    expect(left).not.toContain(dead);
    expect(left).not.toContain(deadSidecar);
    expect(await namesIn("videos/t2")).toEqual([]);
    expect(left).toEqual(expect.arrayContaining(["done.mp4", "done.mp4.meta.json", notOurs]));
    expect(left.filter((n) => n.startsWith(".live.mp4."))).toHaveLength(1);
    expect(await namesIn("uploads/t")).toEqual([otherPrefix]);

    live.push(null);
    await writing;
    expect(await storage.stat("videos/t/live.mp4")).toEqual({ bytes: 1000, contentType: "video/mp4" });
    expect(await storage.removeAbandonedWrites("uploads/", idleForAMinute())).toBe(1);
    expect(await namesIn("uploads/t")).toEqual([]);
  });

  it("keeps a temp file written to since the cutoff", async () => {
    const recent = await orphan("videos/r", `.g.mp4.${randomUUID()}.tmp`, new Date());
    expect(await storage.removeAbandonedWrites("videos/", idleForAMinute())).toBe(0);
    expect(await namesIn("videos/r")).toEqual([recent]);
  });
});

describe("S3 storage: aborting abandoned multipart uploads", () => {
  let s3: RunningS3;
  let storage: S3ObjectStorage;
  let client: S3Client;
  beforeAll(async () => {
    s3 = await startS3();
    storage = new S3ObjectStorage(s3.config);
    const { region, endpoint, forcePathStyle, accessKeyId, secretAccessKey } = s3.config;
    client = new S3Client({ region, endpoint, forcePathStyle, credentials: { accessKeyId, secretAccessKey } });
  });
  afterAll(async () => {
    client?.destroy();
    storage?.destroy();
    await s3?.close();
  });

  /** Starts a multipart upload with one part, as a crashed worker would leave it, dated `at`. */
  async function abandonedUpload(key: string, at: Date, partAt = at) {
    const { UploadId } = await client.send(new CreateMultipartUploadCommand({ Bucket: s3.config.bucket, Key: key }));
    await client.send(new UploadPartCommand({ Bucket: s3.config.bucket, Key: key, UploadId, PartNumber: 1, Body: Buffer.alloc(1024, 7) }));
    const stored = (await s3.incompleteUploads()).find((u) => u.uploadId === UploadId)!;
    await utimes(path.join(stored.dir, "key"), at, at);
    await utimes(path.join(stored.dir, "1"), partAt, partAt);
    return UploadId!;
  }

  it("aborts uploads idle since the cutoff under the prefix; keeps one still receiving parts and other prefixes", async () => {
    const dead = await abandonedUpload("videos/t/dead.mp4", TWO_MINUTES_AGO);
    const live = await abandonedUpload("videos/t/live.mp4", TWO_MINUTES_AGO, new Date());
    const foreign = await abandonedUpload("other-app/file.bin", TWO_MINUTES_AGO);

    expect(await storage.removeAbandonedWrites("videos/", idleForAMinute())).toBe(1);
    const left = (await s3.incompleteUploads()).map((u) => u.uploadId);
    expect(left).not.toContain(dead);
    expect(left).toEqual(expect.arrayContaining([live, foreign]));
    expect(await storage.removeAbandonedWrites("videos/", idleForAMinute())).toBe(0);
  });

  it("leaves no incomplete upload when a multipart put fails", async () => {
    const before = (await s3.incompleteUploads()).length;
    await expect(
      storage.put("videos/t/broken.mp4", patternStream(20 * 1024 * 1024, { failAfter: 10 * 1024 * 1024 }), { contentType: "video/mp4" }),
    ).rejects.toThrow("source failed on purpose");
    expect((await s3.incompleteUploads()).filter((u) => u.key === "videos/t/broken.mp4")).toEqual([]);
    expect((await s3.incompleteUploads()).length).toBe(before);
  });
});
