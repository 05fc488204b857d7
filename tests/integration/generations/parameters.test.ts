// A generation made with the defaults still says what the provider made (and billed): the
// resource's `parameters` fill in every default, for the API and for the form alike.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DB_KINDS, startApp, type TestApp } from "@/tests/support/app";
import { Client, uniqueEmail } from "@/tests/support/client";

type Sample = { name: string; url: string };

describe.each(DB_KINDS)("effective parameters on %s (demo mode)", (kind) => {
  let app: TestApp;
  let c: Client;
  let projectId: string;
  let samples: Sample[];

  beforeAll(async () => {
    app = await startApp(kind);
    c = new Client(app.url);
    projectId = (await c.signUp("Paula Parameters", uniqueEmail("params"))).projectId;
    samples = (await c.json<{ samples: Sample[] }>("/api/v1/simulator/samples")).body.samples;
  });
  afterAll(async () => {
    await app?.stop();
  });

  const sample = (name: string) => samples.find((s) => s.name === name)!.url;

  async function createAndRead(body: Record<string, unknown>) {
    const created = await c.json("/api/v1/generations", { body: { projectId, region: "singapore", ...body } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const read = await c.json(`/api/v1/generations/${created.body.generation.id}`);
    expect(read.status).toBe(200);
    return { created: created.body.generation, read: read.body };
  }

  it("wan2.6-t2v with every default: 1920*1080, 5 s, and `request` stays the body as accepted", async () => {
    const { created, read } = await createAndRead({ model: "wan2.6-t2v", prompt: "A lighthouse at dusk" });
    expect(read.parameters).toEqual({ size: "1920*1080", duration: 5, audio: true, shotType: "single", promptExtend: true, watermark: false });
    expect(created.parameters).toEqual(read.parameters);
    expect(read.request).toEqual({ projectId, model: "wan2.6-t2v", region: "singapore", prompt: "A lighthouse at dusk" });
    expect(read.estimate).toMatchObject({ outputSeconds: 5, billedSeconds: 5 });
    const listed = (await c.json(`/api/v1/generations?projectId=${projectId}`)).body.items.find((g: { id: string }) => g.id === read.id);
    expect(listed.parameters).toEqual(read.parameters);
  });

  it("keeps what the request set", async () => {
    const { read } = await createAndRead({ model: "wan2.6-t2v", prompt: "A harbour", size: "1280*720", duration: 8, seed: 12 });
    expect(read.parameters).toEqual({ size: "1280*720", duration: 8, audio: true, shotType: "single", promptExtend: true, watermark: false, seed: 12 });
  });

  it("wan2.6-r2v-flash with defaults", async () => {
    const { read } = await createAndRead({
      model: "wan2.6-r2v-flash",
      prompt: "character1 waves",
      references: [{ url: sample("product.png"), type: "image" }],
    });
    expect(read.parameters).toEqual({ size: "1920*1080", duration: 5, audio: true, watermark: false });
  });

  it("wan2.7-r2v with defaults, and without ratio when a first frame sets the shape", async () => {
    const plain = await createAndRead({ model: "wan2.7-r2v", prompt: "Image 1 waves", references: [{ url: sample("product.png"), type: "image" }] });
    expect(plain.read.parameters).toEqual({ resolution: "1080P", ratio: "16:9", duration: 5, audio: true, promptExtend: true, watermark: false });
    const framed = await createAndRead({
      model: "wan2.7-r2v",
      prompt: "Image 1 walks in",
      references: [
        { url: sample("background.jpg"), type: "first_frame" },
        { url: sample("product.png"), type: "image" },
      ],
    });
    expect(framed.read.parameters).toEqual({ resolution: "1080P", duration: 5, audio: true, promptExtend: true, watermark: false });
  });

  it("the upload note in demo mode says the built-in simulator can read uploads", async () => {
    const res = await c.json("/api/v1/uploads?name=dot.png", { body: "not really a png", headers: { "content-type": "image/png" } });
    expect(res.status).toBe(201);
    expect(res.body.upload.reachable).toBe(false);
    expect(res.body.upload.note).toContain("only the built-in simulator can read them");
  });
});

describe("the upload note with a real provider key", () => {
  let app: TestApp;
  let c: Client;

  beforeAll(async () => {
    app = await startApp("sqlite", { DASHSCOPE_API_KEY: "sk-test-singapore", DASHSCOPE_REGION: "singapore", SIMULATOR: "off" });
    c = new Client(app.url);
    await c.signUp("Uma Uploader", uniqueEmail("upload"));
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("does not promise a simulator that is not running", async () => {
    const res = await c.json("/api/v1/uploads?name=dot.png", { body: "not really a png", headers: { "content-type": "image/png" } });
    expect(res.status).toBe(201);
    expect(res.body.upload.note).not.toMatch(/simulator/i);
    expect(res.body.upload.note).toContain("generations that use uploaded files will fail");
  });
});
