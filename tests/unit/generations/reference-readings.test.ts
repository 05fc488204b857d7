// The rule for references the provider may read as the other kind (wan2.6 sends no type).
import { describe, expect, it } from "vitest";
import { estimateCost } from "@/lib/rules/billing/estimate";
import { formatMoney } from "@/lib/rules/billing/money";
import { misreadRisks, misreadWarnings } from "@/lib/services/generations/reference-readings";
import type { ProbedMedia, ReferenceType } from "@/lib/rules/models/types";

const image = (url: string): ProbedMedia => ({ url, kind: "image", contentType: "image/png" });
const video = (url: string, durationSeconds = 4): ProbedMedia => ({ url, kind: "video", contentType: "video/mp4", durationSeconds });
const probesOf = (...media: ProbedMedia[]) => Object.fromEntries(media.map((m) => [m.url, m]));
const request = (urls: string[], model = "wan2.6-r2v-flash") => ({ model, references: urls.map((url) => ({ url })) });

describe("misreadRisks", () => {
  it.each([
    ["a PNG named .mp4", image("https://cdn.example/a/character.mp4"), { content: "image", extension: ".mp4", readAs: "video" }],
    ["a video named .png", video("https://cdn.example/a/still.PNG"), { content: "video", extension: ".png", readAs: "image" }],
    ["a video with no extension", video("https://cdn.example/a/clip?sig=1"), { content: "video", extension: null, readAs: "image" }],
    ["an image with no extension", image("https://cdn.example/photo/123"), { content: "image", extension: null, readAs: "video" }],
    ["a video named like audio", video("https://cdn.example/a/take.wav"), { content: "video", extension: ".wav", readAs: "image" }],
  ] as const)("flags %s", (_, media, risk) => {
    expect(misreadRisks(request([media.url]), probesOf(media))).toEqual([{ index: 0, ...risk }]);
  });

  it.each([
    ["an image named .jpg", image("https://cdn.example/a/face.jpg")],
    ["a video named .mov", video("https://cdn.example/a/take.mov")],
    ["a video named .webm, extension in any case", video("https://cdn.example/a/take.WEBM")],
  ])("passes %s", (_, media) => {
    expect(misreadRisks(request([media.url]), probesOf(media))).toEqual([]);
  });

  it("only for models that send no type, and only for files that were probed", () => {
    const png = image("https://cdn.example/a/character.mp4");
    expect(misreadRisks(request([png.url], "wan2.7-r2v"), probesOf(png))).toEqual([]);
    expect(misreadRisks(request([png.url], "wan2.6-t2v"), probesOf(png))).toEqual([]);
    expect(misreadRisks(request([png.url]), {})).toEqual([]);
    expect(misreadRisks(request(["https://cdn.example/a/v.mp4", png.url]), probesOf(png)).map((r) => r.index)).toEqual([1]);
  });
});

describe("misreadWarnings", () => {
  const price = { unitPriceMicros: 50_000n, currency: "USD", source: "test" };
  const params = { tier: "720P" as const, outputSeconds: 5, audio: true };
  const costed = (urls: string[], probes: Record<string, ProbedMedia>) => (types: readonly ReferenceType[]) =>
    estimateCost(
      { kind: "r2v", params, references: urls.map((url, i) => ({ url, type: types[i], durationSeconds: probes[url]?.durationSeconds })) },
      price,
      "USD",
    );

  it("names the reference as the form does and prices both readings", () => {
    const urls = ["https://cdn.example/a/mug.png", "https://cdn.example/a/dancer"];
    const probes = probesOf(image(urls[0]), video(urls[1], 2));
    const warnings = misreadWarnings(request(urls), probes, ["image", "video"], costed(urls, probes));
    expect(warnings).toEqual([
      {
        path: "references.1.url",
        message:
          `Reference 2 (character2) is a video but its URL has no file extension, so the provider may read it as an image: ` +
          `the estimate is ${formatMoney(350_000n, "USD")} (7 s billed) as a video and ${formatMoney(250_000n, "USD")} (5 s billed) as an image. ` +
          "A URL ending in .mp4 or .mov avoids the doubt.",
      },
    ]);
  });

  it("gives the most an image read as a video could cost, and billed seconds alone without a price", () => {
    const urls = ["https://cdn.example/a/character.mp4"];
    const probes = probesOf(image(urls[0]));
    const withoutPrice = (types: readonly ReferenceType[]) =>
      estimateCost({ kind: "r2v", params, references: urls.map((url, i) => ({ url, type: types[i] })) }, null, "USD");
    const [warning] = misreadWarnings(request(urls), probes, ["image"], withoutPrice);
    expect(warning.message).toContain("the estimate is 5 s billed as an image and up to 10 s billed as a video");
    expect(warning.message).toMatch(/^Reference 1 \(character1\) is an image but its URL ends in \.mp4/);
  });

  it("is silent when nothing is in doubt", () => {
    const urls = ["https://cdn.example/a/mug.png"];
    expect(misreadWarnings(request(urls), probesOf(image(urls[0])), ["image"], costed(urls, {}))).toEqual([]);
  });
});
