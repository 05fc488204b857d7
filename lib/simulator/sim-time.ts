// The provider writes times as "YYYY-MM-DD HH:mm:ss.SSS" in UTC+8; the task list takes
// "YYYYMMDDhhmmss" (also accepted with separators, or as ISO text with a zone).
const OFFSET_MS = 8 * 60 * 60 * 1000;

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

export function providerTime(epochMs: number): string {
  const t = new Date(epochMs + OFFSET_MS);
  return (
    `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())} ` +
    `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}.${pad(t.getUTCMilliseconds(), 3)}`
  );
}

export function parseListTime(text: string | null): number | undefined {
  if (!text) return undefined;
  const wall = /^(\d{4})-?(\d{2})-?(\d{2})[ T]?(\d{2}):?(\d{2}):?(\d{2})(?:\.(\d{1,3}))?$/.exec(text.trim());
  if (wall) {
    const [, y, mo, d, h, mi, s, ms] = wall;
    return Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, ms ? Number(ms.padEnd(3, "0")) : 0) - OFFSET_MS;
  }
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? undefined : parsed;
}
