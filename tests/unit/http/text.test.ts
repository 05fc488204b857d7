import { describe, expect, it } from "vitest";
import { hasVisibleCharacter, invalidTextIssues, invalidTextReason } from "@/lib/rules/text";
import { generationRequestShape } from "@/lib/rules/models/schema";
import { projectBody, projectPatchBody, teamNameBody } from "@/lib/services/teams/schemas";
import { createTokenBody } from "@/lib/services/tokens/schemas";
import { signUpSchema } from "@/lib/services/users/sign-up";

describe("invalidTextReason", () => {
  it.each([
    ["plain text", "A lighthouse at dusk", null],
    ["emoji (a valid surrogate pair)", "clapper 🎬 board", null],
    ["CJK", "灯塔，黄昏", null],
    ["the replacement character", "bad \uFFFD text", null],
    ["a lone high surrogate", "bad \ud800 text", /unpaired UTF-16 surrogate/],
    ["a lone low surrogate", "bad \udc00 text", /unpaired UTF-16 surrogate/],
    ["a high surrogate at the end", "end \ud83c", /unpaired UTF-16 surrogate/],
    ["two high surrogates", "\ud83c\ud83c\udfac", /unpaired UTF-16 surrogate/],
    ["a NUL character", "bad \u0000 text", /NUL character/],
  ])("%s", (_label, text, expected) => {
    const reason = invalidTextReason(text);
    if (expected === null) expect(reason).toBeNull();
    else expect(reason).toMatch(expected);
  });
});

describe("invalidTextIssues", () => {
  it("names every bad string by its dotted path, values and keys alike", () => {
    const issues = invalidTextIssues({
      prompt: "bad \ud800 text",
      references: [{ url: "https://x.example/a.png" }, { url: "a\u0000b" }],
      ["ke\u0000y"]: "fine",
      ok: ["fine", 1, true, null],
    });
    expect(issues.map((i) => i.path)).toEqual(["prompt", "references.1.url", "ke\u0000y"]);
    expect(issues[0].message).toBe("Prompt contains invalid Unicode (an unpaired UTF-16 surrogate); send well-formed UTF-8 text.");
    expect(issues[1].message).toBe("Reference 2's URL contains a NUL character (U+0000), which is not allowed in text.");
    expect(issues[2].message).toMatch(/^The field name "ke\\u0000y" contains a NUL character/);
  });

  it("names a bad top-level string as the body", () => {
    expect(invalidTextIssues("\ud800")).toEqual([{ path: "", message: expect.stringMatching(/^The body contains invalid Unicode/) }]);
  });
});

const INVISIBLE = [
  ["empty", ""],
  ["spaces", "   "],
  ["tabs and line breaks", "\t\r\n"],
  ["no-break and ideographic spaces", "\u00a0\u3000\u2007"],
  ["zero-width spaces", "\u200b\u200b\u200b"],
  ["zero-width joiner and non-joiner", "\u200c\u200d"],
  ["word joiner", "\u2060"],
  ["byte order mark", "\ufeff"],
  ["bidi marks and isolates", "\u200e\u200f\u2066\u2069"],
  ["soft hyphen", "\u00ad"],
  ["Hangul fillers", "\u3164\u115f\u1160\uffa0"],
  ["variation selectors", "\ufe0f\ufe0e"],
  ["combining marks without a base", "\u0301\u0308"],
  ["blank Braille pattern", "\u2800"],
  ["a mix", " \u200b\ufeff\u3164 \u2060"],
  ["control characters", "\u0001\u007f"],
] as const;

const VISIBLE = [
  ["a letter", "a"],
  ["a letter between zero-width spaces", "\u200ba\u200b"],
  ["CJK", "灯"],
  ["an emoji", "🎬"],
  ["a digit", "7"],
  ["punctuation", "."],
  ["a letter with a combining mark", "e\u0301"],
] as const;

describe("hasVisibleCharacter", () => {
  it.each(INVISIBLE)("%s: none", (_label, text) => expect(hasVisibleCharacter(text)).toBe(false));
  it.each(VISIBLE)("%s: yes", (_label, text) => expect(hasVisibleCharacter(text)).toBe(true));
});

const base = { projectId: "p1", model: "wan2.6-t2v", region: "singapore" };

// Every required name-like text field: [what, parse(value) → issues, the path it must name].
const REQUIRED_TEXT_FIELDS: [string, (value: string) => { path: string; message: string }[], string][] = [
  ["generation prompt", (v) => issuesOf(generationRequestShape.safeParse({ ...base, prompt: v })), "prompt"],
  ["team name", (v) => issuesOf(teamNameBody.safeParse({ name: v })), "name"],
  ["project name", (v) => issuesOf(projectBody.safeParse({ name: v })), "name"],
  ["project rename", (v) => issuesOf(projectPatchBody.safeParse({ name: v })), "name"],
  ["API token name", (v) => issuesOf(createTokenBody.safeParse({ name: v })), "name"],
  ["sign-up name", (v) => issuesOf(signUpSchema.safeParse({ name: v, email: "a@example.com", password: "x" })), "name"],
  ["sign-up team name (when given)", (v) => issuesOf(signUpSchema.safeParse({ name: "A", email: "a@example.com", password: "x", teamName: v })), "teamName"],
];

function issuesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
}

describe("required name-like fields need a visible character", () => {
  const cases = REQUIRED_TEXT_FIELDS.flatMap(([what, parse, path]) => INVISIBLE.map(([label, text]) => [what, label, text, parse, path] as const));

  it.each(cases)("%s refuses %s with one issue at its path", (_what, _label, text, parse, path) => {
    const issues = parse(text);
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toBe(path);
    expect(issues[0].message).toMatch(/empty|required/);
  });

  it.each(REQUIRED_TEXT_FIELDS)("%s accepts visible text wrapped in invisible characters", (_what, parse) => {
    expect(parse("\u200b Lighthouse \u200b")).toEqual([]);
  });
});
