// The behaviour every ObjectStorage driver must share; run once per driver.
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StorageError } from "@/lib/adapters/storage/errors";
import type { ObjectStorage } from "@/lib/adapters/storage/types";
import { collect, patternBuffer, patternSha256, patternStream, readAll, sha256Of } from "./bodies";

export interface ContractTarget {
  storage: ObjectStorage;
  cleanup(): Promise<void>;
}

async function expectStorageError(promise: Promise<unknown>, code: StorageError["code"]): Promise<void> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(StorageError);
  expect((err as StorageError).code).toBe(code);
}

export function describeStorageContract(label: string, start: () => Promise<ContractTarget>): void {
  describe(`ObjectStorage contract: ${label}`, () => {
    let target: ContractTarget;
    let storage: ObjectStorage;
    const SIZE = 3 * 1024 * 1024 + 123;

    beforeAll(async () => {
      target = await start();
      storage = target.storage;
    });
    afterAll(async () => {
      await target?.cleanup();
    });

    it("stores a streamed body and reads it back whole", async () => {
      const put = await storage.put("videos/t1/g1.mp4", patternStream(SIZE), { contentType: "video/mp4" });
      expect(put.bytes).toBe(SIZE);
      const got = await storage.get("videos/t1/g1.mp4");
      expect(got).not.toBeNull();
      expect(got!.bytes).toBe(SIZE);
      expect(got!.totalBytes).toBe(SIZE);
      expect(got!.contentType).toBe("video/mp4");
      expect(await sha256Of(got!.body)).toEqual({ sha256: patternSha256(SIZE), bytes: SIZE });
      expect(await storage.stat("videos/t1/g1.mp4")).toEqual({ bytes: SIZE, contentType: "video/mp4" });
    });

    it.each([
      [{ start: 0, end: 0 }, 0, 1],
      [{ start: 10, end: 19 }, 10, 10],
      [{ start: SIZE - 5, end: SIZE - 1 }, SIZE - 5, 5],
      [{ start: 1_000_000, end: 1_065_535 }, 1_000_000, 65_536],
      [{ start: SIZE - 3, end: SIZE + 1000 }, SIZE - 3, 3], // end clamped to the last byte
    ])("reads only the range %j", async (range, offset, length) => {
      const got = await storage.get("videos/t1/g1.mp4", range);
      expect(got!.bytes).toBe(length);
      expect(got!.totalBytes).toBe(SIZE);
      const data = await readAll(got!.body);
      expect(data.equals(patternBuffer(offset, length))).toBe(true);
    });

    it("refuses a range starting past the end", async () => {
      await expectStorageError(storage.get("videos/t1/g1.mp4", { start: SIZE, end: SIZE + 10 }), "invalid_range");
    });

    it("returns null for missing keys", async () => {
      expect(await storage.get("videos/t1/missing.mp4")).toBeNull();
      expect(await storage.stat("videos/t1/missing.mp4")).toBeNull();
      expect(await storage.stat("videos/t1")).toBeNull(); // a "directory" is not an object
    });

    it("overwrites the same key (a retried archive leaves no orphan)", async () => {
      await storage.put("videos/t1/g2.mp4", Readable.from([Buffer.from("first version")]), { contentType: "video/mp4" });
      await storage.put("videos/t1/g2.mp4", Readable.from([Buffer.from("second")]), { contentType: "video/webm" });
      const got = await storage.get("videos/t1/g2.mp4");
      expect((await readAll(got!.body)).toString()).toBe("second");
      expect(got!.contentType).toBe("video/webm");
      expect(await collect(storage.list("videos/t1/g2"))).toEqual(["videos/t1/g2.mp4"]);
    });

    it("stores an empty object", async () => {
      const put = await storage.put("misc/empty.bin", Readable.from([]), { contentType: "application/octet-stream" });
      expect(put.bytes).toBe(0);
      const got = await storage.get("misc/empty.bin");
      expect(got!.bytes).toBe(0);
      expect((await readAll(got!.body)).length).toBe(0);
    });

    it.each([
      ["shorter", 10, 11],
      ["longer", 12, 11],
    ])("keeps nothing when the body is %s than contentLength", async (_label, actual, declared) => {
      const key = `misc/length-${actual}.bin`;
      await expectStorageError(storage.put(key, Readable.from([patternBuffer(0, actual)]), { contentType: "x/y", contentLength: declared }), "length_mismatch");
      expect(await storage.stat(key)).toBeNull();
      expect(await collect(storage.list(key))).toEqual([]);
    });

    it("accepts a body matching contentLength", async () => {
      const put = await storage.put("misc/exact.bin", patternStream(1000), { contentType: "x/y", contentLength: 1000 });
      expect(put.bytes).toBe(1000);
    });

    it("rejects with the body's own error when the source fails, keeping nothing new", async () => {
      const key = "videos/t1/g3.mp4";
      await storage.put(key, Readable.from([Buffer.from("good old copy")]), { contentType: "video/mp4" });
      const failing = patternStream(2 * 1024 * 1024, { failAfter: 512 * 1024 });
      await expect(storage.put(key, failing, { contentType: "video/mp4" })).rejects.toThrow("source failed on purpose");
      const got = await storage.get(key);
      expect((await readAll(got!.body)).toString()).toBe("good old copy");
      await storage.delete(key);
      await expect(storage.put(key, patternStream(100_000, { failAfter: 65_536 }), { contentType: "video/mp4" })).rejects.toThrow();
      expect(await storage.stat(key)).toBeNull();
    });

    it("deletes idempotently", async () => {
      await storage.put("misc/del.bin", Readable.from([Buffer.from("x")]), { contentType: "x/y" });
      await storage.delete("misc/del.bin");
      expect(await storage.stat("misc/del.bin")).toBeNull();
      await expect(storage.delete("misc/del.bin")).resolves.toBeUndefined();
      await expect(storage.delete("never/existed.bin")).resolves.toBeUndefined();
    });

    it("lists by plain string prefix", async () => {
      for (const key of ["list/a/1.mp4", "list/a/2.mp4", "list/ab/3.mp4", "list/b/4.mp4", "list/a.mp4"]) {
        await storage.put(key, Readable.from([Buffer.from(key)]), { contentType: "video/mp4" });
      }
      const sorted = async (prefix: string) => (await collect(storage.list(prefix))).sort();
      expect(await sorted("list/a/")).toEqual(["list/a/1.mp4", "list/a/2.mp4"]);
      expect(await sorted("list/a")).toEqual(["list/a.mp4", "list/a/1.mp4", "list/a/2.mp4", "list/ab/3.mp4"]);
      expect(await sorted("list/")).toHaveLength(5);
      expect(await sorted("list/c")).toEqual([]);
      expect(await sorted("nothing-here/")).toEqual([]);
    });

    it.each(["../escape.mp4", "/abs/path.mp4", "videos/../../x", "videos/.hidden", "a//b"])("rejects the unsafe key %j in every method", async (key) => {
      await expectStorageError(storage.put(key, Readable.from([Buffer.from("x")]), { contentType: "x/y" }), "invalid_key");
      await expectStorageError(storage.get(key), "invalid_key");
      await expectStorageError(storage.stat(key), "invalid_key");
      await expectStorageError(storage.delete(key), "invalid_key");
      await expectStorageError(storage.signedUrl(key, { expiresInSeconds: 60 }), "invalid_key");
    });

    it("rejects an unsafe list prefix", async () => {
      await expectStorageError(collect(storage.list("../")), "invalid_key");
    });
  });
}
