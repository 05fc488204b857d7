import http from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStorage, serveObject } from "@/lib/adapters/storage";
import type { ObjectStorage } from "@/lib/adapters/storage/types";
import { patternBuffer, patternStream } from "./helpers/bodies";

const SIZE = 1_000_000;
const KEY = "videos/team1/gen1.mp4";

describe("serveObject over HTTP (local storage)", () => {
  let root: string;
  let storage: ObjectStorage;
  let server: http.Server;
  let base: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "reelroom-serve-"));
    storage = createStorage({ driver: "local", root });
    await storage.put(KEY, patternStream(SIZE), { contentType: "video/mp4" });
    server = http.createServer(async (req, res) => {
      const served = await serveObject(storage, KEY.replace("gen1", req.url === "/missing" ? "nope" : "gen1"), {
        rangeHeader: req.headers.range ?? null,
        method: req.method === "HEAD" ? "HEAD" : "GET",
      });
      if (!served) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(served.status, served.headers);
      if (served.body) served.body.pipe(res);
      else res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await rm(root, { recursive: true, force: true });
  });

  it("serves the whole file with 200 and Accept-Ranges", async () => {
    const res = await fetch(`${base}/video`);
    expect(res.status).toBe(200);
    expect(res.headers.get("accept-ranges")).toBe("bytes");
    expect(res.headers.get("content-type")).toBe("video/mp4");
    expect(res.headers.get("content-length")).toBe(String(SIZE));
    expect(Buffer.from(await res.arrayBuffer()).equals(patternBuffer(0, SIZE))).toBe(true);
  });

  it.each([
    ["bytes=0-1023", 0, 1024],
    ["bytes=500000-", 500_000, SIZE - 500_000],
    ["bytes=-100", SIZE - 100, 100],
    ["bytes=999990-2000000", 999_990, 10],
  ])("answers %s with 206 and only those bytes", async (range, start, length) => {
    const res = await fetch(`${base}/video`, { headers: { Range: range } });
    expect(res.status).toBe(206);
    expect(res.headers.get("content-range")).toBe(`bytes ${start}-${start + length - 1}/${SIZE}`);
    expect(res.headers.get("content-length")).toBe(String(length));
    expect(Buffer.from(await res.arrayBuffer()).equals(patternBuffer(start, length))).toBe(true);
  });

  it("answers an unsatisfiable range with 416 and the size", async () => {
    const res = await fetch(`${base}/video`, { headers: { Range: `bytes=${SIZE}-` } });
    expect(res.status).toBe(416);
    expect(res.headers.get("content-range")).toBe(`bytes */${SIZE}`);
    expect((await res.arrayBuffer()).byteLength).toBe(0);
  });

  it("serves a multi-range request whole", async () => {
    const res = await fetch(`${base}/video`, { headers: { Range: "bytes=0-1,10-20" } });
    expect(res.status).toBe(200);
    expect((await res.arrayBuffer()).byteLength).toBe(SIZE);
  });

  it("answers HEAD with headers only", async () => {
    const res = await fetch(`${base}/video`, { method: "HEAD", headers: { Range: "bytes=0-9" } });
    expect(res.status).toBe(206);
    expect(res.headers.get("content-length")).toBe("10");
  });

  it("returns null (404) for a missing object", async () => {
    expect((await fetch(`${base}/missing`)).status).toBe(404);
  });
});
