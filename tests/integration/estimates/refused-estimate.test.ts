// One invalid field does not blank the estimate: POST /estimates still answers 422 with the issues,
// and error.details.estimate holds what the valid parts decide (per-second price, each reference's
// length and billed seconds), null where the field at fault decides. SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DB_KINDS, startApp, type TestApp } from "@/tests/support/app";
import { Client, uniqueEmail } from "@/tests/support/client";
import { mp4OfSeconds, startMediaHost, type MediaHost } from "./media-host";

describe.each(DB_KINDS)("refused estimates on %s", (kind) => {
  let app: TestApp;
  let host: MediaHost;
  let client: Client;
  let projectId: string;
  let video: string;

  beforeAll(async () => {
    host = await startMediaHost();
    host.put("/cast/dancer.mp4", { body: mp4OfSeconds(4), contentType: "video/mp4", etag: '"d1"' });
    video = host.url("/cast/dancer.mp4");
    app = await startApp(kind);
    client = new Client(app.url);
    ({ projectId } = await client.signUp("Refused Owner", uniqueEmail("refused")));
  });
  afterAll(async () => {
    await app?.stop();
    await host?.close();
  });

  // wan2.7-r2v in Beijing: 1080P by default at 1.0 CNY/s; 2-15 s, but at most 10 s with a video.
  const wan27 = (extra: Record<string, unknown> = {}) => ({
    projectId,
    model: "wan2.7-r2v",
    region: "beijing",
    prompt: "Video 1 dances in the rain",
    duration: 15,
    references: [{ url: video }],
    ...extra,
  });
  const estimate = (body: unknown) => client.json("/api/v1/estimates", { body });

  it.each([
    ["found by the probe", undefined],
    ["declared", "video"],
  ])("wan2.7 at 15 s with a video (%s): 422 on duration, with the price and the reference's billed seconds", async (_, type) => {
    const res = await estimate(wan27({ references: [{ url: video, type }] }));
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("validation_failed");
    expect(res.body.error.issues.map((issue: { path: string }) => issue.path)).toContain("duration");
    expect(res.body.error.details.estimate).toEqual({
      inputVideoSeconds: 4,
      outputSeconds: null,
      billedSeconds: null,
      billedMs: null,
      unitPrice: "1",
      unitPriceMicros: "1000000",
      currency: "CNY",
      amount: null,
      amountMicros: null,
      priceKnown: true,
      priceSource: "official",
      references: [{ url: video, type: "video", durationSeconds: 4, billedSeconds: 4 }],
    });
  });

  it("leaves the price open when the size is wrong, and keeps the seconds", async () => {
    const res = await estimate({
      projectId,
      model: "wan2.6-r2v-flash",
      region: "singapore",
      prompt: "character1 waves",
      size: "1280x720",
      duration: 5,
      references: [{ url: video }],
    });
    expect(res.status).toBe(422);
    expect(res.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual(["size"]);
    expect(res.body.error.details.estimate).toMatchObject({
      outputSeconds: 5,
      inputVideoSeconds: 4,
      billedSeconds: 9,
      unitPrice: null,
      amount: null,
      priceKnown: null,
      currency: "USD",
      references: [{ url: video, type: "video", durationSeconds: 4, billedSeconds: 4 }],
    });
  });

  it("gives the whole estimate when the fault costs nothing (an empty prompt)", async () => {
    const res = await estimate({ projectId, model: "wan2.6-t2v", region: "singapore", prompt: "", size: "1280*720", duration: 5 });
    expect(res.status).toBe(422);
    expect(res.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual(["prompt"]);
    expect(res.body.error.details.estimate).toMatchObject({
      outputSeconds: 5,
      billedSeconds: 5,
      unitPrice: "0.1",
      amount: "0.5",
      currency: "USD",
      references: [],
    });
  });

  it("names an unreadable reference and still prices the others", async () => {
    const missing = host.url("/cast/missing.mp4");
    const res = await estimate(wan27({ duration: 5, prompt: "Video 1 dances with Video 2", references: [{ url: video }, { url: missing }] }));
    expect(res.status).toBe(422);
    expect(res.body.error.issues[0].path).toBe("references.1.url");
    expect(res.body.error.details.estimate).toMatchObject({
      outputSeconds: 5,
      inputVideoSeconds: null,
      billedSeconds: null,
      unitPrice: "1",
      // Two references: each video is billed at most 2.5 s.
      references: [
        { url: video, type: "video", durationSeconds: 4, billedSeconds: 2.5 },
        { url: missing, type: null, durationSeconds: null, billedSeconds: null },
      ],
    });
  });

  it("has no breakdown when the model is unknown, and submitting an invalid body is a plain 422", async () => {
    const unknown = await estimate(wan27({ model: "wan9-r2v" }));
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.details).toBeUndefined();

    const submitted = await client.json("/api/v1/generations", { body: wan27() });
    expect(submitted.status).toBe(422);
    expect(submitted.body.error.issues.map((issue: { path: string }) => issue.path)).toContain("duration");
    expect(submitted.body.error.details).toBeUndefined();
  });
});
