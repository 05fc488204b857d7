// prepareGeneration validates in one pass: the structure once, one probe of the URLs the parsed
// request names (none when a submitted body has no sound structure), the catalog rules once.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ProbedMedia } from "@/lib/rules/models/types";
import type { UrlField } from "@/lib/rules/models/validate";

vi.mock("server-only", () => ({}));
vi.mock("@/lib/platform/config/env", () => ({ env: () => ({ ALLOW_PRIVATE_URLS: false }) }));
vi.mock("@/lib/services/provider/trusted-urls", () => ({ trustedOrigins: async () => new Set<string>(), isTrustedUrl: () => false }));
vi.mock("@/lib/services/prices/lookup", () => ({ findPrice: async () => null }));
vi.mock("@/lib/services/generations/probes", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  probeAll: vi.fn(async (fields: readonly UrlField[]) => {
    const probes: Record<string, ProbedMedia> = {};
    for (const { url } of fields) {
      probes[url] = url.endsWith(".mp3")
        ? { url, kind: "audio", contentType: "audio/mpeg", durationSeconds: 5 }
        : url.endsWith(".png")
          ? { url, kind: "image" }
          : { url, kind: "video", durationSeconds: 4 };
    }
    return { probes, issues: [] };
  }),
}));
vi.mock("@/lib/rules/models/rules", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/rules/models/rules")>();
  return { ...original, runCatalogRules: vi.fn(original.runCatalogRules) };
});

const { prepareGeneration } = await import("@/lib/services/generations/prepare");
const { probeAll } = await import("@/lib/services/generations/probes");
const { runCatalogRules } = await import("@/lib/rules/models/rules");

const VIDEO = "https://cdn.example.com/alice.mp4";
const IMAGE = "https://cdn.example.com/mug.png";
const TRACK = "https://cdn.example.com/theme.mp3";
const r2v = (extra: Record<string, unknown> = {}) => ({
  projectId: "proj_1",
  model: "wan2.6-r2v-flash",
  region: "singapore",
  prompt: "character1 dances with character2",
  references: [{ url: VIDEO }, { url: IMAGE, type: "image" }],
  ...extra,
});

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toMatchObject({ code: "validation_failed" });
  return error as { extra: { issues: { path: string }[] } };
}

beforeEach(() => {
  vi.mocked(probeAll).mockClear();
  vi.mocked(runCatalogRules).mockClear();
});

describe("prepareGeneration validates in one pass", () => {
  it("probes each reference URL of the parsed request once, then runs the catalog rules once with what the probes found", async () => {
    const prepared = await prepareGeneration("team_1", r2v());
    expect(probeAll).toHaveBeenCalledTimes(1);
    expect(vi.mocked(probeAll).mock.calls[0][0]).toEqual([
      { url: VIDEO, path: "references.0.url" },
      { url: IMAGE, path: "references.1.url" },
    ]);
    // A public URL may not lead to a private address (a DNS answer) at probe time.
    expect(vi.mocked(probeAll).mock.calls[0][1](VIDEO)).toBe(false);
    expect(runCatalogRules).toHaveBeenCalledTimes(1);
    expect(vi.mocked(runCatalogRules).mock.calls[0][1]?.probes?.[VIDEO]).toMatchObject({ kind: "video" });
    expect(prepared.request.references?.map((ref) => ref.type)).toEqual(["video", "image"]);
    expect(prepared.estimate.inputVideoSeconds).toBe(2.5); // two references: a video is billed at most 2.5 s
  });

  it("probes the audio track of a text-to-video request once", async () => {
    const body = { projectId: "proj_1", model: "wan2.6-t2v", region: "singapore", prompt: "A kitten running", audioUrl: TRACK };
    await prepareGeneration("team_1", body);
    expect(vi.mocked(probeAll).mock.calls.map(([fields]) => fields)).toEqual([[{ url: TRACK, path: "audioUrl" }]]);
    expect(runCatalogRules).toHaveBeenCalledTimes(1);
  });

  it("refuses a request the catalog rules refuse after one probe and one run of the rules", async () => {
    const error = await refusal(prepareGeneration("team_1", r2v({ duration: 99 })));
    expect(error.extra.issues.map((issue) => issue.path)).toEqual(["duration"]);
    expect(probeAll).toHaveBeenCalledTimes(1);
    expect(runCatalogRules).toHaveBeenCalledTimes(1);
  });

  it("probes nothing when a submitted body does not have the request's structure", async () => {
    const error = await refusal(prepareGeneration("team_1", r2v({ prompt: 42 })));
    expect(error.extra.issues.map((issue) => issue.path)).toContain("prompt");
    expect(probeAll).not.toHaveBeenCalled();
    expect(runCatalogRules).toHaveBeenCalledTimes(1);
  });

  it("for a refused estimate, probes only the URLs of the fields that parsed", async () => {
    await refusal(prepareGeneration("team_1", r2v({ prompt: 42, references: [{ url: VIDEO }, "not a reference"] }), new Date(), { estimateOnRefusal: true }));
    await refusal(prepareGeneration("team_1", r2v({ prompt: 42, audioUrl: TRACK }), new Date(), { estimateOnRefusal: true }));
    expect(vi.mocked(probeAll).mock.calls.map(([fields]) => fields)).toEqual([
      [],
      [
        { url: VIDEO, path: "references.0.url" },
        { url: IMAGE, path: "references.1.url" },
        { url: TRACK, path: "audioUrl" },
      ],
    ]);
    expect(runCatalogRules).toHaveBeenCalledTimes(2);
  });
});
