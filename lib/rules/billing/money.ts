// Money is never a float: amounts are integer micro-units (1e-6 of the
// currency) held as bigint; text is parsed and printed digit by digit, so every
// step is exact integer arithmetic.
import type { Region } from "@/lib/rules/models/types";

export type Currency = "USD" | "CNY";

export const MICROS_PER_UNIT = 1_000_000n;

const DECIMAL_PATTERN = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * "0.415" → 415000n. Digits past the sixth decimal are rounded half-up.
 * Throws a RangeError for anything that is not a plain decimal number.
 */
export function toMicros(decimal: string): bigint {
  const text = decimal.trim();
  if (!DECIMAL_PATTERN.test(text)) throw new RangeError(`"${decimal}" is not a decimal amount`);
  const negative = text.startsWith("-");
  const [whole, fraction = ""] = text.replace(/^[+-]/, "").split(".");
  const kept = BigInt(whole || "0") * MICROS_PER_UNIT + BigInt(fraction.slice(0, 6).padEnd(6, "0"));
  const roundUp = (fraction[6] ?? "0") >= "5" ? 1n : 0n;
  const micros = kept + roundUp;
  return negative && micros !== 0n ? -micros : micros;
}

/** 415000n → "0.415", 1000000n → "1", 61875n → "0.061875". */
export function microsToDecimal(m: bigint): string {
  const sign = m < 0n ? "-" : "";
  const abs = m < 0n ? -m : m;
  const whole = abs / MICROS_PER_UNIT;
  const fraction = (abs % MICROS_PER_UNIT).toString().padStart(6, "0").replace(/0+$/, "");
  return `${sign}${whole}${fraction ? `.${fraction}` : ""}`;
}

/** `micros × billedMs / 1000`, rounded half-up to the micro-unit (away from zero for negatives). */
export function amountForBilledMs(unitPriceMicros: bigint, billedMs: number): bigint {
  if (!Number.isSafeInteger(billedMs)) throw new RangeError(`billedMs must be an integer, got ${billedMs}`);
  return divideHalfUp(unitPriceMicros * BigInt(billedMs), 1000n);
}

function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (n * 2n + d) / (2n * d);
  return negative ? -q : q;
}

const SYMBOLS: Record<string, string> = { USD: "$", CNY: "¥" };

/** "$" for USD, "¥" for CNY; null for a currency without a symbol of its own. */
export function currencySymbol(currency: string): string | null {
  return SYMBOLS[currency.toUpperCase()] ?? null;
}

/**
 * The one money formatter for display (pages, messages, labels). Exact: every
 * significant digit of the micro-unit amount is kept, so a price-list amount is
 * never rounded ("$1.425", "$0.061875"); whole cents get two decimals ("$1.40",
 * "¥0.60", "-$1.00"). A currency without a symbol is written after: "0.42 EUR".
 */
export function formatMoney(micros: bigint, currency: string): string {
  const sign = micros < 0n ? "-" : "";
  const [whole, fraction = ""] = microsToDecimal(micros < 0n ? -micros : micros).split(".");
  const digits = `${whole}.${fraction.padEnd(2, "0")}`;
  const symbol = currencySymbol(currency);
  return symbol ? `${sign}${symbol}${digits}` : `${sign}${digits} ${currency}`;
}

/** `formatMoney` for a decimal string as the API sends it ("0.415"); null when absent or not a decimal. */
export function formatDecimalMoney(decimal: string | null | undefined, currency: string | null | undefined): string | null {
  if (decimal === null || decimal === undefined || !currency) return null;
  try {
    return formatMoney(toMicros(decimal), currency);
  } catch {
    return null;
  }
}

/** Beijing bills in CNY; Singapore and Virginia in USD. */
export function regionCurrency(region: Region): Currency {
  return region === "beijing" ? "CNY" : "USD";
}
