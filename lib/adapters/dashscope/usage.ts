// Normalizes both usage shapes DashScope returns on SUCCEEDED tasks:
// wan2.6+ ("v26": duration, input/output_video_duration, SR, size, audio) and
// wan2.5-and-earlier ("v25": video_duration, video_ratio). Numbers may be ints, floats or strings.
import "server-only";
import { srOfTier, tierOfSize } from "@/lib/rules/models/sizes";

export interface NormalizedUsage {
  /** What the provider billed, in seconds: `duration` (v26) or `video_duration` (v25). */
  billedSeconds?: number;
  inputVideoSeconds?: number;
  outputSeconds?: number;
  /** Resolution tier as a number (480, 720, 1080). */
  sr?: number;
  /** "W*H" */
  size?: string;
  audio?: boolean;
  videoCount?: number;
  shape: "v26" | "v25";
}

/** A finite number from a number or a numeric string; anything else is undefined. */
export function toNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string") {
    const trimmed = value.trim();
    if (trimmed === "" || !/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(trimmed)) return undefined;
    const parsed = Number(trimmed);
    return Number.isFinite(parsed) ? parsed : undefined;
  }
  return undefined;
}

function toBoolean(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (value === "true") return true;
  if (value === "false") return false;
  return undefined;
}

function toSize(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return /^\d+\s*[*xX]\s*\d+$/.test(trimmed) ? trimmed.replace(/\s*[xX]\s*|\s*\*\s*/, "*") : undefined;
}

/**
 * The usage's SR (480, 720, 1080) for a size: the catalog's tier for a documented size; for other
 * sizes, the nearest tier by pixel count.
 */
export function srOfSize(size: string | undefined): number | undefined {
  if (!size) return undefined;
  const known = tierOfSize(size);
  if (known) return srOfTier(known);
  const [w, h] = size.split("*").map(Number);
  if (!w || !h) return undefined;
  const pixels = w * h;
  if (pixels <= 832 * 480 * 1.2) return 480;
  if (pixels <= 1280 * 720 * 1.2) return 720;
  return 1080;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function normalizeUsage(raw: unknown): NormalizedUsage | undefined {
  if (!isRecord(raw)) return undefined;
  const duration = toNumber(raw.duration);
  const inputVideo = toNumber(raw.input_video_duration);
  const outputVideo = toNumber(raw.output_video_duration);
  const videoDuration = toNumber(raw.video_duration);
  const videoCount = toNumber(raw.video_count);

  // Some SDK answers carry both shapes with zeros in the unused one (video_duration: 0, duration: 10).
  const v25Only = videoDuration !== undefined && videoDuration > 0 && !(duration !== undefined && duration > 0);
  const hasV26 = duration !== undefined || outputVideo !== undefined;

  if (hasV26 && !v25Only) {
    const size = toSize(raw.size) ?? toSize(raw.video_ratio);
    const billed = duration ?? (outputVideo !== undefined ? (inputVideo ?? 0) + outputVideo : undefined);
    return {
      shape: "v26",
      billedSeconds: billed,
      inputVideoSeconds: inputVideo,
      outputSeconds: outputVideo,
      sr: toNumber(raw.SR) ?? toNumber(raw.sr) ?? srOfSize(size),
      size,
      audio: toBoolean(raw.audio),
      videoCount,
    };
  }
  if (videoDuration !== undefined) {
    const size = toSize(raw.video_ratio) ?? toSize(raw.size);
    return {
      shape: "v25",
      billedSeconds: videoDuration,
      outputSeconds: videoDuration,
      sr: toNumber(raw.SR) ?? srOfSize(size),
      size,
      audio: toBoolean(raw.audio),
      videoCount,
    };
  }
  return undefined;
}
