import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStorage } from "@/lib/adapters/storage";
import { LocalObjectStorage } from "@/lib/adapters/storage/local";
import { describeStorageContract } from "./helpers/contract";
import { patternSha256, patternStream, readAll, sha256Of } from "./helpers/bodies";

async function tempRoot(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), "reelroom-local-"));
}

describeStorageContract("local disk", async () => {
  const root = await tempRoot();
  return { storage: createStorage({ driver: "local", root }), cleanup: () => rm(root, { recursive: true, force: true }) };
});

describe("local storage specifics", () => {
  let root: string;
  let storage: LocalObjectStorage;

  beforeAll(async () => {
    root = await tempRoot();
    storage = new LocalObjectStorage({ root });
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("writes the object at root/<key> with a content-type sidecar", async () => {
    await storage.put("videos/t/g.mp4", Readable.from([Buffer.from("abc")]), { contentType: "video/mp4" });
    expect((await readdir(path.join(root, "videos", "t"))).sort()).toEqual(["g.mp4", "g.mp4.meta.json"]);
    expect(await storage.signedUrl("videos/t/g.mp4", { expiresInSeconds: 60 })).toBeNull();
  });

  it("leaves no temp file and no final file when the source fails mid-write", async () => {
    await expect(
      storage.put("videos/t/broken.mp4", patternStream(4 * 1024 * 1024, { failAfter: 1024 * 1024 }), {
        contentType: "video/mp4",
      }),
    ).rejects.toThrow("source failed on purpose");
    const names = await readdir(path.join(root, "videos", "t"));
    expect(names.filter((name) => name.includes("broken"))).toEqual([]);
  });

  it("stores a body spanning several early syncs byte for byte (fsync on)", async () => {
    const total = 80 * 1024 * 1024 + 12345;
    const stored = await storage.put("videos/t/large.mp4", patternStream(total), { contentType: "video/mp4" });
    expect(stored.bytes).toBe(total);
    const object = await storage.get("videos/t/large.mp4");
    expect(await sha256Of(object!.body)).toEqual({ sha256: patternSha256(total), bytes: total });
  });

  it("leaves nothing behind when the body fails after an early sync", async () => {
    await expect(
      storage.put("videos/t/late-fail.mp4", patternStream(64 * 1024 * 1024, { failAfter: 48 * 1024 * 1024 }), { contentType: "video/mp4" }),
    ).rejects.toThrow("source failed on purpose");
    const names = await readdir(path.join(root, "videos", "t"));
    expect(names.filter((name) => name.includes("late-fail"))).toEqual([]);
  });

  it("removes the temp file even when the body fails before the file finished opening", async () => {
    const dir = path.join(root, "videos", "early");
    // A body that already failed makes the pipeline fail while the temp file is still being opened.
    for (let i = 0; i < 50; i++) {
      const failing = new Readable({ read() {} });
      failing.destroy(new Error("failed at once"));
      await expect(storage.put(`videos/early/g${i}.mp4`, failing, { contentType: "video/mp4" })).rejects.toThrow();
    }
    expect(await readdir(dir)).toEqual([]);
  });

  it("hides the partial file under a temp name while the write is in flight", async () => {
    const body = new Readable({ read() {} });
    const pending = storage.put("videos/t/slow.mp4", body, { contentType: "video/mp4" });
    body.push(Buffer.alloc(1000, 1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const during = await readdir(path.join(root, "videos", "t"));
    expect(during).not.toContain("slow.mp4");
    expect(during.some((name) => name.startsWith(".slow.mp4.") && name.endsWith(".tmp"))).toBe(true);
    expect(await storage.stat("videos/t/slow.mp4")).toBeNull();
    body.push(null);
    await pending;
    expect((await readdir(path.join(root, "videos", "t"))).filter((n) => n.endsWith(".tmp"))).toEqual([]);
    expect(await storage.stat("videos/t/slow.mp4")).toEqual({ bytes: 1000, contentType: "video/mp4" });
  });

  it("falls back to the extension when the sidecar is missing or damaged", async () => {
    await writeFile(path.join(root, "videos", "t", "raw.mp4"), "x");
    expect(await storage.stat("videos/t/raw.mp4")).toEqual({ bytes: 1, contentType: "video/mp4" });
    await writeFile(path.join(root, "videos", "t", "raw.mp4.meta.json"), "{not json");
    const got = await storage.get("videos/t/raw.mp4");
    got?.body.destroy(); // only the metadata is needed; release the file handle
    expect(got?.contentType).toBe("video/mp4");
  });

  it("never lists sidecars or temp files", async () => {
    await writeFile(path.join(root, "videos", "t", ".orphan.mp4.1234.tmp"), "partial");
    const keys: string[] = [];
    for await (const key of storage.list("videos/")) keys.push(key);
    expect(keys.every((key) => !key.endsWith(".meta.json") && !key.endsWith(".tmp"))).toBe(true);
    expect(keys).toContain("videos/t/g.mp4");
  });

  it("keeps the old file readable through an open handle while it is replaced", async () => {
    await storage.put("videos/t/swap.mp4", Readable.from([Buffer.from("old-old-old")]), { contentType: "video/mp4" });
    const reading = await storage.get("videos/t/swap.mp4", { start: 4, end: 6 });
    await storage.put("videos/t/swap.mp4", Readable.from([Buffer.from("new")]), { contentType: "video/mp4" });
    expect((await readAll(reading!.body)).toString()).toBe("old");
    expect((await readAll((await storage.get("videos/t/swap.mp4"))!.body)).toString()).toBe("new");
  });

  it("does not follow a key into a directory", async () => {
    expect(await storage.get("videos/t")).toBeNull();
  });
});
