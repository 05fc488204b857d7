/** How close a text is to its limit: drives the color of a character counter. */
export type CounterTone = "normal" | "warning" | "danger";

/** Share of the limit from which the counter turns to warning. */
export const COUNTER_WARNING_RATIO = 0.9;

/**
 * Counts user-perceived characters as Unicode code points, so an emoji or a rare CJK
 * character counts once rather than as two UTF-16 units.
 */
export function countCharacters(text: string): number {
  return Array.from(text).length;
}

export function counterTone(count: number, max: number): CounterTone {
  if (max <= 0) return "normal";
  if (count > max) return "danger";
  if (count >= Math.ceil(max * COUNTER_WARNING_RATIO)) return "warning";
  return "normal";
}

const integerFormat = new Intl.NumberFormat("en-US");

/** "123 / 1,500" */
export function formatCounter(count: number, max: number): string {
  return `${integerFormat.format(count)} / ${integerFormat.format(max)}`;
}

/** The counter's screen-reader text, e.g. "1,620 of 1,500 characters, 120 over the limit". */
export function describeCounter(count: number, max: number): string {
  const base = `${integerFormat.format(count)} of ${integerFormat.format(max)} characters`;
  if (count > max) return `${base}, ${integerFormat.format(count - max)} over the limit`;
  return base;
}

/** Live-region text that changes only when the tone does, so typing is not read out. */
export function limitAnnouncement(tone: CounterTone, max: number): string {
  if (tone === "danger") return `Over the ${integerFormat.format(max)} character limit`;
  if (tone === "warning") return `Approaching the ${integerFormat.format(max)} character limit`;
  return "";
}
