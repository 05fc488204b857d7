// The usage block of a SUCCEEDED task, in the shape each Wan version reports.
import { tierOfSize, TRUNCATION_LIMIT_BY_COUNT, type SimModelRule } from "@/lib/simulator/model-rules";
import type { PlannedReference } from "@/lib/simulator/validate-request";

export interface UsageInputs {
  rule: SimModelRule;
  size: string;
  outputSeconds: number;
  audio: boolean;
  references: PlannedReference[];
  /** Duration in seconds per reference URL (0 when unknown). */
  referenceSeconds: number[];
  srAsString: boolean;
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Billed input-video seconds: each video min(duration, cap split across ALL references); images free. */
export function billedInputVideoSeconds(references: PlannedReference[], seconds: number[]): number {
  if (references.length === 0) return 0;
  const limit = TRUNCATION_LIMIT_BY_COUNT[references.length] ?? 5 / references.length;
  let total = 0;
  references.forEach((reference, index) => {
    if (reference.kind === "video") total += Math.min(seconds[index] ?? 0, limit);
  });
  return round3(total);
}

export function buildUsage(inputs: UsageInputs): Record<string, unknown> {
  const { rule } = inputs;
  if (rule.version === "wan2.6" || rule.version === "wan2.7") {
    const inputVideo = billedInputVideoSeconds(inputs.references, inputs.referenceSeconds);
    const tier = tierOfSize(inputs.size);
    const sr = tier ? Number.parseInt(tier, 10) : 1080;
    const usage: Record<string, unknown> = {
      duration: round3(inputVideo + inputs.outputSeconds),
      input_video_duration: inputVideo,
      output_video_duration: inputs.outputSeconds,
      SR: inputs.srAsString ? String(sr) : sr,
      size: inputs.size,
      video_count: 1,
    };
    if (rule.form !== "t2v") usage.audio = inputs.audio;
    return usage;
  }
  return { video_duration: inputs.outputSeconds, video_ratio: inputs.size, video_count: 1 };
}
