// wan2.6 sends bare reference URLs, so a URL whose extension does not say what the file is (a PNG
// named .mp4, a video with no extension) may be read the other way by the provider: the estimate
// says so, naming the reference as the form does, with the cost either way. SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatMoney } from "@/lib/rules/billing/money";
import { DB_KINDS, startApp, type TestApp } from "@/tests/support/app";
import { Client, uniqueEmail } from "@/tests/support/client";
import { fixture, mp4OfSeconds, startMediaHost, type MediaHost } from "./media-host";

const usd = (amount: string) => formatMoney(BigInt(Math.round(Number(amount) * 1e6)), "USD");

describe.each(DB_KINDS)("references the provider may misread, on %s", (kind) => {
  let app: TestApp;
  let host: MediaHost;
  let client: Client;
  let projectId: string;

  beforeAll(async () => {
    host = await startMediaHost();
    // A static host types files by their name: the PNG named .mp4 is served as video/mp4.
    host.put("/cast/character.mp4", { body: fixture("image.png"), contentType: "video/mp4" });
    host.put("/cast/clip", { body: mp4OfSeconds(2), contentType: "video/mp4" });
    host.put("/cast/character.png", { body: fixture("image.png"), contentType: "image/png" });
    host.put("/cast/clip.mp4", { body: mp4OfSeconds(2), contentType: "video/mp4" });
    app = await startApp(kind);
    client = new Client(app.url);
    ({ projectId } = await client.signUp("Cast Owner", uniqueEmail("misread")));
  });
  afterAll(async () => {
    await app?.stop();
    await host?.close();
  });

  // 720P with sound at 0.05 USD/s; two references, so each video is billed at most 2.5 s.
  const body = (urls: string[], model = "wan2.6-r2v-flash") => ({
    projectId,
    model,
    region: "singapore",
    prompt: "character1 hands character2 a cup",
    size: "1280*720",
    duration: 5,
    references: urls.map((url) => ({ url })),
  });

  it("warns about each reference whose URL says another kind, with the estimate read either way", async () => {
    const res = await client.json("/api/v1/estimates", { body: body([host.url("/cast/character.mp4"), host.url("/cast/clip")]) });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    // As probed: an image (free) and a 2 s video → 5 + 2 = 7 s.
    expect(res.body.estimate).toMatchObject({ billedSeconds: 7, amount: "0.35" });
    expect(res.body.estimate.references.map((r: { type: string }) => r.type)).toEqual(["image", "video"]);

    const misread = res.body.warnings.filter((w: { path: string }) => w.path.endsWith(".url"));
    expect(misread).toEqual([
      {
        path: "references.0.url",
        message:
          `Reference 1 (character1) is an image but its URL ends in .mp4, so the provider may read it as a video: ` +
          `the estimate is ${usd("0.35")} (7 s billed) as an image and up to ${usd("0.475")} (9.5 s billed) as a video. ` +
          "A URL ending in .png or .jpg avoids the doubt.",
      },
      {
        path: "references.1.url",
        message:
          `Reference 2 (character2) is a video but its URL has no file extension, so the provider may read it as an image: ` +
          `the estimate is ${usd("0.35")} (7 s billed) as a video and ${usd("0.25")} (5 s billed) as an image. ` +
          "A URL ending in .mp4 or .mov avoids the doubt.",
      },
    ]);
  });

  it("says nothing when every extension matches its content", async () => {
    const res = await client.json("/api/v1/estimates", { body: body([host.url("/cast/character.png"), host.url("/cast/clip.mp4")]) });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.warnings.filter((w: { message: string }) => /may read it as/.test(w.message))).toEqual([]);
  });

  it("says nothing for wan2.7, which sends each reference's type", async () => {
    const res = await client.json("/api/v1/estimates", {
      body: { ...body([host.url("/cast/character.mp4"), host.url("/cast/clip")], "wan2.7-r2v"), size: undefined, prompt: "Image 1 hands Video 1 a cup" },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.warnings.filter((w: { message: string }) => /may read it as/.test(w.message))).toEqual([]);
  });
});
