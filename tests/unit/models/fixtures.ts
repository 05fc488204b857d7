// Minimal valid request bodies per model, and small helpers for the validation tables.
import { getModel, regionsOf } from "@/lib/rules/models/catalog";
import { referenceNames } from "@/lib/rules/models/references";
import { validateGeneration, type ValidationContext } from "@/lib/rules/models/validate";
import type { Issue, ProbedMedia, Region } from "@/lib/rules/models/types";

export const T2V_MODELS = ["wan2.6-t2v", "wan2.5-t2v-preview", "wan2.2-t2v-plus", "wan2.1-t2v-turbo", "wan2.1-t2v-plus"] as const;
export const R2V_MODELS = ["wan2.6-r2v-flash", "wan2.6-r2v", "wan2.7-r2v"] as const;
export const WAN26_R2V = ["wan2.6-r2v-flash", "wan2.6-r2v"] as const;
export const ALL_MODELS = [...T2V_MODELS, ...R2V_MODELS] as const;

export const VIDEO_URL = "https://cdn.example.com/alice.mp4";
export const IMAGE_URL = "https://cdn.example.com/mug.png";

export function firstRegion(model: string): Region {
  const spec = getModel(model);
  if (!spec) throw new Error(`unknown model ${model}`);
  return regionsOf(spec)[0];
}

/** The smallest body each model accepts. */
export function validBody(model: string, region: Region = firstRegion(model)): Record<string, unknown> {
  const base = { projectId: "proj_1", model, region };
  if (model.startsWith("wan2.7")) {
    return { ...base, prompt: "Video 1 waves at the camera", references: [{ url: VIDEO_URL, type: "video" }] };
  }
  if (model.includes("r2v")) {
    return { ...base, prompt: "character1 waves at the camera", references: [{ url: VIDEO_URL, type: "video" }] };
  }
  return { ...base, prompt: "A kitten running in the moonlight" };
}

export function validate(body: unknown, ctx?: ValidationContext) {
  return validateGeneration(body, ctx);
}

export function issuesAt(issues: Issue[], path: string): string[] {
  return issues.filter((issue) => issue.path === path).map((issue) => issue.message);
}

export function refs(...types: ("image" | "video" | "first_frame")[]) {
  return types.map((type, i) => ({ url: `https://cdn.example.com/ref${i}.${type === "video" ? "mp4" : "png"}`, type }));
}

export function probe(url: string, kind: ProbedMedia["kind"], extra: Partial<ProbedMedia> = {}): ProbedMedia {
  return { url, kind, ...extra };
}

export function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** A prompt that names every reference the way the model expects. */
export function promptNaming(model: string, types: ("image" | "video" | "first_frame")[]): string {
  const names = referenceNames(model, types).filter((name): name is string => name !== null);
  return names.length > 0 ? `${names.join(" and ")} meet in a garden` : "A quiet garden";
}
