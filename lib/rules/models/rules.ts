// The catalog rules: everything about a request that depends on the chosen model and region.
import { AUDIO_TRACK_LIMITS, getModel, overrideNote, regionalSpec, regionsOf } from "@/lib/rules/models/catalog";
import { fieldLabel, fieldName, formatCount, listOr, modelsTaking, modelsWhere } from "@/lib/rules/models/messages";
import { RuleReport, type CatalogInput, type RuleOptions, type RuleOutcome } from "@/lib/rules/models/rule-context";
import { checkAudioFile, warnTrackLength } from "@/lib/rules/models/rules-media";
import { checkReferences } from "@/lib/rules/models/rules-references";
import { sizesOfTiers } from "@/lib/rules/models/sizes";
import type { ModelSpec } from "@/lib/rules/models/spec";
import { OPTIONAL_FIELDS, type OptionalField, type ReferenceType } from "@/lib/rules/models/types";
import { urlProblem } from "@/lib/rules/models/url-safety";

function takes(spec: ModelSpec, field: OptionalField, report: RuleReport): boolean {
  return spec.fields.includes(field) && !report.broken.has(field);
}

function fieldHint(spec: ModelSpec, field: OptionalField, input: CatalogInput): string {
  if (field === "audio" && spec.audio.output === "always" && input.audio === false) {
    const silent = modelsWhere((model) => model.audio.output !== "always");
    return ` (${spec.id} always makes sound; for silent video choose ${listOr(silent)})`;
  }
  if (field === "audio" && spec.audio.output === "never") return ` (${spec.id} always makes silent video)`;
  if (field === "references" && spec.kind === "t2v") return ` (${spec.id} is a text-to-video model)`;
  if (field === "audioUrl" && spec.audio.voiceClone) return " (for a voice sample use voiceUrl on a reference)";
  return "";
}

function checkFieldsTaken(report: RuleReport, spec: ModelSpec, input: CatalogInput): void {
  for (const field of OPTIONAL_FIELDS) {
    const present = input[field] !== undefined || report.broken.has(field);
    if (!present || spec.fields.includes(field)) continue;
    report.issue(
      field,
      `${fieldName(field)} ${field === "references" ? "are" : "is"} not taken by ${spec.id}${fieldHint(spec, field, input)}; models that take it: ${modelsTaking(field).join(", ")}`,
    );
  }
}

function checkText(report: RuleReport, spec: ModelSpec, input: CatalogInput): void {
  if (input.prompt !== undefined) {
    const length = [...input.prompt].length;
    if (length > spec.promptMaxChars) {
      report.issue("prompt", `Prompt is ${formatCount(length)} characters; ${spec.id} takes at most ${formatCount(spec.promptMaxChars)} — shorten it`);
    }
  }
  const negative = input.negativePrompt;
  if (negative !== undefined && takes(spec, "negativePrompt", report) && spec.negativePromptMaxChars !== null) {
    const length = [...negative].length;
    if (length > spec.negativePromptMaxChars) {
      report.issue(
        "negativePrompt",
        `Negative prompt is ${formatCount(length)} characters; ${spec.id} takes at most ${formatCount(spec.negativePromptMaxChars)} — shorten it`,
      );
    }
  }
}

function checkOutputShape(report: RuleReport, spec: ModelSpec, input: CatalogInput, types: (ReferenceType | undefined)[]): void {
  const output = spec.output;
  if (output.kind === "size" && input.size !== undefined && takes(spec, "size", report)) {
    const allowed = sizesOfTiers(output.tiers);
    if (!allowed.includes(input.size)) {
      const written = /^\s*(\d+)\s*[xX×*]\s*(\d+)\s*$/.exec(input.size);
      const prefix = /^\d+\*\d+$/.test(input.size)
        ? `Size ${input.size} is not offered by ${spec.id}`
        : written
          ? `Size must be written W*H (${written[1]}*${written[2]}), not ${JSON.stringify(input.size)}`
          : `Size must be an exact W*H such as ${output.default}, not a ratio or a tier name (got ${JSON.stringify(input.size)})`;
      report.issue("size", `${prefix}; choose one of ${allowed.join(", ")}`);
    }
  }
  if (output.kind === "resolution") {
    if (input.resolution !== undefined && takes(spec, "resolution", report) && !output.resolutions.includes(input.resolution)) {
      report.issue("resolution", `Resolution ${input.resolution} is not offered by ${spec.id}; choose ${listOr(output.resolutions)}`);
    }
    if (input.ratio !== undefined && takes(spec, "ratio", report)) {
      if (!output.ratios.includes(input.ratio)) {
        report.issue("ratio", `Aspect ratio ${input.ratio} is not offered by ${spec.id}; choose ${listOr(output.ratios)}`);
      } else if (types.includes("first_frame")) {
        report.warn("ratio", "Aspect ratio is ignored when a first frame is given (the frame sets the shape); it will not be sent");
      }
    }
  }
}

