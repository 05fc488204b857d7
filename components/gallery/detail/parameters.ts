// The request as the provider applied it, as readable rows for the detail page (pure). With the
// effective parameters every output setting shows, defaults included ("1920 × 1080 (default)").
import type { EffectiveParameters } from "@/lib/rules/models/effective";
import type { GenerationRequestJson as GenerationRequestBody } from "@/lib/contracts/generation";

export interface ParameterRow {
  label: string;
  value: string;
  /** Code-like values (ids, URLs, seeds) are set in monospace. */
  mono?: boolean;
  href?: string;
}

const onOff = (value: boolean) => (value ? "On" : "Off");
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

type Settings = Pick<GenerationRequestBody, "size" | "resolution" | "ratio" | "duration" | "audio" | "shotType" | "promptExtend" | "watermark" | "seed">;

const FORMATS: { key: keyof Settings; label: string; format: (value: never) => string; mono?: boolean }[] = [
  { key: "size", label: "Size", format: (size: string) => size.replace("*", " × "), mono: true },
  { key: "resolution", label: "Resolution", format: (resolution: string) => resolution },
  { key: "ratio", label: "Aspect ratio", format: (ratio: string) => ratio },
  { key: "duration", label: "Duration", format: (seconds: number) => `${seconds} s` },
  { key: "audio", label: "Audio", format: (audio: boolean) => (audio ? "With sound" : "Silent") },
  { key: "shotType", label: "Shot type", format: (shot: string) => (shot === "multi" ? "Multi-shot" : "Single shot") },
  { key: "promptExtend", label: "Prompt extend", format: onOff },
  { key: "watermark", label: "Watermark", format: onOff },
  { key: "seed", label: "Seed", format: (seed: number) => String(seed), mono: true },
];

/**
 * Rows for every parameter, in the order people think about them. Without `effective` only what
 * the request set is listed; with it, every parameter the provider applied, marking the defaults.
 */
export function parameterRows(request: GenerationRequestBody, modelLabel: string, effective?: EffectiveParameters | null): ParameterRow[] {
  const rows: ParameterRow[] = [{ label: "Model", value: modelLabel === request.model ? request.model : `${modelLabel} (${request.model})` }];
  rows.push({ label: "Region", value: capitalize(request.region) });
  const settings: Settings = effective ?? request;
  for (const { key, label, format, mono } of FORMATS) {
    const value = settings[key];
    if (value !== undefined && value !== "") {
      const isDefault = Boolean(effective) && request[key] === undefined;
      rows.push({ label, value: `${format(value as never)}${isDefault ? " (default)" : ""}`, ...(mono && { mono }) });
    }
    if (key === "audio" && request.audioUrl) rows.push({ label: "Audio track", value: request.audioUrl, mono: true, href: request.audioUrl });
  }
  return rows;
}
