import { describe, expect, it } from "vitest";
import { checkReferenceNaming, mentionedNames, referenceNames } from "@/lib/rules/models/references";
import type { ReferenceType } from "@/lib/rules/models/types";
import { T2V_MODELS, WAN26_R2V, issuesAt, refs, validBody, validate } from "./fixtures";

describe("referenceNames", () => {
  it.each(WAN26_R2V)("%s names references character1..N in list order", (model) => {
    expect(referenceNames(model, ["video", "image", "video", "image", "image"])).toEqual([
      "character1",
      "character2",
      "character3",
      "character4",
      "character5",
    ]);
  });

  it.each([
    [["image"], ["Image 1"]],
    [["video"], ["Video 1"]],
    [
      ["video", "image", "video", "image"],
      ["Video 1", "Image 1", "Video 2", "Image 2"],
    ],
    [
      ["first_frame", "image", "video"],
      [null, "Image 1", "Video 1"],
    ],
    [
      ["image", "first_frame", "image"],
      ["Image 1", null, "Image 2"],
    ],
  ] as [ReferenceType[], (string | null)[]][])("wan2.7-r2v names %o as %o", (types, names) => {
    expect(referenceNames("wan2.7-r2v", types)).toEqual(names);
  });

  it.each(T2V_MODELS)("%s names nothing", (model) => {
    expect(referenceNames(model, ["image"])).toEqual([null]);
  });
});

describe("mentionedNames", () => {
  it.each([
    ["Character2 sits by the window holding character3", ["character2", "character3"]],
    ["CHARACTER1 and character1 again", ["character1"]],
    ["character 4 waves", ["character4"]],
    ["character10 and character12", ["character10", "character12"]],
    ["no characters here, maincharacter1 is not a name", []],
  ])("wan2.6 finds names in %j", (prompt, names) => {
    expect(mentionedNames("wan2.6-r2v", prompt).map((mention) => mention.name)).toEqual(names);
  });

  it.each([
    ["Image 1 hands Video 1 a mug", ["Image 1", "Video 1"]],
    ["image 2 and VIDEO 3", ["Image 2", "Video 3"]],
    ["Video1 dances", ["Video 1"]],
    ["character1 waves", []],
  ])("wan2.7 finds names in %j", (prompt, names) => {
    expect(mentionedNames("wan2.7-r2v", prompt).map((mention) => mention.name)).toEqual(names);
  });
});

describe("checkReferenceNaming", () => {
  it("errors when the prompt names a missing character", () => {
    const result = checkReferenceNaming("wan2.6-r2v", "character1 greets character4", ["video", "video", "image"]);
    expect(result.issues).toEqual([
      { path: "prompt", message: "The prompt names character4 but there are only 3 references; add the reference or fix the name" },
    ]);
  });

  it("warns about each unnamed reference", () => {
    const result = checkReferenceNaming("wan2.6-r2v-flash", "character2 dances", ["video", "video", "image"]);
    expect(result.issues).toEqual([]);
    expect(result.warnings.map((warning) => warning.path)).toEqual(["references.0", "references.2"]);
    expect(result.warnings[0].message).toBe("Reference 1 is never named in the prompt; call it character1 so the model knows its role");
  });

  it.each([
    ["Video 2 waves", ["video", "image"], "The prompt names Video 2 but there is only 1 reference video; add the reference or fix the name"],
    ["Image 1 waves", ["video"], "The prompt names Image 1 but there are no reference images; add the reference or fix the name"],
    ["Image 3 waves", ["image", "image"], "The prompt names Image 3 but there are only 2 reference images; add the reference or fix the name"],
  ] as [string, ReferenceType[], string][])("wan2.7: %j with %o", (prompt, types, message) => {
    expect(checkReferenceNaming("wan2.7-r2v", prompt, types).issues).toEqual([{ path: "prompt", message }]);
  });

  it("does not ask to name a first frame", () => {
    const result = checkReferenceNaming("wan2.7-r2v", "Image 1 waves", ["first_frame", "image"]);
    expect(result).toEqual({ issues: [], warnings: [] });
  });

  it("is case-insensitive both ways", () => {
    expect(checkReferenceNaming("wan2.6-r2v", "Character1 and CHARACTER2", ["video", "image"])).toEqual({ issues: [], warnings: [] });
    expect(checkReferenceNaming("wan2.7-r2v", "image 1 and VIDEO 1", ["image", "video"])).toEqual({ issues: [], warnings: [] });
  });
});

describe("naming in validateGeneration", () => {
  it("refuses a request that names a missing reference", () => {
    const body = { ...validBody("wan2.6-r2v"), prompt: "character1 greets character4", references: refs("video", "video", "image") };
    const result = validate(body);
    expect(result.ok).toBe(false);
    expect(issuesAt(result.issues, "prompt")).toEqual(["The prompt names character4 but there are only 3 references; add the reference or fix the name"]);
  });

  it("accepts but warns when a reference is never named", () => {
    const body = { ...validBody("wan2.7-r2v"), prompt: "Video 1 waves", references: refs("video", "image") };
    const result = validate(body);
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      { path: "references.1", message: "Reference 2 is never named in the prompt; call it Image 1 so the model knows its role" },
    ]);
  });

  it("skips wan2.7 naming while a kind is unknown", () => {
    const body = { ...validBody("wan2.7-r2v"), prompt: "Video 3 waves", references: [{ url: "https://cdn.example.com/x" }] };
    expect(validate(body).ok).toBe(true);
  });

  it("checks wan2.6 naming even when kinds are unknown", () => {
    const body = { ...validBody("wan2.6-r2v"), prompt: "character2 waves", references: [{ url: "https://cdn.example.com/x" }] };
    expect(issuesAt(validate(body).issues, "prompt")[0]).toContain("The prompt names character2 but there is only 1 reference");
  });

  it.each(T2V_MODELS)("%s ignores character names in prompts", (model) => {
    expect(validate({ ...validBody(model), prompt: "character7 walks" }).ok).toBe(true);
  });
});
