import { describe, expect, it } from "vitest";
import { amountForBilledMs, currencySymbol, formatDecimalMoney, formatMoney, microsToDecimal, regionCurrency, toMicros } from "@/lib/rules/billing/money";

describe("toMicros", () => {
  it.each([
    ["0.415", 415_000n],
    ["1", 1_000_000n],
    ["1.0", 1_000_000n],
    ["0.0375", 37_500n],
    ["0.061875", 61_875n],
    [".5", 500_000n],
    [" 2 ", 2_000_000n],
    ["12.3456789", 12_345_679n], // rounded half-up at the 7th decimal
    ["0.0000005", 1n],
    ["0.00000049", 0n],
    ["-0.5", -500_000n],
    ["1234567.891011", 1_234_567_891_011n],
  ])("%s → %s", (text, micros) => {
    expect(toMicros(text)).toBe(micros);
  });

  it.each(["", "abc", "1e3", "1,5", "0x10", "1.2.3", "NaN"])("refuses %j", (text) => {
    expect(() => toMicros(text)).toThrow(RangeError);
  });
});

describe("microsToDecimal", () => {
  it.each([
    [415_000n, "0.415"],
    [1_000_000n, "1"],
    [61_875n, "0.061875"],
    [0n, "0"],
    [1n, "0.000001"],
    [-500_000n, "-0.5"],
    [123_456_789n, "123.456789"],
    [10_000_000n, "10"],
  ])("%s → %s", (micros, text) => {
    expect(microsToDecimal(micros)).toBe(text);
  });

  it.each(["0.415", "1", "0.061875", "0.000001", "99999.999999", "-3.25"])("round-trips %s", (text) => {
    expect(microsToDecimal(toMicros(text))).toBe(text);
  });
});

describe("amountForBilledMs (half-up to the micro-unit)", () => {
  it.each([
    [50_000n, 8_300, 415_000n], // $0.05 × 8.3 s
    [37_500n, 8_300, 311_250n],
    [1n, 1_500, 2n], // 1.5 micro → 2
    [1n, 1_499, 1n],
    [1n, 500, 1n],
    [1n, 499, 0n],
    [600_000n, 0, 0n],
  ])("%s µ/s × %s ms = %s µ", (price, ms, amount) => {
    expect(amountForBilledMs(price, ms)).toBe(amount);
  });

  it("refuses fractional milliseconds", () => {
    expect(() => amountForBilledMs(1n, 1.5)).toThrow(RangeError);
  });
});

describe("formatMoney: exact to the micro-unit, at least two decimals, the currency's symbol", () => {
  it.each([
    [1_425_000n, "USD", "$1.425"],
    [675_000n, "USD", "$0.675"],
    [1_400_000n, "USD", "$1.40"],
    [415_000n, "USD", "$0.415"],
    [61_875n, "USD", "$0.061875"],
    [1n, "USD", "$0.000001"],
    [5_000n, "USD", "$0.005"],
    [10_000n, "USD", "$0.01"],
    [0n, "USD", "$0.00"],
    [1_000_000n, "USD", "$1.00"],
    [12_345_678_900_000n, "USD", "$12345678.90"],
    [600_000n, "CNY", "¥0.60"],
    [1_500_000n, "CNY", "¥1.50"],
    [3_000_000n, "CNY", "¥3.00"],
    [37_500n, "CNY", "¥0.0375"],
    [-1_000_000n, "USD", "-$1.00"],
    [-1_425_000n, "CNY", "-¥1.425"],
    [420_000n, "EUR", "0.42 EUR"],
    [415_000n, "usd", "$0.415"],
  ] as const)("%s %s → %s", (micros, currency, text) => {
    expect(formatMoney(micros, currency)).toBe(text);
  });
});

describe("formatDecimalMoney: the same for the API's decimal strings", () => {
  it.each([
    ["1.425", "USD", "$1.425"],
    ["0.675", "USD", "$0.675"],
    ["1.4", "USD", "$1.40"],
    ["12", "CNY", "¥12.00"],
    ["0.0375", "USD", "$0.0375"],
    ["-0.5", "USD", "-$0.50"],
    ["abc", "USD", null],
    [null, "USD", null],
    [undefined, "USD", null],
    ["1", null, null],
  ] as const)("%s %s → %s", (decimal, currency, text) => {
    expect(formatDecimalMoney(decimal, currency)).toBe(text);
  });
});

describe("currencySymbol", () => {
  it.each([
    ["USD", "$"],
    ["CNY", "¥"],
    ["EUR", null],
  ] as const)("%s → %s", (currency, symbol) => {
    expect(currencySymbol(currency)).toBe(symbol);
  });
});

describe("regionCurrency", () => {
  it.each([
    ["beijing", "CNY"],
    ["singapore", "USD"],
    ["virginia", "USD"],
  ] as const)("%s bills in %s", (region, currency) => {
    expect(regionCurrency(region)).toBe(currency);
  });
});
