import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStorage, StorageError } from "@/lib/adapters/storage";
import { S3ObjectStorage, S3_PART_SIZE } from "@/lib/adapters/storage/s3";
import { describeStorageContract } from "./helpers/contract";
import { patternBuffer, patternSha256, patternStream, sha256Of } from "./helpers/bodies";
import { startS3, type RunningS3 } from "./helpers/s3-server";

describeStorageContract("S3 (s3rver)", async () => {
  const s3 = await startS3();
  const storage = createStorage(s3.config);
  return {
    storage,
    async cleanup() {
      (storage as S3ObjectStorage).destroy();
      await s3.close();
    },
  };
});

describe("S3 storage specifics", () => {
  let s3: RunningS3;
  let storage: S3ObjectStorage;
  const BIG = 20 * 1024 * 1024 + 4321; // three 8 MB parts, the last one partial
  const BIG_KEY = "videos/team-big/gen-big.mp4";

  beforeAll(async () => {
    s3 = await startS3();
    storage = new S3ObjectStorage(s3.config);
  });
  afterAll(async () => {
    storage?.destroy();
    await s3?.close();
  });

  it("uploads a ~20 MB stream as a multipart upload and reads it back intact", async () => {
    expect(S3_PART_SIZE).toBe(8 * 1024 * 1024);
    const eventsBefore = s3.events.length;
    const put = await storage.put(BIG_KEY, patternStream(BIG), { contentType: "video/mp4", contentLength: BIG });
    expect(put.bytes).toBe(BIG);
    // s3rver reports a completed multipart upload as "Post" and a single PutObject as "Put".
    expect(s3.events.slice(eventsBefore)).toEqual(["ObjectCreated:Post"]);
    expect(await storage.stat(BIG_KEY)).toEqual({ bytes: BIG, contentType: "video/mp4" });
    const got = await storage.get(BIG_KEY);
    expect(await sha256Of(got!.body)).toEqual({ sha256: patternSha256(BIG), bytes: BIG });
  });

  it("uses a single PutObject for a body under one part", async () => {
    const eventsBefore = s3.events.length;
    await storage.put("videos/small/one.mp4", patternStream(1000), { contentType: "video/mp4" });
    expect(s3.events.slice(eventsBefore)).toEqual(["ObjectCreated:Put"]);
  });

  it("aborts a multipart upload whose source fails after the first part, leaving no object", async () => {
    const key = "videos/team-big/broken.mp4";
    await expect(storage.put(key, patternStream(BIG, { failAfter: 10 * 1024 * 1024 }), { contentType: "video/mp4" })).rejects.toThrow(
      "source failed on purpose",
    );
    expect(await storage.stat(key)).toBeNull();
  });

  it("signs a GET URL that plain fetch can download, honouring Range", async () => {
    const url = await storage.signedUrl(BIG_KEY, { expiresInSeconds: 300 });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/reelroom-test\/videos\/team-big\/gen-big\.mp4\?/);
    const query = new URL(url!).searchParams;
    expect(query.get("X-Amz-Expires")).toBe("300");
    expect(query.get("X-Amz-Algorithm")).toBe("AWS4-HMAC-SHA256");
    expect(query.get("X-Amz-Credential")).toMatch(/^S3RVER\/\d{8}\/us-east-1\/s3\/aws4_request$/);
    expect(query.get("X-Amz-Signature")).toMatch(/^[0-9a-f]{64}$/);

    const whole = await fetch(url!);
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-type")).toBe("video/mp4");
    const bytes = Buffer.from(await whole.arrayBuffer());
    expect(bytes.length).toBe(BIG);
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(patternSha256(BIG));

    const partial = await fetch(url!, { headers: { Range: "bytes=8388600-8388615" } });
    expect(partial.status).toBe(206);
    expect(partial.headers.get("content-range")).toBe(`bytes 8388600-8388615/${BIG}`);
    expect(Buffer.from(await partial.arrayBuffer()).equals(patternBuffer(8_388_600, 16))).toBe(true);

    // (s3rver mishandles suffix ranges such as "bytes=-10", so the open-ended form is used here.)
    const tail = await fetch(url!, { headers: { Range: `bytes=${BIG - 10}-` } });
    expect(tail.status).toBe(206);
    expect(Buffer.from(await tail.arrayBuffer()).equals(patternBuffer(BIG - 10, 10))).toBe(true);
  });

  it("sets Content-Disposition when a download name is given", async () => {
    const url = await storage.signedUrl(BIG_KEY, { expiresInSeconds: 60, downloadName: "Sunset café.mp4" });
    const res = await fetch(url!, { headers: { Range: "bytes=0-0" } });
    expect(res.status).toBe(206);
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="Sunset caf_.mp4"; filename*=UTF-8''Sunset%20caf%C3%A9.mp4`);
    await res.arrayBuffer();
  });

  it.each([0, -1, 1.5, 7 * 24 * 3600 + 1])("refuses a signed URL lifetime of %s seconds", async (seconds) => {
    await expect(storage.signedUrl(BIG_KEY, { expiresInSeconds: seconds })).rejects.toBeInstanceOf(StorageError);
  });

  it("maps an unreachable endpoint to a clean StorageError", async () => {
    const offline = new S3ObjectStorage({ ...s3.config, endpoint: "http://127.0.0.1:9" });
    try {
      const err = await offline.stat("videos/x.mp4").then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(StorageError);
      expect((err as StorageError).code).toBe("unavailable");
      expect((err as StorageError).userMessage).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
    } finally {
      offline.destroy();
    }
  });
});
