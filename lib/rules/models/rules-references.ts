// Rules on r2v references: counts per kind, allowed kinds per model and region, first frames,
// voice samples and how the prompt names them.
import { VOICE_SAMPLE_LIMITS, isRegional, regionalSpec, regionsOf } from "@/lib/rules/models/catalog";
import { article, familyTakes, fieldLabel, listOr, modelsWhere, referenceLabel } from "@/lib/rules/models/messages";
import { checkReferenceNaming } from "@/lib/rules/models/references";
import type { CatalogInput, RuleReport } from "@/lib/rules/models/rule-context";
import { checkAudioFile } from "@/lib/rules/models/rules-media";
import type { ModelSpec, ReferenceLimits } from "@/lib/rules/models/spec";
import type { ReferenceInput, ReferenceType } from "@/lib/rules/models/types";
import { urlProblem } from "@/lib/rules/models/url-safety";

function describeType(type: ReferenceType): string {
  return type === "first_frame" ? "a first frame" : article(type);
}

/** The declared type, else the probed kind; reports audio files and declared/probed mismatches. */
function resolveType(report: RuleReport, spec: ModelSpec, ref: ReferenceInput, i: number): ReferenceType | undefined {
  const probe = report.probe(ref.url);
  if (probe?.kind === "audio") {
    const hint = spec.audio.voiceClone ? "; put a voice sample in voiceUrl instead" : "";
    report.issue(`references.${i}.url`, `${referenceLabel(i)} is an audio file; a reference must be an image or a video${hint}`);
    return ref.type;
  }
  if (ref.type && probe) {
    const declaredKind = ref.type === "video" ? "video" : "image";
    if (declaredKind !== probe.kind) {
      report.issue(
        `references.${i}.type`,
        `${referenceLabel(i)} is declared as ${describeType(ref.type)} but the file is ${article(probe.kind)}; fix the type or leave it out`,
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
    report.issue(path, `${referenceLabel(i)} is a first frame, which ${spec.id} does not take; use an image, or choose ${listOr(takers)}`);
    return;
  }
  const elsewhere = regionsOf(spec).filter((region) => regionalSpec(spec.id, region)?.references?.types.includes(type));
  const regionHint = elsewhere.length > 0 && isRegional(spec) ? `, or choose ${listOr(elsewhere)}` : "";
  report.issue(
    path,
    `${referenceLabel(i)} is ${describeType(type)}, but ${familyTakes(limits.family)} ${listOr(limits.types.map((t) => `${t}s`))} only; use ${article(limits.types[0])}${regionHint}`,
  );
}

function checkCounts(report: RuleReport, limits: ReferenceLimits, types: (ReferenceType | undefined)[]): void {
  const total = types.length;
  if (total < limits.min) {
    const kinds = listOr(limits.types.filter((t) => t !== "first_frame").map((t) => `${t}s`));
    report.issue(
      "references",
      `Add at least ${limits.min} reference${limits.min === 1 ? "" : "s"}: ${familyTakes(limits.family)} ${limits.min}-${limits.maxTotal} references (${kinds})`,
    );
  }
  if (total > limits.maxTotal) {
    report.issue("references", `Too many references (${total}): ${familyTakes(limits.family)} at most ${limits.maxTotal} — remove ${total - limits.maxTotal}`);
  }
  const count = (type: ReferenceType) => types.filter((t) => t === type).length;
  const images = count("image");
  const videos = count("video");
  const frames = count("first_frame");
  if (limits.maxImages > 0 && images > limits.maxImages) {
    report.issue("references", `Too many reference images (${images}): ${familyTakes(limits.family)} at most ${limits.maxImages}`);
  }
  if (videos > limits.maxVideos) {
    report.issue("references", `Too many reference videos (${videos}): ${familyTakes(limits.family)} at most ${limits.maxVideos}`);
  }
  if (limits.maxFirstFrames > 0 && frames > limits.maxFirstFrames) {
    report.issue("references", `Too many first frames (${frames}): ${familyTakes(limits.family)} at most one — keep one`);
  }
}

function checkVoices(report: RuleReport, spec: ModelSpec, refs: ReferenceInput[], types: (ReferenceType | undefined)[]): void {
  let firstVoice: number | undefined;
  refs.forEach((ref, i) => {
    if (ref.voiceUrl === undefined) return;
    const path = `references.${i}.voiceUrl`;
    const label = fieldLabel(path);
    if (!spec.audio.voiceClone) {
      const takers = modelsWhere((model) => model.audio.voiceClone);
      report.issue(path, `Voice samples are taken only by ${listOr(takers)}; remove the voice sample from ${referenceLabel(i)} or choose ${listOr(takers)}`);
      return;
    }
    if (types[i] === "first_frame") {
      report.issue(path, `${referenceLabel(i)} is a first frame, which cannot carry a voice sample; put the voice sample on a reference image or video`);
    }
    if (firstVoice !== undefined) {
      report.issue(
        path,
        `One voice sample serves the whole video on ${spec.id} and ${referenceLabel(firstVoice)} already has one; remove the one on ${referenceLabel(i)}`,
      );
    } else {
      firstVoice = i;
    }
    const problem = urlProblem(label, ref.voiceUrl, report.options.allowPrivateUrls);
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
    const problem = urlProblem(fieldLabel(`references.${i}.url`), ref.url, report.options.allowPrivateUrls);
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
      const naming = checkReferenceNaming(
        spec.id,
        input.prompt,
        types.map((type) => type ?? "image"),
      );
      naming.issues.forEach((issue) => report.issue(issue.path, issue.message));
      naming.warnings.forEach((warning) => report.warn(warning.path, warning.message));
    }
  }
  return types;
}
