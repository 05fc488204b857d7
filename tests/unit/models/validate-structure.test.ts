// Structural rules (types, unknown fields, required fields), region availability and issue collection.
import { describe, expect, it } from "vitest";
import { generationRequestSchema } from "@/lib/rules/models/validate";
import { ALL_MODELS, issuesAt, validBody, validate } from "./fixtures";

describe("structure", () => {
  it.each(ALL_MODELS)("accepts the minimal %s body", (model) => {
    const result = validate(validBody(model));
    expect(result).toMatchObject({ ok: true, issues: [] });
    expect(result.request?.model).toBe(model);
  });

  it.each([null, "text", 42, [], true])("refuses a non-object body %j", (body) => {
    const result = validate(body);
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([{ path: "", message: "The request body must be a JSON object with projectId, model, region and prompt" }]);
  });

  it.each([
    ["projectId", "Project"],
    ["model", "Model"],
    ["region", "Region"],
    ["prompt", "Prompt"],
  ])("requires %s", (field, label) => {
    const body = validBody("wan2.6-t2v");
    delete body[field];
    const [message] = issuesAt(validate(body).issues, field);
    expect(message).toMatch(new RegExp(`^${label} is required`));
  });

  it.each(["fps", "negative_prompt", "reference_urls", "Model"])("refuses the unknown field %s", (field) => {
    const result = validate({ ...validBody("wan2.6-t2v"), [field]: 1 });
    expect(result.ok).toBe(false);
    expect(issuesAt(result.issues, field)[0]).toMatch(new RegExp(`^Unknown field "${field}"; accepted fields are projectId, model`));
  });

  it("refuses unknown fields inside a reference", () => {
    const body = { ...validBody("wan2.6-r2v"), references: [{ url: "https://cdn.example.com/a.mp4", type: "video", role: "hero" }] };
    expect(issuesAt(validate(body).issues, "references.0.role")).toEqual(['Reference 1 has an unknown field "role"; a reference takes url, type, voiceUrl']);
  });

  it("refuses an unknown model and lists the known ones", () => {
    const [message] = issuesAt(validate({ ...validBody("wan2.6-t2v"), model: "wan3-t2v" }).issues, "model");
    expect(message).toBe(
      'Model "wan3-t2v" is not known; choose one of: wan2.6-t2v, wan2.5-t2v-preview, wan2.2-t2v-plus, wan2.1-t2v-turbo, wan2.1-t2v-plus, wan2.6-r2v-flash, wan2.6-r2v, wan2.7-r2v',
    );
  });

  it("refuses the provider's beijing name as a public model id", () => {
    expect(validate({ ...validBody("wan2.1-t2v-plus"), model: "wanx2.1-t2v-plus" }).ok).toBe(false);
  });

  it("refuses an unknown region", () => {
    const [message] = issuesAt(validate({ ...validBody("wan2.6-t2v"), region: "frankfurt" }).issues, "region");
    expect(message).toBe('Region "frankfurt" is not known; choose singapore, virginia or beijing');
  });

  it.each([
    ["duration", "5", "Duration must be a whole number of seconds"],
    ["seed", "42", "Seed must be a whole number"],
    ["watermark", "yes", "Watermark must be true or false"],
    ["promptExtend", 1, "Prompt extend must be true or false"],
    ["references", "https://cdn.example.com/a.png", "References must be a list of {url, type?, voiceUrl?}"],
  ])("refuses %s of the wrong type", (field, value, message) => {
    const model = field === "references" ? "wan2.6-r2v" : "wan2.6-t2v";
    expect(issuesAt(validate({ ...validBody(model), [field]: value }).issues, field)).toEqual([message]);
  });

  it("names a reference's bad field by full path", () => {
    const body = { ...validBody("wan2.6-r2v"), references: [{ url: "https://cdn.example.com/a.mp4" }, { url: 7 }] };
    expect(issuesAt(validate(body).issues, "references.1.url")).toEqual(["Reference 2's URL must be a URL string"]);
  });

  it("refuses an unknown reference type", () => {
    const body = { ...validBody("wan2.6-r2v"), references: [{ url: "https://cdn.example.com/a.mp4", type: "audio" }] };
    expect(issuesAt(validate(body).issues, "references.0.type")[0]).toBe('Reference 1\'s type "audio" is not known; choose image, video or first_frame');
  });
});

