// The request as sent, as readable rows for the detail page (pure).
import type { GenerationRequestBody } from "../types";

export interface ParameterRow {
  label: string;
  value: string;
  /** Code-like values (ids, URLs, seeds) are set in monospace. */
  mono?: boolean;
  href?: string;
}

const onOff = (value: boolean) => (value ? "On" : "Off");
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Rows for every parameter present in the request, in the order people think about them. */
export function parameterRows(request: GenerationRequestBody, modelLabel: string): ParameterRow[] {
  const rows: ParameterRow[] = [{ label: "Model", value: modelLabel === request.model ? request.model : `${modelLabel} (${request.model})` }];
  rows.push({ label: "Region", value: capitalize(request.region) });
  if (request.size) rows.push({ label: "Size", value: request.size.replace("*", " × "), mono: true });
  if (request.resolution) rows.push({ label: "Resolution", value: request.resolution });
  if (request.ratio) rows.push({ label: "Aspect ratio", value: request.ratio });
  if (request.duration !== undefined) rows.push({ label: "Duration", value: `${request.duration} s` });
  if (request.audio !== undefined) rows.push({ label: "Audio", value: request.audio ? "With sound" : "Silent" });
  if (request.audioUrl) rows.push({ label: "Audio track", value: request.audioUrl, mono: true, href: request.audioUrl });
  if (request.shotType) rows.push({ label: "Shot type", value: request.shotType === "multi" ? "Multi-shot" : "Single shot" });
  if (request.promptExtend !== undefined) rows.push({ label: "Prompt extend", value: onOff(request.promptExtend) });
  if (request.watermark !== undefined) rows.push({ label: "Watermark", value: onOff(request.watermark) });
  if (request.seed !== undefined) rows.push({ label: "Seed", value: String(request.seed), mono: true });
  return rows;
}
