// The provider writes times as "YYYY-MM-DD HH:mm:ss.SSS" in UTC+8; the task list takes
// "YYYYMMDDhhmmss", also in UTC+8.
const OFFSET_MS = 8 * 60 * 60 * 1000;

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

export function providerTime(epochMs: number): string {
  const t = new Date(epochMs + OFFSET_MS);
  return (
    `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())} ` +
    `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}.${pad(t.getUTCMilliseconds(), 3)}`
  );
}

/** The task list's start_time / end_time: exactly "YYYYMMDDhhmmss" in UTC+8; null when not that. */
export function parseListTime(text: string): number | null {
  const wall = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(text);
  if (!wall) return null;
  const [, y, mo, d, h, mi, s] = wall.map(Number);
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(utc);
  // Reject dates that roll over (20260231…) instead of silently moving them.
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  return utc - OFFSET_MS;
}
