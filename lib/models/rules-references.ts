// Rules on r2v references: counts per kind, allowed kinds per model and region, first frames,
// voice samples and how the prompt names them.
import { VOICE_SAMPLE_LIMITS, isRegional, regionalSpec, regionsOf } from "@/lib/models/catalog";
import { article, familyTakes, listOr, modelsWhere } from "@/lib/models/messages";
import { checkReferenceNaming } from "@/lib/models/references";
import type { CatalogInput, RuleReport } from "@/lib/models/rule-context";
import { checkAudioFile } from "@/lib/models/rules-media";
import type { ModelSpec, ReferenceLimits } from "@/lib/models/spec";
import type { ReferenceInput, ReferenceType } from "@/lib/models/types";
import { urlProblem } from "@/lib/models/url-safety";

function describeType(type: ReferenceType): string {
  return type === "first_frame" ? "a first_frame" : article(type);
}

/** The declared type, else the probed kind; reports audio files and declared/probed mismatches. */
function resolveType(report: RuleReport, spec: ModelSpec, ref: ReferenceInput, i: number): ReferenceType | undefined {
  const probe = report.probe(ref.url);
  if (probe?.kind === "audio") {
    const hint = spec.audio.voiceClone ? "; put a voice sample in voiceUrl instead" : "";
    report.issue(`references.${i}.url`, `references.${i}.url is an audio file; a reference must be an image or a video${hint}`);
    return ref.type;
  }
  if (ref.type && probe) {
    const declaredKind = ref.type === "video" ? "video" : "image";
    if (declaredKind !== probe.kind) {
      report.issue(
        `references.${i}.type`,
        `references.${i}.type is ${ref.type} but the file is ${article(probe.kind)}; fix type or leave it out`,
      );
    }
  }
  return ref.type ?? probe?.kind;
}

function checkAllowedType(report: RuleReport, spec: ModelSpec, limits: ReferenceLimits, type: ReferenceType, i: number): void {
  if (limits.types.includes(type)) return;
  const path = `references.${i}.type`;
  if (type === "first_frame") {
    const takers = modelsWhere((model) => (model.references?.maxFirstFrames ?? 0) > 0);
    report.issue(path, `references.${i} is a first_frame, which ${spec.id} does not take; use an image, or choose ${listOr(takers)}`);
    return;
  }
  const elsewhere = regionsOf(spec).filter((region) => regionalSpec(spec.id, region)?.references?.types.includes(type));
  const regionHint = elsewhere.length > 0 && isRegional(spec) ? `, or choose ${listOr(elsewhere)}` : "";
  report.issue(
    path,
    `references.${i} is ${describeType(type)}, but ${familyTakes(limits.family)} ${listOr(limits.types.map((t) => `${t}s`))} only; use ${article(limits.types[0])}${regionHint}`,
  );
}

function checkCounts(report: RuleReport, limits: ReferenceLimits, types: (ReferenceType | undefined)[]): void {
  const total = types.length;
  if (total < limits.min) {
    const kinds = listOr(limits.types.filter((t) => t !== "first_frame").map((t) => `${t}s`));
    report.issue("references", `references: ${familyTakes(limits.family)} ${limits.min}-${limits.maxTotal} references (${kinds}); add at least ${limits.min}`);
  }
  if (total > limits.maxTotal) {
    report.issue("references", `${total} references: ${familyTakes(limits.family)} at most ${limits.maxTotal} — remove ${total - limits.maxTotal}`);
  }
  const count = (type: ReferenceType) => types.filter((t) => t === type).length;
  const images = count("image");
  const videos = count("video");
  const frames = count("first_frame");
  if (limits.maxImages > 0 && images > limits.maxImages) {
    report.issue("references", `${images} reference images: ${familyTakes(limits.family)} at most ${limits.maxImages}`);
  }
  if (videos > limits.maxVideos) {
    report.issue("references", `${videos} reference videos: ${familyTakes(limits.family)} at most ${limits.maxVideos}`);
  }
  if (limits.maxFirstFrames > 0 && frames > limits.maxFirstFrames) {
    report.issue("references", `${frames} first_frame references: ${familyTakes(limits.family)} at most one — keep one`);
  }
}

function checkVoices(report: RuleReport, spec: ModelSpec, refs: ReferenceInput[], types: (ReferenceType | undefined)[]): void {
  let firstVoice: number | undefined;
  refs.forEach((ref, i) => {
    if (ref.voiceUrl === undefined) return;
    const path = `references.${i}.voiceUrl`;
    if (!spec.audio.voiceClone) {
      const takers = modelsWhere((model) => model.audio.voiceClone);
      report.issue(path, `${path}: voice samples are taken only by ${listOr(takers)}; remove voiceUrl or choose ${listOr(takers)}`);
      return;
    }
    if (types[i] === "first_frame") {
      report.issue(path, `${path}: a first_frame cannot carry a voice sample; put voiceUrl on a reference image or video`);
    }
    if (firstVoice !== undefined) {
      report.issue(
        path,
        `${path}: ${spec.id} takes one voice sample for the whole video (already given on references.${firstVoice}); keep one`,
      );
    } else {
      firstVoice = i;
    }
    const problem = urlProblem(path, ref.voiceUrl, report.options.allowPrivateUrls);
    if (problem) report.issue(path, problem);
    checkAudioFile(report, path, ref.voiceUrl, VOICE_SAMPLE_LIMITS, "a voice sample");
  });
}

/** Checks the references and returns each one's resolved type. */
export function checkReferences(report: RuleReport, spec: ModelSpec, input: CatalogInput): (ReferenceType | undefined)[] {
  const limits = spec.references;
  if (!limits || report.broken.has("references")) return [];
  const refs = input.references ?? [];
  const types = refs.map((ref, i) => resolveType(report, spec, ref, i));
  refs.forEach((ref, i) => {
    const problem = urlProblem(`references.${i}.url`, ref.url, report.options.allowPrivateUrls);
    if (problem) report.issue(`references.${i}.url`, problem);
    const type = types[i];
    if (type) checkAllowedType(report, spec, limits, type, i);
  });
  checkCounts(report, limits, types);
  checkVoices(report, spec, refs, types);
  if (input.prompt !== undefined && !report.broken.has("prompt")) {
    const known = types.every((type): type is ReferenceType => type !== undefined);
    // wan2.6 names do not depend on the kinds; wan2.7 names do, so they need every kind known.
    if (limits.naming === "character" || known) {
      const naming = checkReferenceNaming(spec.id, input.prompt, types.map((type) => type ?? "image"));
      naming.issues.forEach((issue) => report.issue(issue.path, issue.message));
      naming.warnings.forEach((warning) => report.warn(warning.path, warning.message));
    }
  }
  return types;
}