function checkDuration(report: RuleReport, spec: ModelSpec, input: CatalogInput, types: (ReferenceType | undefined)[]): void {
  const duration = input.duration;
  // A fractional duration is already refused by the schema.
  if (duration === undefined || !Number.isInteger(duration) || !takes(spec, "duration", report)) return;
  const rule = spec.duration;
  const where = overrideNote(spec, "duration");
  if (rule.kind === "fixed") {
    if (duration !== rule.value) {
      report.issue("duration", `Duration is fixed at ${rule.value} s on ${spec.id}; leave duration out (or choose a model with longer videos)`);
    }
  } else if (rule.kind === "list") {
    if (!rule.values.includes(duration)) {
      report.issue("duration", `Duration ${duration} s is not offered by ${spec.id}${where}; choose ${listOr(rule.values)} s`);
    }
  } else if (duration < rule.min || duration > rule.max) {
    report.issue("duration", `Duration ${duration} s is out of range for ${spec.id}${where}: choose ${rule.min}-${rule.max} s`);
  } else if (rule.maxWithVideo !== undefined && duration > rule.maxWithVideo && types.includes("video")) {
    report.issue(
      "duration",
      `Duration ${duration} s is too long for ${spec.id} with a reference video: at most ${rule.maxWithVideo} s (${rule.max} s with images only); shorten it or use only images`,
    );
  }
}

function checkAudio(report: RuleReport, spec: ModelSpec, input: CatalogInput): void {
  if (input.audio === false && takes(spec, "audio", report) && spec.audio.output === "always") {
    const silent = modelsWhere((model) => model.kind === spec.kind && model.audio.output === "optional");
    report.issue("audio", `Silent video is not available on ${spec.id}; choose ${listOr(silent)} or turn audio on`);
  }
  if (input.audioUrl !== undefined && takes(spec, "audioUrl", report)) {
    const problem = urlProblem(fieldLabel("audioUrl"), input.audioUrl, report.options.allowPrivateUrls);
    if (problem) report.issue("audioUrl", problem);
    checkAudioFile(report, "audioUrl", input.audioUrl, AUDIO_TRACK_LIMITS, "an audio track");
    const rule = spec.duration;
    const seconds = input.duration ?? (rule.kind === "fixed" ? rule.value : rule.default);
    warnTrackLength(report, input.audioUrl, seconds, AUDIO_TRACK_LIMITS);
  }
}

function checkShotType(report: RuleReport, spec: ModelSpec, input: CatalogInput): void {
  if (input.shotType === undefined || !takes(spec, "shotType", report)) return;
  if (spec.shotType?.requiresPromptExtend && input.promptExtend === false) {
    report.issue("shotType", `Shot type only takes effect with prompt extend on ${spec.id}; turn prompt extend on (promptExtend: true) or leave shotType out`);
  }
}

/** Runs every catalog rule; fields listed in `broken` failed the structural schema and are skipped. */
export function runCatalogRules(input: CatalogInput, options: RuleOptions = {}, broken?: ReadonlySet<string>): RuleOutcome {
  const report = new RuleReport(options, broken);
  const model = input.model === undefined ? undefined : getModel(input.model);
  if (!model) return report;
  let spec: ModelSpec = model;
  if (input.region !== undefined) {
    const regional = regionalSpec(model.id, input.region);
    if (regional) spec = regional;
    else report.issue("region", `Model ${model.id} is not offered in ${input.region}; choose ${listOr(regionsOf(model))}`);
  }
  checkFieldsTaken(report, spec, input);
  checkText(report, spec, input);
  const types = checkReferences(report, spec, input);
  report.referenceTypes = types;
  checkOutputShape(report, spec, input, types);
  checkDuration(report, spec, input, types);
  checkAudio(report, spec, input);
  checkShotType(report, spec, input);
  return report;
}
