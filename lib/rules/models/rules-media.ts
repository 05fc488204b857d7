// Rules on audio files the request points at (audioUrl, voiceUrl), using what the probe learned.
import { fieldLabel, formatMegabytes, formatSeconds, listOr } from "@/lib/rules/models/messages";
import type { RuleReport } from "@/lib/rules/models/rule-context";
import type { MediaLimits } from "@/lib/rules/models/spec";

/** The content types of WAV and MP3 files (the probe reads them too). */
export const WAV_MP3_CONTENT_TYPES: Readonly<Record<string, "wav" | "mp3">> = {
  "audio/wav": "wav",
  "audio/x-wav": "wav",
  "audio/wave": "wav",
  "audio/vnd.wave": "wav",
  "audio/mpeg": "mp3",
  "audio/mp3": "mp3",
  "audio/mpeg3": "mp3",
  "audio/x-mpeg-3": "mp3",
};

/** wav / mp3 from the content type, else from the URL's extension; "other" when neither matches. */
export function audioFormatOf(url: string, contentType?: string): "wav" | "mp3" | "other" | undefined {
  if (contentType) {
    const base = contentType.split(";")[0].trim().toLowerCase();
    return WAV_MP3_CONTENT_TYPES[base] ?? "other";
  }
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // not a URL: the URL rule reports it
  }
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (!extension) return undefined;
  if (extension === "wav" || extension === "mp3") return extension;
  return "other";
}

/** Checks one audio file (a custom track or a voice sample) against its limits. */
export function checkAudioFile(report: RuleReport, path: string, url: string, limits: MediaLimits, purpose: string): void {
  const probe = report.probe(url);
  const label = fieldLabel(path);
  if (probe && probe.kind !== "audio") {
    report.issue(path, `${label} is ${probe.kind === "image" ? "an image" : "a video"}, not audio; ${purpose} must be a WAV or MP3 file`);
    return;
  }
  const format = audioFormatOf(url, probe?.contentType);
  if (format === "other") {
    const formats = listOr(limits.formats.map((f) => f.toUpperCase()));
    report.issue(path, `${label} must be ${formats} (${purpose}); convert the file and try again`);
  }
  const seconds = probe?.durationSeconds;
  if (seconds !== undefined && (seconds < limits.minSeconds || seconds > limits.maxSeconds)) {
    const fix = seconds > limits.maxSeconds ? "trim it" : "use a longer clip";
    report.issue(path, `${label} is ${formatSeconds(seconds)} long; ${purpose} must be ${limits.minSeconds}-${limits.maxSeconds} s — ${fix}`);
  }
  if (probe?.bytes !== undefined && probe.bytes > limits.maxBytes) {
    report.issue(path, `${label} is ${formatMegabytes(probe.bytes)}; ${purpose} may be at most ${formatMegabytes(limits.maxBytes)} — compress or trim it`);
  }
}

/** The provider cuts a longer track and leaves the rest of the video silent after a shorter one. */
export function warnTrackLength(report: RuleReport, url: string, outputSeconds: number, limits: MediaLimits): void {
  const seconds = report.probe(url)?.durationSeconds;
  if (seconds === undefined || seconds < limits.minSeconds || seconds > limits.maxSeconds) return;
  if (seconds > outputSeconds) {
    report.warn("audioUrl", `Audio track is ${formatSeconds(seconds)} long but the video is ${outputSeconds} s: only the first ${outputSeconds} s are used`);
  } else if (seconds < outputSeconds) {
    report.warn(
      "audioUrl",
      `Audio track is ${formatSeconds(seconds)} long but the video is ${outputSeconds} s: the last ${formatSeconds(outputSeconds - seconds)} will be silent`,
    );
  }
}
