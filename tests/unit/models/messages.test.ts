// Every validation message speaks the user's names in sentence case: "Reference 1", "character1",
// "Image 1", never a 0-based path such as references.0 (the issue's `path` stays machine-readable).
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { zodIssues } from "@/lib/contracts/zod-issues";
import { fieldLabel, sentenceCase, speakStoredMessage } from "@/lib/rules/models/messages";
import { checkReferenceNaming } from "@/lib/rules/models/references";
import { RuleReport, type CatalogInput } from "@/lib/rules/models/rule-context";
import { runCatalogRules } from "@/lib/rules/models/rules";
import type { Issue, ProbedMedia, ReferenceType } from "@/lib/rules/models/types";
import { IMAGE_URL, VIDEO_URL, probe, refs, validBody, validate } from "./fixtures";

const TRACK = "https://cdn.example.com/track.mp3";
const VOICE = "https://cdn.example.com/voice.wav";
const MB = 1024 * 1024;
const withProbes = (...media: ProbedMedia[]) => ({ probes: Object.fromEntries(media.map((m) => [m.url, m])) });

type Case = [name: string, body: unknown, ctx?: Parameters<typeof validate>[1]];

const t2v = (extra: Record<string, unknown>) => ({ ...validBody("wan2.6-t2v"), ...extra });
const r2v26 = (extra: Record<string, unknown>) => ({ ...validBody("wan2.6-r2v"), ...extra });
const r2v27 = (extra: Record<string, unknown>) => ({ ...validBody("wan2.7-r2v"), ...extra });

