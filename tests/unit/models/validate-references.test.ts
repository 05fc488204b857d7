// Reference counts and kinds per model and region, first frames, voice samples, probes.
import { describe, expect, it } from "vitest";
import { R2V_MODELS, WAN26_R2V, issuesAt, probe, promptNaming, refs, validBody, validate } from "./fixtures";

type Kind = "image" | "video" | "first_frame";
const repeat = (kind: Kind, n: number): Kind[] => Array.from({ length: n }, () => kind);

function bodyWith(model: string, types: Kind[], region?: "virginia") {
  return { ...validBody(model, region), prompt: promptNaming(model, types), references: refs(...types) };
}

const WAN26_COUNTS: { images: number; videos: number; accepted: boolean }[] = [];
for (let images = 0; images <= 6; images++) {
  for (let videos = 0; videos <= 4; videos++) {
    const total = images + videos;
    WAN26_COUNTS.push({ images, videos, accepted: total >= 1 && total <= 5 && videos <= 3 });
  }
}

describe("wan2.6 reference counts", () => {
  const cases = WAN26_R2V.flatMap((model) => WAN26_COUNTS.map((c) => ({ model, ...c })));
  it.each(cases)("$model with $images images and $videos videos accepted: $accepted", ({ model, images, videos, accepted }) => {
    const types = [...repeat("image", images), ...repeat("video", videos)];
    expect(validate(bodyWith(model, types)).ok).toBe(accepted);
  });

  it("names the video limit", () => {
    const result = validate(bodyWith("wan2.6-r2v", repeat("video", 4)));
    expect(issuesAt(result.issues, "references")).toEqual(["Too many reference videos (4): wan2.6 models take at most 3"]);
  });

  it("names the total limit", () => {
    const result = validate(bodyWith("wan2.6-r2v-flash", [...repeat("image", 4), ...repeat("video", 2)]));
    expect(issuesAt(result.issues, "references")).toEqual(["Too many references (6): wan2.6 models take at most 5 — remove 1"]);
  });

  it("names the image limit", () => {
    const result = validate(bodyWith("wan2.6-r2v-flash", repeat("image", 6)));
    expect(issuesAt(result.issues, "references")).toContain("Too many reference images (6): wan2.6 models take at most 5");
  });

  it.each(R2V_MODELS)("%s needs at least one reference", (model) => {
    for (const references of [undefined, []]) {
      const result = validate({ ...validBody(model), prompt: "A garden", references });
      expect(result.ok).toBe(false);
      expect(issuesAt(result.issues, "references")[0]).toMatch(/^Add at least 1 reference: .* take?s? 1-5 references \(/);
    }
  });

  it.each(WAN26_R2V)("%s refuses a first_frame", (model) => {
    const result = validate(bodyWith(model, ["video", "first_frame"]));
    expect(issuesAt(result.issues, "references.1.type")).toEqual([
      `Reference 2 is a first frame, which ${model} does not take; use an image, or choose wan2.7-r2v`,
    ]);
  });
});

describe("virginia wan2.6-r2v: videos only", () => {
  it.each([
    [["video"], true],
    [["video", "video", "video"], true],
    [["video", "video", "video", "video"], false],
    [["image"], false],
    [["video", "image"], false],
  ] as [Kind[], boolean][])("%o accepted: %s", (types, accepted) => {
    expect(validate(bodyWith("wan2.6-r2v", types, "virginia")).ok).toBe(accepted);
  });

  it("explains the rule and points to other regions", () => {
    const result = validate(bodyWith("wan2.6-r2v", ["video", "image"], "virginia"));
    expect(issuesAt(result.issues, "references.1.type")).toEqual([
      "Reference 2 is an image, but wan2.6-r2v in virginia takes videos only; use a video, or choose singapore or beijing",
    ]);
  });

  it("uses the probe when type is absent", () => {
    const body = { ...validBody("wan2.6-r2v", "virginia"), references: [{ url: "https://cdn.example.com/x" }] };
    const probes = { "https://cdn.example.com/x": probe("https://cdn.example.com/x", "image") };
    expect(validate(body, { probes }).ok).toBe(false);
    expect(validate(body).ok).toBe(true); // unknown kind: count-by-kind rules skipped
  });
});

describe("wan2.7 media", () => {
  it.each([
    [["image"], true],
    [["video"], true],
    [["first_frame"], true],
    [["first_frame", "image", "video"], true],
    [["image", "image", "image", "image", "image"], true],
    [["video", "video", "video", "video", "video"], true],
    [["image", "image", "image", "image", "image", "video"], false],
    [["first_frame", "first_frame"], false],
    [["first_frame", "image", "first_frame"], false],
  ] as [Kind[], boolean][])("%o accepted: %s", (types, accepted) => {
    expect(validate(bodyWith("wan2.7-r2v", types)).ok).toBe(accepted);
  });

  it("explains the first-frame limit", () => {
    const result = validate(bodyWith("wan2.7-r2v", ["first_frame", "first_frame", "image"]));
    expect(issuesAt(result.issues, "references")).toEqual(["Too many first frames (2): wan2.7-r2v takes at most one — keep one"]);
  });
});

const VOICE = "https://cdn.example.com/bob.wav";

describe("voice samples", () => {
  it("accepts one voice on a wan2.7 reference and normalizes types", () => {
    const body = { ...validBody("wan2.7-r2v"), references: [{ url: "https://cdn.example.com/v.mp4", voiceUrl: VOICE }] };
    const probes = {
      "https://cdn.example.com/v.mp4": probe("https://cdn.example.com/v.mp4", "video"),
      [VOICE]: probe(VOICE, "audio", { durationSeconds: 4, bytes: 100_000, contentType: "audio/wav" }),
    };
    const result = validate(body, { probes });
    expect(result.issues).toEqual([]);
    expect(result.request?.references).toEqual([{ url: "https://cdn.example.com/v.mp4", type: "video", voiceUrl: VOICE }]);
  });

  it.each(WAN26_R2V)("%s refuses voiceUrl", (model) => {
    const body = { ...validBody(model), references: [{ url: "https://cdn.example.com/v.mp4", type: "video", voiceUrl: VOICE }] };
    expect(issuesAt(validate(body).issues, "references.0.voiceUrl")).toEqual([
      "Voice samples are taken only by wan2.7-r2v; remove the voice sample from Reference 1 or choose wan2.7-r2v",
    ]);
  });

  it("refuses a second voice sample", () => {
    const body = {
      ...validBody("wan2.7-r2v"),
      prompt: "Video 1 talks to Video 2",
      references: [
        { url: "https://cdn.example.com/a.mp4", type: "video", voiceUrl: VOICE },
        { url: "https://cdn.example.com/b.mp4", type: "video", voiceUrl: "https://cdn.example.com/other.mp3" },
      ],
    };
    const messages = issuesAt(validate(body).issues, "references.1.voiceUrl");
    expect(messages).toEqual(["One voice sample serves the whole video on wan2.7-r2v and Reference 1 already has one; remove the one on Reference 2"]);
  });

  it("refuses a voice on a first frame", () => {
    const body = {
      ...validBody("wan2.7-r2v"),
      references: [
        { url: "https://cdn.example.com/a.mp4", type: "video" },
        { url: "https://cdn.example.com/f.png", type: "first_frame", voiceUrl: VOICE },
      ],
    };
    expect(issuesAt(validate(body).issues, "references.1.voiceUrl")[0]).toContain("Reference 2 is a first frame, which cannot carry a voice sample");
  });

  it.each([
    [{ durationSeconds: 1 }, true],
    [{ durationSeconds: 10 }, true],
    [{ durationSeconds: 0.5 }, false],
    [{ durationSeconds: 10.5 }, false],
    [{ bytes: 15 * 1024 * 1024 }, true],
    [{ bytes: 15 * 1024 * 1024 + 1 }, false],
    [{ contentType: "audio/mpeg" }, true],
    [{ contentType: "audio/ogg" }, false],
  ] as const)("voice sample %o accepted: %s", (extra, accepted) => {
    const body = { ...validBody("wan2.7-r2v"), references: [{ url: "https://cdn.example.com/a.mp4", type: "video", voiceUrl: VOICE }] };
    const result = validate(body, { probes: { [VOICE]: probe(VOICE, "audio", extra) } });
    expect(result.ok).toBe(accepted);
    if (!accepted) expect(issuesAt(result.issues, "references.0.voiceUrl")).toHaveLength(1);
  });

  it("refuses a voice sample that is a video", () => {
    const body = { ...validBody("wan2.7-r2v"), references: [{ url: "https://cdn.example.com/a.mp4", type: "video", voiceUrl: VOICE }] };
    const result = validate(body, { probes: { [VOICE]: probe(VOICE, "video") } });
    expect(issuesAt(result.issues, "references.0.voiceUrl")).toEqual([
      "Reference 1's voice sample is a video, not audio; a voice sample must be a WAV or MP3 file",
    ]);
  });

  it("refuses a voice sample by extension when no probe is known", () => {
    const body = {
      ...validBody("wan2.7-r2v"),
      references: [{ url: "https://cdn.example.com/a.mp4", type: "video", voiceUrl: "https://cdn.example.com/v.ogg" }],
    };
    expect(issuesAt(validate(body).issues, "references.0.voiceUrl")[0]).toContain("must be WAV or MP3");
  });
});

describe("reference kinds from probes", () => {
  const url = "https://cdn.example.com/blob";

  it("refuses an audio file as a reference", () => {
    const body = { ...validBody("wan2.6-r2v"), references: [{ url }] };
    const result = validate(body, { probes: { [url]: probe(url, "audio") } });
    expect(issuesAt(result.issues, "references.0.url")).toEqual(["Reference 1 is an audio file; a reference must be an image or a video"]);
  });

  it("suggests voiceUrl on wan2.7", () => {
    const body = { ...validBody("wan2.7-r2v"), references: [{ url }] };
    const result = validate(body, { probes: { [url]: probe(url, "audio") } });
    expect(issuesAt(result.issues, "references.0.url")[0]).toContain("put a voice sample in voiceUrl instead");
  });

  it("refuses a declared type that contradicts the probe", () => {
    const body = { ...validBody("wan2.6-r2v"), references: [{ url, type: "image" }] };
    const result = validate(body, { probes: { [url]: probe(url, "video") } });
    expect(issuesAt(result.issues, "references.0.type")).toEqual(["Reference 1 is declared as an image but the file is a video; fix the type or leave it out"]);
  });

  it("counts probed videos against the video limit", () => {
    const urls = [0, 1, 2, 3].map((i) => `https://cdn.example.com/v${i}`);
    const probes = Object.fromEntries(urls.map((u) => [u, probe(u, "video")]));
    const body = { ...validBody("wan2.6-r2v"), prompt: "character1", references: urls.map((u) => ({ url: u })) };
    expect(issuesAt(validate(body, { probes }).issues, "references")).toEqual(["Too many reference videos (4): wan2.6 models take at most 3"]);
    expect(validate(body).ok).toBe(true);
  });

  it("returns the probed type in the normalized request", () => {
    const body = { ...validBody("wan2.6-r2v-flash"), references: [{ url }] };
    const result = validate(body, { probes: { [url]: probe(url, "image") } });
    expect(result.request?.references).toEqual([{ url, type: "image" }]);
  });

  it("leaves the type out when nothing is known", () => {
    const body = { ...validBody("wan2.6-r2v-flash"), references: [{ url }] };
    expect(validate(body).request?.references).toEqual([{ url }]);
  });
});

describe("audioUrl probes", () => {
  const track = "https://cdn.example.com/track.mp3";
  it.each([
    [{ durationSeconds: 3 }, true],
    [{ durationSeconds: 30 }, true],
    [{ durationSeconds: 2.9 }, false],
    [{ durationSeconds: 30.1 }, false],
    [{ bytes: 15 * 1024 * 1024 }, true],
    [{ bytes: 16 * 1024 * 1024 }, false],
    [{ contentType: "audio/wav" }, true],
    [{ contentType: "audio/aac" }, false],
  ] as const)("audio track %o accepted: %s", (extra, accepted) => {
    const body = { ...validBody("wan2.6-t2v"), audioUrl: track };
    expect(validate(body, { probes: { [track]: probe(track, "audio", extra) } }).ok).toBe(accepted);
  });

  it("explains an over-long track", () => {
    const body = { ...validBody("wan2.5-t2v-preview"), audioUrl: track };
    const result = validate(body, { probes: { [track]: probe(track, "audio", { durationSeconds: 31 }) } });
    expect(issuesAt(result.issues, "audioUrl")).toEqual(["Audio track is 31 s long; an audio track must be 3-30 s — trim it"]);
  });

  it.each([
    [12, 5, "only the first 5 s are used"],
    [3, 10, "the last 7 s will be silent"],
  ])("warns when a %i s track meets a %i s video", (seconds, duration, text) => {
    const body = { ...validBody("wan2.6-t2v"), audioUrl: track, duration };
    const result = validate(body, { probes: { [track]: probe(track, "audio", { durationSeconds: seconds }) } });
    expect(result.ok).toBe(true);
    expect(issuesAt(result.warnings, "audioUrl")[0]).toContain(text);
  });
});
