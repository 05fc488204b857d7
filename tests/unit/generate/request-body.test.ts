import { describe, expect, it } from "vitest";
import { publicCatalog } from "@/lib/rules/models/public";
import { validateGeneration } from "@/lib/rules/models/validate";
import { regionalModel } from "@/components/generate/catalog-view";
import { initialFormState, type FormState } from "@/components/generate/form-state";
import { buildRequestBody } from "@/components/generate/request-body";

const { models } = publicCatalog();
const modelById = (id: string) => regionalModel(models.find((m) => m.id === id)!, "singapore");

/** A form with every optional value set, so each model's body shows which fields it keeps. */
function everythingSet(model: string): FormState {
  return {
    ...initialFormState({ models, projectId: "p1", region: "singapore" }),
    model,
    prompt: "character1 waves",
    negativePrompt: "blurry",
    audioUrl: "https://cdn.example.com/track.mp3",
    seed: "42",
    size: "1280*720",
    resolution: "720P",
    ratio: "1:1",
    duration: 5,
    audio: false,
    shotType: "multi",
    promptExtend: true,
    watermark: true,
    references: [{ key: "a", url: "https://cdn.example.com/a.png", type: "image", voiceUrl: "https://cdn.example.com/v.wav", media: "image", label: "a.png" }],
  };
}

describe("buildRequestBody", () => {
  it("sends only the fields each model takes", () => {
    for (const model of models) {
      const body = buildRequestBody(everythingSet(model.id), regionalModel(model, model.regions[0].region));
      const optional = Object.keys(body).filter((key) => !["projectId", "model", "region", "prompt"].includes(key));
      for (const key of optional) expect(model.acceptedFields, `${model.id} got ${key}`).toContain(key);
    }
  });

  it("leaves out what the user did not set", () => {
    const state = { ...initialFormState({ models, projectId: "p1", region: "singapore" }), prompt: "a cat" };
    expect(buildRequestBody(state, modelById("wan2.6-t2v"))).toEqual({ projectId: "p1", model: "wan2.6-t2v", region: "singapore", prompt: "a cat" });
  });

  it("builds a wan2.6-t2v body the API accepts", () => {
    const body = buildRequestBody({ ...everythingSet("wan2.6-t2v"), prompt: "a cat", duration: 5 }, modelById("wan2.6-t2v"));
    expect(body).toMatchObject({ size: "1280*720", duration: 5, seed: 42, shotType: "multi", promptExtend: true, negativePrompt: "blurry" });
    expect(body).not.toHaveProperty("references");
    expect(body).not.toHaveProperty("audio");
    expect(validateGeneration(body).issues).toEqual([]);
  });

  it("sends audio only where silence is a choice (wan2.6-r2v-flash)", () => {
    expect(buildRequestBody(everythingSet("wan2.6-r2v-flash"), modelById("wan2.6-r2v-flash")).audio).toBe(false);
    expect(buildRequestBody(everythingSet("wan2.6-r2v"), modelById("wan2.6-r2v"))).not.toHaveProperty("audio");
  });

  it("keeps voice samples for wan2.7 only and never sends a fixed duration", () => {
    const wan27 = buildRequestBody(everythingSet("wan2.7-r2v"), modelById("wan2.7-r2v"));
    expect(wan27.references).toEqual([{ url: "https://cdn.example.com/a.png", type: "image", voiceUrl: "https://cdn.example.com/v.wav" }]);
    expect(wan27).toMatchObject({ resolution: "720P", ratio: "1:1" });
    const flash = buildRequestBody(everythingSet("wan2.6-r2v-flash"), modelById("wan2.6-r2v-flash"));
    expect(flash.references).toEqual([{ url: "https://cdn.example.com/a.png", type: "image" }]);
    const turbo = buildRequestBody(everythingSet("wan2.1-t2v-turbo"), modelById("wan2.1-t2v-turbo"));
    expect(turbo).not.toHaveProperty("duration");
  });

  it("passes a seed that is not a whole number on, so validation names the problem", () => {
    const body = buildRequestBody({ ...everythingSet("wan2.6-t2v"), seed: "4.5" }, modelById("wan2.6-t2v"));
    expect(body.seed).toBe("4.5");
    expect(validateGeneration(body).issues.map((issue) => issue.path)).toContain("seed");
  });
});
