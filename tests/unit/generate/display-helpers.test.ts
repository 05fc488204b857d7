import { describe, expect, it } from "vitest";
import { publicCatalog } from "@/lib/rules/models/public";
import { regionalModel } from "@/components/generate/catalog-view";
import { issuesToShow, visibleLocations } from "@/components/generate/form-display";
import { locationOf, mergeIssues, placeIssues } from "@/components/generate/issue-placement";
import { insertAt } from "@/components/generate/prompt-insert";
import { describeReferences, promptNames } from "@/components/generate/reference-view";
import type { CostEstimate } from "@/lib/rules/billing/estimate";

const { models } = publicCatalog();
const model = (id: string) => regionalModel(models.find((m) => m.id === id)!, "singapore");

describe("issue placement", () => {
  it("puts reference sub-paths on their card and unknown fields in the general list", () => {
    expect(locationOf("references.2.voiceUrl")).toBe("references.2");
    const placed = placeIssues(
      [
        { path: "prompt", message: "prompt is empty" },
        { path: "references.0.url", message: "bad url" },
        { path: "audioUrl", message: "audioUrl is not taken" },
      ],
      visibleLocations(model("wan2.6-r2v-flash")),
    );
    expect(placed.at.get("prompt")).toEqual(["prompt is empty"]);
    expect(placed.at.get("references.0")).toEqual(["bad url"]);
    expect(placed.general).toEqual(["audioUrl is not taken"]);
  });

  it("merges client and server issues without repeats", () => {
    const issue = { path: "duration", message: "too long" };
    expect(mergeIssues([issue], [issue, { path: "seed", message: "x" }], undefined)).toHaveLength(2);
  });

  it("keeps the empty-prompt and missing-reference issues quiet until the person can act", () => {
    const issues = [
      { path: "prompt", message: "prompt is empty; describe the video you want" },
      { path: "references", message: "references: add at least 1" },
    ];
    expect(issuesToShow(issues, { promptTouched: false, referenceCount: 0 })).toEqual([]);
    expect(issuesToShow(issues, { promptTouched: true, referenceCount: 1 })).toEqual(issues);
  });
});

describe("insertAt", () => {
  it("inserts at the cursor with spaces around the name", () => {
    expect(insertAt("waves at", 0, 0, "character1")).toEqual({ text: "character1 waves at", cursor: 11 });
    expect(insertAt("waves at", 8, 8, "character2")).toEqual({ text: "waves at character2 ", cursor: 20 });
    expect(insertAt("hi there.", 2, 8, "character1")).toEqual({ text: "hi character1.", cursor: 13 });
  });
});

describe("describeReferences", () => {
  const drafts = [
    { key: "a", url: "https://x.test/a", media: "unknown" as const, label: "a" },
    { key: "b", url: "https://x.test/b.png", media: "image" as const, label: "b", type: "first_frame" as const },
    { key: "c", url: "https://x.test/c.mp4", media: "video" as const, label: "c" },
  ];

  it("names wan2.7 references per kind, using the estimate's detected kinds", () => {
    const estimate = {
      references: [
        { url: "https://x.test/a", type: "image", durationSeconds: null, billedSeconds: 0 },
        { url: "https://x.test/b.png", type: "first_frame", durationSeconds: null, billedSeconds: 0 },
        { url: "https://x.test/c.mp4", type: "video", durationSeconds: 4.2, billedSeconds: 2.5 },
      ],
    } as unknown as CostEstimate;
    const view = describeReferences("wan2.7-r2v", drafts, estimate);
    expect(view.kinds).toEqual(["image", "first_frame", "video"]);
    expect(view.names).toEqual(["Image 1", null, "Video 1"]);
    expect(view.costs[2]?.billedSeconds).toBe(2.5);
    expect(promptNames(view.names)).toEqual(["Image 1", "Video 1"]);
  });

  it("ignores an estimate made for other references and names wan2.6 ones in order", () => {
    const stale = { references: [{ url: "https://x.test/zzz", type: "video", durationSeconds: 3, billedSeconds: 3 }] } as unknown as CostEstimate;
    const view = describeReferences("wan2.6-r2v-flash", drafts, stale);
    expect(view.costs).toEqual([undefined, undefined, undefined]);
    expect(view.names).toEqual(["character1", "character2", "character3"]);
  });
});
