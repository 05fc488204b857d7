export { REGION_LABELS as REGION_NAMES } from "@/lib/rules/billing/price-key";

/** "any" prices apply whatever the sound setting, so they need no label of their own. */
export const AUDIO_LABELS: Record<string, string> = { any: "", audio: "with sound", silent: "silent" };

/** "Wan 2.6 text-to-video 720P" or "… 720P silent", for labels of per-row buttons. */
export function describePrice(p: { modelLabel: string; tier: string; audio: string }): string {
  return [p.modelLabel, p.tier, AUDIO_LABELS[p.audio]].filter(Boolean).join(" ");
}