/** One row per message the schema and the catalog rules can produce. */
const CASES: Case[] = [
  // Structure
  ["a body that is not an object", "text"],
  ["an empty body", {}],
  ["an unknown field", t2v({ fps: 24 })],
  ["an unknown field in a reference", r2v26({ references: [{ url: VIDEO_URL, role: "hero" }] })],
  ["an unknown model", t2v({ model: "wan3-t2v" })],
  ["an unknown region", t2v({ region: "frankfurt" })],
  ["a prompt that is not a string", t2v({ prompt: 7 })],
  ["an empty prompt", t2v({ prompt: "   " })],
  ["a negative prompt that is not a string", t2v({ negativePrompt: 3 })],
  ["references that are not a list", r2v26({ references: "x" })],
  ["a reference that is not an object", r2v26({ references: ["x"] })],
  ["a reference URL that is not a string", r2v26({ references: [{ url: VIDEO_URL }, { url: 7 }] })],
  ["an empty reference URL", r2v26({ references: [{ url: "" }] })],
  ["an over-long reference URL", r2v26({ references: [{ url: `https://cdn.example.com/${"a".repeat(5000)}` }] })],
  ["an unknown reference type", r2v26({ references: [{ url: VIDEO_URL, type: "audio" }] })],
  ["an empty voice sample URL", r2v27({ references: [{ url: VIDEO_URL, type: "video", voiceUrl: "" }] })],
  ["an empty audio track URL", t2v({ audioUrl: "" })],
  ["a size that is not a string", t2v({ size: 720 })],
  ["an unknown resolution", r2v27({ resolution: "4K" })],
  ["an unknown ratio", r2v27({ ratio: "2:1" })],
  ["a duration that is not a number", t2v({ duration: "5" })],
  ["a fractional duration", t2v({ duration: 2.5 })],
  ["a boolean that is not one", t2v({ watermark: "yes", promptExtend: 1 })],
  ["an unknown shot type", t2v({ shotType: "pan" })],
  ["a seed that is not a number", t2v({ seed: "x" })],
  ["a negative seed", t2v({ seed: -1 })],
  // Fields, text and output shape
  ["a model not offered in the region", { ...validBody("wan2.7-r2v"), region: "virginia" }],
  ["a field the model does not take", r2v26({ seed: 1, negativePrompt: "blurry" })],
  ["silence asked of a model that always makes sound", t2v({ audio: false })],
  ["sound asked of a silent model", { ...validBody("wan2.2-t2v-plus"), audio: true }],
  ["references on a text-to-video model", t2v({ references: [{ url: IMAGE_URL }] })],
  ["an audio track on wan2.7", r2v27({ audioUrl: TRACK })],
  ["an over-long prompt", t2v({ prompt: "x".repeat(1501) })],
  ["an over-long negative prompt", t2v({ negativePrompt: "n".repeat(501) })],
  ["a size the model does not offer", t2v({ size: "832*480" })],
  ["a size written with an x", t2v({ size: "1280x720" })],
  ["a ratio given as size", t2v({ size: "16:9" })],
  ["a resolution wan2.7 does not offer", r2v27({ resolution: "480P" })],
  ["a ratio with a first frame", r2v27({ ratio: "16:9", prompt: "Image 1 waves", references: refs("first_frame", "image") })],
  ["a duration on a fixed-length model", { ...validBody("wan2.2-t2v-plus"), duration: 10 }],
  ["a duration not in the list", { ...validBody("wan2.5-t2v-preview"), duration: 7 }],
  ["a duration out of range", t2v({ duration: 16 })],
  ["a long duration with a reference video", r2v27({ duration: 12 })],
  ["silence on wan2.6-r2v", r2v26({ audio: false })],
  ["a shot type without prompt extend", t2v({ shotType: "multi", promptExtend: false })],
  // Audio track
  ["a private audio track URL", t2v({ audioUrl: "http://127.0.0.1/track.mp3" })],
  ["an audio track that is not a URL", t2v({ audioUrl: "not a url" })],
  ["an ftp audio track", t2v({ audioUrl: "ftp://example.com/track.mp3" })],
  ["an audio track that is an image", t2v({ audioUrl: TRACK }), withProbes(probe(TRACK, "image"))],
  ["an audio track in another format", t2v({ audioUrl: TRACK }), withProbes(probe(TRACK, "audio", { contentType: "audio/aac" }))],
  ["an audio track too long", t2v({ audioUrl: TRACK }), withProbes(probe(TRACK, "audio", { durationSeconds: 31 }))],
  ["an audio track too big", t2v({ audioUrl: TRACK }), withProbes(probe(TRACK, "audio", { bytes: 16 * MB }))],
  ["an audio track longer than the video", t2v({ audioUrl: TRACK, duration: 5 }), withProbes(probe(TRACK, "audio", { durationSeconds: 12 }))],
  ["an audio track shorter than the video", t2v({ audioUrl: TRACK, duration: 10 }), withProbes(probe(TRACK, "audio", { durationSeconds: 3 }))],
  // References
  ["no references", r2v26({ prompt: "A garden", references: [] })],
  ["too many references", r2v26({ references: refs("image", "image", "image", "image", "video", "video") })],
  ["too many reference images", r2v27({ prompt: "Image 1", references: refs("image", "image", "image", "image", "image", "image") })],
  ["too many reference videos", r2v26({ prompt: "character1", references: refs("video", "video", "video", "video") })],
  ["two first frames", r2v27({ prompt: "Image 1", references: refs("first_frame", "first_frame", "image") })],
  ["a first frame on wan2.6", r2v26({ prompt: "character1 character2", references: refs("video", "first_frame") })],
  ["an image in virginia", { ...validBody("wan2.6-r2v", "virginia"), prompt: "character1 character2", references: refs("video", "image") }],
  ["a private reference URL", r2v26({ references: [{ url: "http://localhost/a.mp4", type: "video" }] })],
  ["an audio file as a reference", r2v27({ references: [{ url: TRACK }] }), withProbes(probe(TRACK, "audio"))],
  ["an audio file as a wan2.6 reference", r2v26({ references: [{ url: TRACK }] }), withProbes(probe(TRACK, "audio"))],
  ["a declared type the file contradicts", r2v26({ references: [{ url: VIDEO_URL, type: "image" }] }), withProbes(probe(VIDEO_URL, "video"))],
  // Voice samples
  ["a voice sample on wan2.6", r2v26({ references: [{ url: VIDEO_URL, type: "video", voiceUrl: VOICE }] })],
  [
    "a voice sample on a first frame",
    r2v27({
      prompt: "Image 1",
      references: [
        { url: IMAGE_URL, type: "first_frame", voiceUrl: VOICE },
        { url: VIDEO_URL, type: "image" },
      ],
    }),
  ],
  [
    "two voice samples",
    r2v27({
      prompt: "Video 1 Video 2",
      references: [
        { url: VIDEO_URL, type: "video", voiceUrl: VOICE },
        { url: `${VIDEO_URL}?2`, type: "video", voiceUrl: VOICE },
      ],
    }),
  ],
  ["a private voice sample URL", r2v27({ references: [{ url: VIDEO_URL, type: "video", voiceUrl: "http://10.0.0.1/v.wav" }] })],
  ["a voice sample that is a video", r2v27({ references: [{ url: VIDEO_URL, type: "video", voiceUrl: VOICE }] }), withProbes(probe(VOICE, "video"))],
  ["a voice sample in another format", r2v27({ references: [{ url: VIDEO_URL, type: "video", voiceUrl: "https://cdn.example.com/v.ogg" }] })],
  [
    "a voice sample too short",
    r2v27({ references: [{ url: VIDEO_URL, type: "video", voiceUrl: VOICE }] }),
    withProbes(probe(VOICE, "audio", { durationSeconds: 0.5 })),
  ],
  [
    "a voice sample too big",
    r2v27({ references: [{ url: VIDEO_URL, type: "video", voiceUrl: VOICE }] }),
    withProbes(probe(VOICE, "audio", { bytes: 20 * MB })),
  ],
  // How the prompt names references
  ["a prompt naming a missing character", r2v26({ prompt: "character1 greets character4", references: refs("video", "video", "image") })],
  ["a prompt naming a missing image", r2v27({ prompt: "Image 3 waves", references: refs("image", "image") })],
  ["a wan2.6 reference never named", r2v26({ prompt: "character2 dances", references: refs("video", "video", "image") })],
  ["a wan2.7 reference never named", r2v27({ prompt: "Video 1 waves", references: refs("video", "image") })],
];

