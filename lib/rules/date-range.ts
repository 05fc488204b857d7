// Date ranges and time buckets of the usage report (pure). Days are UTC calendar days; a range
// is inclusive at both ends, so from=2026-01-01&to=2026-01-31 is all of January.
export type TimeUnit = "day" | "month";

export const MAX_RANGE_DAYS = 1100;
const DAY_MS = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-01-31" → the Date of that UTC midnight, or null when it is not a real calendar day. */
export function parseDay(value: string): Date | null {
  const match = DAY_PATTERN.exec(value);
  if (!match) return null;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : null;
}

export function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export interface DayRange {
  from: string;
  to: string;
}

/** The first day of `at`'s month to `at`'s day (the report's default). */
export function currentMonthRange(at = new Date()): DayRange {
  const first = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
  return { from: formatDay(first), to: formatDay(at) };
}

export function previousMonthRange(at = new Date()): DayRange {
  const first = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() - 1, 1));
  const last = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 0));
  return { from: formatDay(first), to: formatDay(last) };
}

export function lastDaysRange(days: number, at = new Date()): DayRange {
  const today = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  return { from: formatDay(new Date(today.getTime() - (days - 1) * DAY_MS)), to: formatDay(today) };
}

export function yearToDateRange(at = new Date()): DayRange {
  return { from: `${at.getUTCFullYear()}-01-01`, to: formatDay(at) };
}

/** Half-open instants for SQL: [start of `from`, start of the day after `to`). */
export function rangeBounds(range: DayRange): { start: Date; end: Date } {
  const start = parseDay(range.from);
  const last = parseDay(range.to);
  if (!start || !last) throw new RangeError(`Not a day range: ${range.from}..${range.to}`);
  return { start, end: new Date(last.getTime() + DAY_MS) };
}

/** Number of days in the inclusive range (1 for from = to). */
export function rangeDays(range: DayRange): number {
  const { start, end } = rangeBounds(range);
  return Math.round((end.getTime() - start.getTime()) / DAY_MS);
}

/** "day" for up to ~2 months, "month" beyond: a readable chart either way. */
export function defaultTimeUnit(range: DayRange): TimeUnit {
  return rangeDays(range) <= 62 ? "day" : "month";
}

/** The bucket key of an instant: "2026-01-31" (day) or "2026-01" (month), in UTC. */
export function bucketKey(at: Date, unit: TimeUnit): string {
  return unit === "day" ? formatDay(at) : formatDay(at).slice(0, 7);
}

/** Every bucket key of the range in order, so a chart shows empty days as zero, not as gaps. */
export function bucketKeys(range: DayRange, unit: TimeUnit): string[] {
  const { start, end } = rangeBounds(range);
  const keys: string[] = [];
  if (unit === "day") {
    for (let t = start.getTime(); t < end.getTime(); t += DAY_MS) keys.push(formatDay(new Date(t)));
    return keys;
  }
  for (
    let d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1));
    d < end;
    d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))
  ) {
    keys.push(bucketKey(d, "month"));
  }
  return keys;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2026-01-31" → "Jan 31, 2026"; "2026-01" → "Jan 2026"; `short` drops the year. */
export function bucketLabel(key: string, opts: { short?: boolean } = {}): string {
  const [y, m, d] = key.split("-");
  const month = MONTHS[Number(m) - 1] ?? m;
  if (d === undefined) return opts.short ? `${month} ${y.slice(2)}` : `${month} ${y}`;
  return opts.short ? `${month} ${Number(d)}` : `${month} ${Number(d)}, ${y}`;
}

/** "Jan 1 – Jan 31, 2026" (years shown once when equal). */
export function rangeLabel(range: DayRange): string {
  if (range.from === range.to) return bucketLabel(range.from);
  const sameYear = range.from.slice(0, 4) === range.to.slice(0, 4);
  return `${sameYear ? bucketLabel(range.from, { short: true }) : bucketLabel(range.from)} – ${bucketLabel(range.to)}`;
}
