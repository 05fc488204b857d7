// Switching between r2v models renames the references in the prompt (character1 ↔ Image 1 / Video 1)
// and leaves every other word alone.
import { describe, expect, it } from "vitest";
import { checkReferenceNaming, referenceNames, renameReferenceMentions } from "@/lib/rules/models/references";
import type { ReferenceType } from "@/lib/rules/models/types";
import { R2V_MODELS, T2V_MODELS } from "./fixtures";

const PAIRS = R2V_MODELS.flatMap((from) => R2V_MODELS.map((to) => [from, to] as const));

/** Type lists each model can hold: mixed, reordered, repeated. */
const TYPE_LISTS: ReferenceType[][] = [
  ["image"],
  ["video"],
  ["image", "video"],
  ["video", "image"],
  ["video", "image", "video", "image"],
  ["image", "image", "video", "video", "image"],
  ["video", "video", "video"],
];

const takesFirstFrame = (model: string) => model === "wan2.7-r2v";
const asOn = (model: string, types: ReferenceType[]) => (takesFirstFrame(model) ? types : types.map((t) => (t === "first_frame" ? "image" : t)));

function promptNamingAll(model: string, types: ReferenceType[]): string {
  const names = referenceNames(model, types).filter((name): name is string => name !== null);
  return `Opening shot. ${names.join(" then ")}, all in warm light.`;
}

describe("renameReferenceMentions over every r2v model pair", () => {
  const cases = PAIRS.flatMap(([from, to]) => TYPE_LISTS.map((types) => ({ from, to, types })));

  it.each(cases)("$from → $to with $types: every reference still named, nothing else changed", ({ from, to, types }) => {
    const prompt = promptNamingAll(from, types);
    const renamed = renameReferenceMentions(prompt, types, from, to);
    expect(checkReferenceNaming(to, renamed, asOn(to, types))).toEqual({ issues: [], warnings: [] });
    const toNames = referenceNames(to, asOn(to, types)).filter((name): name is string => name !== null);
    expect(renamed).toBe(`Opening shot. ${toNames.join(" then ")}, all in warm light.`);
  });

  it.each(cases)("$from → $to → $from with $types gives the prompt back", ({ from, to, types }) => {
    const prompt = promptNamingAll(from, types);
    expect(renameReferenceMentions(renameReferenceMentions(prompt, types, from, to), types, to, from)).toBe(prompt);
  });
});

describe("renameReferenceMentions examples", () => {
  it("wan2.6 → wan2.7 counts images and videos separately", () => {
    const prompt = "character1 hands character2 to character3 while character4 watches";
    expect(renameReferenceMentions(prompt, ["video", "image", "video", "image"], "wan2.6-r2v", "wan2.7-r2v")).toBe(
      "Video 1 hands Image 1 to Video 2 while Image 2 watches",
    );
  });

  it("wan2.7 → wan2.6 follows list order, so names may swap without colliding", () => {
    const prompt = "Image 1 hands a mug to Video 1; Video 1 smiles at Image 1";
    expect(renameReferenceMentions(prompt, ["video", "image"], "wan2.7-r2v", "wan2.6-r2v-flash")).toBe(
      "character2 hands a mug to character1; character1 smiles at character2",
    );
  });

  it("accepts the spellings validation accepts (any case, optional space)", () => {
    expect(renameReferenceMentions("Character1 and CHARACTER 2", ["image", "video"], "wan2.6-r2v", "wan2.7-r2v")).toBe("Image 1 and Video 1");
    expect(renameReferenceMentions("image 1 and VIDEO1", ["image", "video"], "wan2.7-r2v", "wan2.6-r2v")).toBe("character1 and character2");
  });

  it("never touches text that is not a reference name", () => {
    const prompt = "maincharacter1, character12, character3 (missing), the Image 10 poster and image1s stay; character1 moves";
    expect(renameReferenceMentions(prompt, ["video", "image"], "wan2.6-r2v", "wan2.7-r2v")).toBe(
      "maincharacter1, character12, character3 (missing), the Image 10 poster and image1s stay; Video 1 moves",
    );
  });

  it("leaves names of the other naming scheme alone", () => {
    const prompt = "Image 1 is a poster; character1 walks past it";
    expect(renameReferenceMentions(prompt, ["video"], "wan2.6-r2v", "wan2.7-r2v")).toBe("Image 1 is a poster; Video 1 walks past it");
  });

  it("a first frame has no name on wan2.7 and becomes an image on wan2.6", () => {
    expect(renameReferenceMentions("Image 1 waves", ["first_frame", "image"], "wan2.7-r2v", "wan2.6-r2v")).toBe("character2 waves");
    expect(renameReferenceMentions("character1 and character2", ["image", "image"], "wan2.6-r2v", "wan2.7-r2v")).toBe("Image 1 and Image 2");
  });

  it("between the two wan2.6 models nothing changes, not even the spelling", () => {
    const prompt = "Character 1 meets character2";
    expect(renameReferenceMentions(prompt, ["video", "image"], "wan2.6-r2v", "wan2.6-r2v-flash")).toBe(prompt);
  });

  it.each(T2V_MODELS)("%s on either side leaves the prompt alone", (t2v) => {
    expect(renameReferenceMentions("character1 waves", ["image"], "wan2.6-r2v", t2v)).toBe("character1 waves");
    expect(renameReferenceMentions("character1 waves", ["image"], t2v, "wan2.7-r2v")).toBe("character1 waves");
  });

  it("with no references there is nothing to rename", () => {
    expect(renameReferenceMentions("character1 waves", [], "wan2.6-r2v", "wan2.7-r2v")).toBe("character1 waves");
  });
});
