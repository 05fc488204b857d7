import { describe, expect, it } from "vitest";
import { publicCatalog } from "@/lib/rules/models/public";
import { formReducer, guessMedia, initialFormState, labelOfUrl, type ReferenceDraft } from "@/components/generate/form-state";

const { models } = publicCatalog();
const reduce = formReducer(models);
const fresh = () => initialFormState({ models, projectId: "p1", region: "singapore" });
const ref = (key: string, extra: Partial<ReferenceDraft> = {}): ReferenceDraft => ({
  key,
  url: `https://x.test/${key}.png`,
  media: "image",
  label: key,
  ...extra,
});

describe("initialFormState", () => {
  it("starts on text-to-video with the first model of the region", () => {
    expect(fresh()).toMatchObject({ mode: "t2v", model: "wan2.6-t2v", region: "singapore", projectId: "p1", references: [] });
  });

  it("fills in from an earlier request (Use these settings)", () => {
    const state = initialFormState({
      models,
      projectId: "p1",
      region: "singapore",
      from: {
        model: "wan2.6-r2v-flash",
        region: "beijing",
        prompt: "character1 runs",
        duration: 7,
        audio: false,
        seed: 9,
        references: [{ url: "https://x.test/a.mp4" }],
      },
    });
    expect(state).toMatchObject({ mode: "r2v", model: "wan2.6-r2v-flash", region: "beijing", prompt: "character1 runs", duration: 7, audio: false, seed: "9" });
    expect(state.references[0]).toMatchObject({ url: "https://x.test/a.mp4", media: "video", label: "a.mp4" });
  });

  it("keeps the given region when the earlier one does not offer the model", () => {
    const state = initialFormState({ models, projectId: "p1", region: "singapore", from: { model: "wan2.7-r2v", region: "virginia", prompt: "x" } });
    expect(state.region).toBe("singapore");
  });
});

describe("formReducer", () => {
  it("switches mode to the default model of that kind", () => {
    expect(reduce(fresh(), { type: "mode", mode: "r2v" }).model).toBe("wan2.6-r2v-flash");
  });

  it("drops values the new model does not offer", () => {
    let state = reduce(fresh(), { type: "set", patch: { size: "1280*720", duration: 12 } });
    state = reduce(state, { type: "model", model: "wan2.2-t2v-plus" }); // 480P/1080P, fixed 5 s
    expect(state.size).toBeUndefined();
    expect(state.duration).toBeUndefined();
    state = reduce({ ...state, size: "1280*720", duration: 10 }, { type: "model", model: "wan2.5-t2v-preview" });
    expect(state).toMatchObject({ size: "1280*720", duration: 10 });
  });

  it("applies a region's overrides (wan2.6-r2v in virginia: 5 or 10 s)", () => {
    let state = reduce(reduce(fresh(), { type: "mode", mode: "r2v" }), { type: "model", model: "wan2.6-r2v" });
    state = reduce(state, { type: "set", patch: { duration: 7 } });
    expect(reduce(state, { type: "region", region: "virginia" })).toMatchObject({ region: "virginia", model: "wan2.6-r2v", duration: undefined });
  });

  it("picks another model when the region does not offer the current one", () => {
    const state = reduce(fresh(), { type: "model", model: "wan2.5-t2v-preview" });
    expect(reduce(state, { type: "region", region: "virginia" }).model).toBe("wan2.6-t2v");
  });

  it("clears the shot type when prompt extend goes off on wan2.6-t2v", () => {
    const state = reduce(fresh(), { type: "set", patch: { shotType: "multi" } });
    expect(reduce(state, { type: "set", patch: { promptExtend: false } }).shotType).toBeUndefined();
  });

  it("turns a first frame back into an image for models without first frames", () => {
    let state = reduce(reduce(fresh(), { type: "mode", mode: "r2v" }), { type: "model", model: "wan2.7-r2v" });
    state = reduce(state, { type: "addReference", reference: ref("a", { type: "first_frame" }) });
    expect(reduce(state, { type: "model", model: "wan2.6-r2v-flash" }).references[0].type).toBe("image");
  });

  it("renames the references in the prompt when the model changes", () => {
    let state = reduce(fresh(), { type: "mode", mode: "r2v" });
    state = reduce(state, { type: "addReference", reference: ref("person", { type: "video", media: "video" }) });
    state = reduce(state, { type: "addReference", reference: ref("mug", { type: "image" }) });
    state = reduce(state, { type: "set", patch: { prompt: "character1 picks up character2 and smiles" } });
    state = reduce(state, { type: "model", model: "wan2.7-r2v" });
    expect(state.prompt).toBe("Video 1 picks up Image 1 and smiles");
    state = reduce(state, { type: "model", model: "wan2.6-r2v" });
    expect(state.prompt).toBe("character1 picks up character2 and smiles");
  });

  it("uses the kinds the form shows (the estimate may know a file's kind) when renaming", () => {
    let state = reduce(reduce(fresh(), { type: "mode", mode: "r2v" }), {
      type: "addReference",
      reference: ref("clip", { url: "https://x.test/clip", media: "unknown" }),
    });
    state = reduce(state, { type: "set", patch: { prompt: "character1 dances" } });
    expect(reduce(state, { type: "model", model: "wan2.7-r2v", kinds: ["video"] }).prompt).toBe("Video 1 dances");
    expect(reduce(state, { type: "model", model: "wan2.7-r2v" }).prompt).toBe("Image 1 dances");
  });

  it("renames when a region change moves to another r2v model", () => {
    let state = reduce(reduce(fresh(), { type: "mode", mode: "r2v" }), { type: "model", model: "wan2.7-r2v" });
    state = reduce(state, { type: "addReference", reference: ref("person", { type: "video", media: "video" }) });
    state = reduce(state, { type: "set", patch: { prompt: "Video 1 waves" } });
    const moved = reduce(state, { type: "region", region: "virginia" });
    expect(moved.model).toBe("wan2.6-r2v");
    expect(moved.prompt).toBe("character1 waves");
  });

  it("adds, moves, updates and removes references", () => {
    let state = fresh();
    for (const key of ["a", "b", "c"]) state = reduce(state, { type: "addReference", reference: ref(key) });
    state = reduce(state, { type: "moveReference", key: "c", offset: -1 });
    expect(state.references.map((r) => r.key)).toEqual(["a", "c", "b"]);
    expect(reduce(state, { type: "moveReference", key: "a", offset: -1 })).toBe(state);
    state = reduce(state, { type: "updateReference", key: "b", patch: { voiceUrl: "https://x.test/v.wav" } });
    expect(state.references[2].voiceUrl).toBe("https://x.test/v.wav");
    state = reduce(state, { type: "removeReference", key: "a" });
    expect(state.references.map((r) => r.key)).toEqual(["c", "b"]);
  });
});

describe("guessMedia and labelOfUrl", () => {
  it.each([
    ["https://x.test/a/b/photo.JPG?sig=1", undefined, "image"],
    ["https://x.test/clip.mov", undefined, "video"],
    ["https://x.test/api/v1/uploads/1/file?sig=z", "video/mp4", "video"],
    ["https://x.test/file", undefined, "unknown"],
  ] as const)("%s → %s", (url, type, expected) => {
    expect(guessMedia(url, type)).toBe(expected);
  });

  it("labels a URL by its last path segment", () => {
    expect(labelOfUrl("https://cdn.test/people/alice%20smith.mp4?x=1")).toBe("alice smith.mp4");
    expect(labelOfUrl("https://cdn.test/")).toBe("cdn.test");
  });
});