describe("region availability", () => {
  it.each([
    ["wan2.7-r2v", "virginia", "Model wan2.7-r2v is not offered in virginia; choose singapore or beijing"],
    ["wan2.6-r2v-flash", "virginia", "Model wan2.6-r2v-flash is not offered in virginia; choose singapore or beijing"],
    ["wan2.5-t2v-preview", "virginia", "Model wan2.5-t2v-preview is not offered in virginia; choose singapore or beijing"],
    ["wan2.2-t2v-plus", "virginia", "Model wan2.2-t2v-plus is not offered in virginia; choose singapore or beijing"],
    ["wan2.1-t2v-turbo", "virginia", "Model wan2.1-t2v-turbo is not offered in virginia; choose singapore or beijing"],
    ["wan2.1-t2v-plus", "virginia", "Model wan2.1-t2v-plus is not offered in virginia; choose singapore or beijing"],
  ] as const)("%s in %s is refused", (model, region, message) => {
    expect(issuesAt(validate({ ...validBody(model), region }).issues, "region")).toEqual([message]);
  });

  it.each([
    ["wan2.6-t2v", "virginia"],
    ["wan2.6-r2v", "virginia"],
    ["wan2.1-t2v-turbo", "beijing"],
    ["wan2.7-r2v", "beijing"],
    ["wan2.7-r2v", "singapore"],
  ] as const)("%s in %s is accepted", (model, region) => {
    expect(validate(validBody(model, region)).ok).toBe(true);
  });
});

describe("every issue at once", () => {
  it("reports structural and catalog issues together", () => {
    const result = validate({
      ...validBody("wan2.2-t2v-plus"),
      prompt: "z".repeat(801),
      size: "1280*720",
      duration: 10,
      seed: "x",
      audio: false,
      bogus: true,
    });
    expect(result.issues.map((issue) => issue.path).sort()).toEqual(["audio", "bogus", "duration", "prompt", "seed", "size"]);
  });

  it("reports catalog issues when only bounds fail", () => {
    const result = validate({ ...validBody("wan2.6-r2v"), seed: -1, audio: false });
    expect(result.issues.map((issue) => issue.path).sort()).toEqual(["audio", "seed", "seed"]);
  });

  it("still reports 'not taken' for a malformed field the model does not take", () => {
    const result = validate({ ...validBody("wan2.6-t2v"), references: [{ url: 3 }] });
    expect(issuesAt(result.issues, "references")[0]).toContain("References are not taken by wan2.6-t2v");
  });
});

describe("generationRequestSchema", () => {
  it("parses a valid body", () => {
    expect(generationRequestSchema.safeParse(validBody("wan2.6-r2v-flash")).success).toBe(true);
  });

  it("applies the catalog rules", () => {
    const result = generationRequestSchema.safeParse({ ...validBody("wan2.6-r2v"), audio: false });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["audio", "Silent video is not available on wan2.6-r2v; choose wan2.6-r2v-flash or turn audio on"],
    ]);
  });

  it("is strict", () => {
    expect(generationRequestSchema.safeParse({ ...validBody("wan2.6-t2v"), extra: 1 }).success).toBe(false);
  });

  it("refuses private URLs by default", () => {
    const result = generationRequestSchema.safeParse({ ...validBody("wan2.6-t2v"), audioUrl: "http://10.0.0.1/a.mp3" });
    expect(result.error?.issues[0].path).toEqual(["audioUrl"]);
  });

  it("uses numeric path segments for references", () => {
    const body = { ...validBody("wan2.6-r2v"), references: [{ url: "http://127.0.0.1/a.mp4", type: "video" }] };
    expect(generationRequestSchema.safeParse(body).error?.issues[0].path).toEqual(["references", 0, "url"]);
  });
});
