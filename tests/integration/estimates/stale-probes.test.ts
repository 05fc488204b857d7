// A reference file replaced under the same URL (alice.mp4 uploaded again, 2 s then 9 s) is probed
// again: the estimate and the budget check price the new file, whatever validators the host sends.
// An unchanged file costs one one-byte request. Over real HTTP, on SQLite and PostgreSQL.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DB_KINDS, startApp, type TestApp } from "@/tests/support/app";
import { Client, uniqueEmail } from "@/tests/support/client";
import { mp4OfSeconds, startMediaHost, type HostedFile, type MediaHost } from "./media-host";

const TWO_SECONDS = mp4OfSeconds(2);
const NINE_SECONDS = mp4OfSeconds(9);

/** Versions of one file as three kinds of host label them (the bodies are the same size). */
const HOSTS: { label: string; first: Omit<HostedFile, "body">; second: Omit<HostedFile, "body"> }[] = [
  { label: "ETag", first: { etag: '"v1"' }, second: { etag: '"v2"' } },
  { label: "Last-Modified", first: { lastModified: "Mon, 01 Dec 2025 10:00:00 GMT" }, second: { lastModified: "Mon, 01 Dec 2025 10:05:00 GMT" } },
  { label: "no validators at all", first: {}, second: {} },
];

describe.each(DB_KINDS)("reference probes of replaced files on %s", (kind) => {
  let app: TestApp;
  let host: MediaHost;
  let client: Client;
  let projectId: string;
  let n = 0;

  beforeAll(async () => {
    host = await startMediaHost();
    app = await startApp(kind);
    client = new Client(app.url);
    ({ projectId } = await client.signUp("Probe Owner", uniqueEmail("probes")));
  });
  afterAll(async () => {
    await app?.stop();
    await host?.close();
  });
  beforeEach(() => host.reset());

  // wan2.6-r2v-flash, 720P with sound: 0.05 USD/s; one reference, so up to 5 s of its video is billed.
  const body = (url: string, prompt = "character1 waves at the camera") => ({
    projectId,
    model: "wan2.6-r2v-flash",
    region: "singapore",
    prompt,
    size: "1280*720",
    duration: 5,
    references: [{ url }],
  });
  const estimate = async (url: string, prompt?: string) => {
    const res = await client.json("/api/v1/estimates", { body: body(url, prompt) });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.estimate;
  };

  it.each(HOSTS)("estimates the new file after a replacement (host sends $label)", async ({ first, second }) => {
    const path = `/files/${n++}/alice.mp4`;
    host.put(path, { body: TWO_SECONDS, contentType: "video/mp4", ...first });
    const before = await estimate(host.url(path));
    expect(before.references[0]).toMatchObject({ type: "video", durationSeconds: 2, billedSeconds: 2 });
    expect(before).toMatchObject({ billedSeconds: 7, amount: "0.35" });

    host.put(path, { body: NINE_SECONDS, contentType: "video/mp4", ...second });
    const after = await estimate(host.url(path));
    expect(after.references[0]).toMatchObject({ type: "video", durationSeconds: 9, billedSeconds: 5 });
    expect(after).toMatchObject({ billedSeconds: 10, amount: "0.5" });
  });

  it("reuses the probe of an unchanged file after one one-byte request", async () => {
    const path = `/files/${n++}/bob.mp4`;
    host.put(path, { body: NINE_SECONDS, contentType: "video/mp4", etag: '"same"' });
    expect((await estimate(host.url(path))).references[0].durationSeconds).toBe(9);
    host.reset();
    expect((await estimate(host.url(path), "character1 turns around")).references[0].durationSeconds).toBe(9);
    expect(host.requests()).toEqual([`GET ${path} bytes=0-0`]);
  });

  it("checks the budget against the replaced file, not the cached probe", async () => {
    const path = `/files/${n++}/carol.mp4`;
    const put = await client.json("/api/v1/budgets", { method: "PUT", body: { projectId, currency: "USD", amount: "0.40" } });
    expect(put.status, JSON.stringify(put.body)).toBe(201);
    host.put(path, { body: TWO_SECONDS, contentType: "video/mp4", etag: '"v1"' });
    expect((await estimate(host.url(path))).amount).toBe("0.35"); // fits, and is now cached

    host.put(path, { body: NINE_SECONDS, contentType: "video/mp4", etag: '"v2"' });
    const submitted = await client.json("/api/v1/generations", { body: body(host.url(path)), headers: { "idempotency-key": `carol-${kind}` } });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(402);
    expect(submitted.body.error.code).toBe("budget_exceeded");
    const list = await client.json(`/api/v1/generations?projectId=${projectId}`);
    expect(list.body.items).toHaveLength(0);
  });
});
