// DashScope reports times as "YYYY-MM-DD HH:mm:ss.SSS" in UTC+8 (China Standard Time).
import "server-only";

const PROVIDER_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Parse a provider timestamp: UTC+8 wall-clock text, ISO text with a zone, or epoch (s or ms). */
export function parseProviderTime(value: unknown): Date | undefined {
  if (typeof value === "number" && Number.isFinite(value) && value > 0) {
    return new Date(value < 1e12 ? value * 1000 : value);
  }
  if (typeof value !== "string" || value.trim() === "") return undefined;
  const text = value.trim();
  const wall = /^(\d{4})-?(\d{2})-?(\d{2})[ T]?(\d{2}):?(\d{2}):?(\d{2})(?:\.(\d{1,6}))?$/.exec(text);
  if (wall) {
    const [, y, mo, d, h, mi, s, frac] = wall;
    const ms = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
    const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
    return new Date(utc - PROVIDER_OFFSET_MS);
  }
  if (/^\d{10,13}$/.test(text)) return parseProviderTime(Number(text));
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? undefined : new Date(parsed);
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

function shifted(date: Date): Date {
  return new Date(date.getTime() + PROVIDER_OFFSET_MS);
}

/** "YYYY-MM-DD HH:mm:ss.SSS" in UTC+8, as the provider writes submit_time / end_time. */
export function formatProviderTime(date: Date): string {
  const t = shifted(date);
  return (
    `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())} ` +
    `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}.${pad(t.getUTCMilliseconds(), 3)}`
  );
}

/** "YYYYMMDDhhmmss" in UTC+8: the task list API's start_time / end_time format. */
export function formatListTime(date: Date): string {
  const t = shifted(date);
  return `${t.getUTCFullYear()}${pad(t.getUTCMonth() + 1)}${pad(t.getUTCDate())}` + `${pad(t.getUTCHours())}${pad(t.getUTCMinutes())}${pad(t.getUTCSeconds())}`;
}
