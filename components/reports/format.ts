// Display formatting for report figures (pure; server and client). Money arrives as decimal
// strings and stays exact: no floats on the way to the screen.
import { formatMoney, toMicros } from "@/lib/rules/billing/money";

/** "0.375" USD → "$0.375"; "12" → "$12.00" (the one formatter, exact; see formatMoney). */
export function money(decimal: string, currency: string): string {
  return formatMoney(toMicros(decimal), currency);
}

export function count(n: number): string {
  return n.toLocaleString("en");
}

/** 47.5 → "47.5 s"; 4230 → "4,230 s" (≈ 1 h 11 min). */
export function seconds(n: number): string {
  return `${n.toLocaleString("en", { maximumFractionDigits: 3 })} s`;
}

/** 4230 → "1 h 10 min", 95 → "1 min 35 s", 7.5 → "7.5 s". */
export function duration(n: number): string {
  if (n < 60) return seconds(n);
  const h = Math.floor(n / 3600);
  const m = Math.floor((n % 3600) / 60);
  const s = Math.round(n % 60);
  return h > 0 ? `${h} h ${m} min` : `${m} min${s ? ` ${s} s` : ""}`;
}

export function percent(n: number): string {
  return `${n.toLocaleString("en", { maximumFractionDigits: 1 })}%`;
}
