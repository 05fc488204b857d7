import { describe, expect, it } from "vitest";
import { describeEvent } from "@/components/gallery/detail/events";
import { parameterRows } from "@/components/gallery/detail/parameters";
import { expiryText, parseExpiryDays } from "@/components/gallery/share-expiry";

describe("parameterRows", () => {
  it("lists every parameter that was sent, readably", () => {
    const rows = parameterRows(
      {
        projectId: "p",
        model: "wan2.6-t2v",
        region: "singapore",
        prompt: "x",
        size: "1280*720",
        duration: 5,
        audio: false,
        shotType: "multi",
        promptExtend: true,
        watermark: false,
        seed: 42,
        negativePrompt: "blurry",
        audioUrl: "https://a.example/t.mp3",
      },
      "Wan 2.6 text-to-video",
    );
    const byLabel = Object.fromEntries(rows.map((r) => [r.label, r.value]));
    expect(byLabel).toMatchObject({
      Model: "Wan 2.6 text-to-video (wan2.6-t2v)",
      Region: "Singapore",
      Size: "1280 × 720",
      Duration: "5 s",
      Audio: "Silent",
      "Shot type": "Multi-shot",
      "Prompt extend": "On",
      Watermark: "Off",
      Seed: "42",
      "Audio track": "https://a.example/t.mp3",
    });
    expect(rows.find((r) => r.label === "Audio track")?.href).toBe("https://a.example/t.mp3");
  });

  it("leaves out what was not sent", () => {
    const rows = parameterRows(
      { projectId: "p", model: "wan2.7-r2v", region: "beijing", prompt: "x", resolution: "1080P", ratio: "9:16" },
      "Wan 2.7 reference-to-video",
    );
    expect(rows.map((r) => r.label)).toEqual(["Model", "Region", "Resolution", "Aspect ratio"]);
  });
});

describe("parameterRows with the effective parameters", () => {
  it("shows the defaults the provider applied to a request made with the form's defaults", () => {
    const request = { projectId: "p", model: "wan2.6-t2v", region: "singapore", prompt: "x" } as const;
    const rows = parameterRows(request, "Wan 2.6 text-to-video", {
      size: "1920*1080",
      duration: 5,
      audio: true,
      shotType: "single",
      promptExtend: true,
      watermark: false,
    });
    expect(Object.fromEntries(rows.map((r) => [r.label, r.value]))).toEqual({
      Model: "Wan 2.6 text-to-video (wan2.6-t2v)",
      Region: "Singapore",
      Size: "1920 × 1080 (default)",
      Duration: "5 s (default)",
      Audio: "With sound (default)",
      "Shot type": "Single shot (default)",
      "Prompt extend": "On (default)",
      Watermark: "Off (default)",
    });
  });

  it("marks only what the request left out", () => {
    const request = { projectId: "p", model: "wan2.7-r2v", region: "beijing", prompt: "x", resolution: "720P", duration: 8 } as const;
    const rows = parameterRows(request, "Wan 2.7 reference-to-video", {
      resolution: "720P",
      ratio: "16:9",
      duration: 8,
      audio: true,
      promptExtend: true,
      watermark: false,
    });
    expect(rows.map((r) => `${r.label}: ${r.value}`)).toEqual([
      "Model: Wan 2.7 reference-to-video (wan2.7-r2v)",
      "Region: Beijing",
      "Resolution: 720P",
      "Aspect ratio: 16:9 (default)",
      "Duration: 8 s",
      "Audio: With sound (default)",
      "Prompt extend: On (default)",
      "Watermark: Off (default)",
    ]);
  });
});

describe("describeEvent", () => {
  const base = { id: "e", actorId: null, message: null, createdAt: "2026-11-20T10:00:00.000Z" };

  it("names provider ids on submission", () => {
    const d = describeEvent({ ...base, type: "submitted", data: { taskId: "t-1", requestId: "r-1" } });
    expect(d.title).toBe("Submitted to the provider");
    expect(d.details).toEqual([
      { label: "Task id", value: "t-1", copy: true },
      { label: "Request id", value: "r-1", copy: true },
    ]);
  });

  it("gives size and checksum when archived", () => {
    const d = describeEvent({ ...base, type: "succeeded", data: { bytes: 1_234_567, sha256: "abc", key: "k" } });
    expect(d).toMatchObject({ title: "Archived", tone: "success" });
    expect(d.details).toEqual([
      { label: "Size", value: "1.18 MB", copy: false },
      { label: "SHA-256", value: "abc", copy: true },
    ]);
  });

  it("compares billed with estimated seconds when the provider finishes", () => {
    const d = describeEvent({ ...base, type: "provider_succeeded", data: { billedSeconds: 8, estimateBilledSeconds: 5 } });
    expect(d.details).toContainEqual({ label: "Billed", value: "8 s (estimated 5 s)", copy: false });
  });

  it("shows failures in danger tone with their code", () => {
    const d = describeEvent({ ...base, type: "failed", data: { code: "DataInspectionFailed", requestId: "r" } });
    expect(d.tone).toBe("danger");
    expect(d.details).toContainEqual({ label: "Error code", value: "DataInspectionFailed", copy: false });
  });

  it("humanizes unknown event types", () => {
    expect(describeEvent({ ...base, type: "something_new", data: null }).title).toBe("Something new");
  });
});

describe("share expiry", () => {
  it("accepts empty (never) or whole days from 1 to 365", () => {
    expect(parseExpiryDays("")).toEqual({ days: null });
    expect(parseExpiryDays(" 7 ")).toEqual({ days: 7 });
    expect(parseExpiryDays("0").error).toBeDefined();
    expect(parseExpiryDays("1.5").error).toBeDefined();
    expect(parseExpiryDays("366").error).toBeDefined();
  });

  it("reads expiry", () => {
    const now = Date.parse("2026-11-20T00:00:00.000Z");
    expect(expiryText({ expiresAt: null }, now)).toBe("Never expires");
    expect(expiryText({ expiresAt: "2026-11-27T12:00:00.000Z" }, now)).toMatch(/^Expires Nov 2[78], 2026$/);
    expect(expiryText({ expiresAt: "2026-11-01T12:00:00.000Z" }, now)).toMatch(/^Expired /);
  });
});
