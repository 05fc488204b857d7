// Money is never a float: amounts are integer micro-units (1e-6 of the
// currency) held as bigint; text is parsed and printed digit by digit, so every
// step is exact integer arithmetic.
import type { Region } from "@/lib/models/types";

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

export interface FormatMoneyOptions {
  /** Show every significant digit (at least two decimals) instead of rounding to cents. */
  fullPrecision?: boolean;
}

/**
 * For display: "$0.42", "¥0.60", "-$1.00"; with `fullPrecision` "$0.415" or
 * "$0.061875". Unknown currencies are shown as "0.42 EUR".
 */
export function formatMoney(micros: bigint, currency: string, opts: FormatMoneyOptions = {}): string {
  const sign = micros < 0n ? "-" : "";
  const abs = micros < 0n ? -micros : micros;
  let digits: string;
  if (opts.fullPrecision) {
    digits = microsToDecimal(abs);
    const [whole, fraction = ""] = digits.split(".");
    digits = `${whole}.${fraction.padEnd(2, "0")}`;
  } else {
    const cents = divideHalfUp(abs, 10_000n);
    digits = `${cents / 100n}.${(cents % 100n).toString().padStart(2, "0")}`;
  }
  const symbol = SYMBOLS[currency.toUpperCase()];
  return symbol ? `${sign}${symbol}${digits}` : `${sign}${digits} ${currency}`;
}

/** Beijing bills in CNY; Singapore and Virginia in USD. */
export function regionCurrency(region: Region): Currency {
  return region === "beijing" ? "CNY" : "USD";
}