/** Rule inputs the schema refuses before the catalog sees them, to reach every catalog message. */
const RAW_RULE_INPUTS: [string, CatalogInput][] = [["a ratio wan2.7 does not offer", { ...(validBody("wan2.7-r2v") as CatalogInput), ratio: "2:1" as never }]];

const RULE_FILES = ["lib/rules/models/rules.ts", "lib/rules/models/rules-references.ts", "lib/rules/models/rules-media.ts"];

function assertSpeaksHuman(message: string) {
  expect(message, message).toMatch(/^[A-Z]/);
  expect(message, message).not.toMatch(/references\.\d/);
}

const allMessages = (issues: Issue[], warnings: Issue[]) => [...issues, ...warnings];

describe("every validation message", () => {
  const sites = new Set<string>();
  const original = { issue: RuleReport.prototype.issue, warn: RuleReport.prototype.warn };
  const callSite = () =>
    /(lib\/rules\/models\/[\w-]+\.ts):(\d+)/
      .exec(new Error().stack?.split("\n")[3] ?? "")
      ?.slice(1, 3)
      .join(":");

  beforeAll(() => {
    RuleReport.prototype.issue = function (this: RuleReport, at: string, message: string) {
      sites.add(callSite() ?? "unknown");
      original.issue.call(this, at, message);
    };
    RuleReport.prototype.warn = function (this: RuleReport, at: string, message: string) {
      sites.add(callSite() ?? "unknown");
      original.warn.call(this, at, message);
    };
  });
  afterAll(() => {
    RuleReport.prototype.issue = original.issue;
    RuleReport.prototype.warn = original.warn;
  });

  it.each(CASES)("%s: sentence case, people's names", (_name, body, ctx) => {
    const result = validate(body, ctx);
    const messages = allMessages(result.issues, result.warnings);
    expect(messages.length).toBeGreaterThan(0);
    for (const { message } of messages) assertSpeaksHuman(message);
  });

  it.each(RAW_RULE_INPUTS)("%s (catalog rule on its own)", (_name, input) => {
    const outcome = runCatalogRules(input);
    expect(outcome.issues.length).toBeGreaterThan(0);
    for (const { message } of allMessages(outcome.issues, outcome.warnings)) assertSpeaksHuman(message);
  });

  it("the table reaches every catalog rule that reports", () => {
    const declared = RULE_FILES.flatMap((file) =>
      readFileSync(path.join(process.cwd(), file), "utf8")
        .split("\n")
        .flatMap((line, i) => (/report\.(issue|warn)\(/.test(line) ? [`${file}:${i + 1}`] : [])),
    );
    expect(declared.length).toBeGreaterThan(20);
    expect(declared.filter((site) => !sites.has(site))).toEqual([]);
  });
});

describe("reference naming messages", () => {
  const cases: [string, string, ReferenceType[]][] = [
    ["wan2.6-r2v", "character1 greets character4", ["video", "video", "image"]],
    ["wan2.6-r2v-flash", "nobody", ["video", "image"]],
    ["wan2.7-r2v", "Video 2 and Image 4", ["video", "image", "first_frame"]],
    ["wan2.7-r2v", "nobody", ["image", "video", "image"]],
  ];
  it.each(cases)("%s %j with %o", (model, prompt, types) => {
    const { issues, warnings } = checkReferenceNaming(model, prompt, types);
    expect(issues.length + warnings.length).toBeGreaterThan(0);
    for (const { message } of [...issues, ...warnings]) assertSpeaksHuman(message);
  });

  it("names the reference by position and by its prompt name", () => {
    expect(checkReferenceNaming("wan2.7-r2v", "Video 1 waves", ["video", "image"]).warnings).toEqual([
      { path: "references.1", message: "Reference 2 is never named in the prompt; call it Image 1 so the model knows its role" },
    ]);
  });
});

describe("labels", () => {
  it.each([
    ["references.0.url", "Reference 1's URL"],
    ["references.2.voiceUrl", "Reference 3's voice sample"],
    ["references.4.type", "Reference 5's type"],
    ["references.1", "Reference 2"],
    ["negativePrompt", "Negative prompt"],
    ["audioUrl", "Audio track"],
    ["shotType", "Shot type"],
    ["somethingElse", "SomethingElse"],
  ])("%s → %s", (field, label) => {
    expect(fieldLabel(field)).toBe(label);
  });

  it("sentence case only touches the first letter", () => {
    expect(sentenceCase("prompt is empty")).toBe("Prompt is empty");
    expect(sentenceCase("Already fine")).toBe("Already fine");
  });
});

describe("API input messages (zodIssues)", () => {
  const schema = z.strictObject({ name: z.string().min(1, "name is required."), limit: z.number({ message: "limit must be a number." }) });
  it.each([{}, { name: "", limit: "x" }, { name: "a", limit: 1, extra: true }])("%j", (body) => {
    const issues = zodIssues(schema.safeParse(body).error!);
    expect(issues.length).toBeGreaterThan(0);
    for (const { message } of issues) assertSpeaksHuman(message);
  });
});

describe("messages stored before they spoke people's names", () => {
  it.each([
    [
      "references.0 is never named in the prompt; call it character1 so the model knows its role",
      "Reference 1 is never named in the prompt; call it character1 so the model knows its role",
    ],
    ["references.2.url: Could not reach the file.", "Reference 3's URL: Could not reach the file."],
    ["audioUrl is 12 s long but the video is 5 s: only the first 5 s are used", "Audio track is 12 s long but the video is 5 s: only the first 5 s are used"],
    ["ratio is ignored when a first_frame is given", "Aspect ratio is ignored when a first_frame is given"],
    ["Already fine", "Already fine"],
  ])("%j → %j", (stored, spoken) => {
    expect(speakStoredMessage(stored)).toBe(spoken);
  });
});
