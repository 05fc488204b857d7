// Member quotas (pure): which generations a quota counts, what one generation asks of it, and the
// refusal with its numbers. A quota is billed seconds or an amount in one currency, for every
// region or one; it counts a member's generations of the month like budgets do (actual cost of
// finished ones, estimates of those in flight).
import { formatMoney, regionCurrency, type Currency } from "@/lib/rules/billing/money";
import type { Region } from "@/lib/rules/models/types";

export const QUOTA_UNITS = ["money", "seconds"] as const;
export type QuotaUnit = (typeof QUOTA_UNITS)[number];

export interface QuotaRule {
  unit: QuotaUnit;
  /** Money quotas only. */
  currency: Currency | null;
  /** Micro-units of the currency, or billed milliseconds. */
  limit: bigint;
  /** Null: every region. */
  region: Region | null;
}

export interface QuotaDemand {
  region: Region;
  currency: string;
  billedMs: number;
  /** Null when the price is unknown. */
  amountMicros: bigint | null;
}

/** Whether the quota counts a generation in `region` billed in `currency`. */
export function quotaApplies(quota: QuotaRule, generation: { region: string; currency: string | null }): boolean {
  if (quota.region !== null && quota.region !== generation.region) return false;
  return quota.unit === "seconds" || quota.currency === generation.currency;
}

/** What a generation asks of the quota: billed ms or micro-units; null when its price is unknown (money quota). */
export function quotaNeed(quota: QuotaRule, demand: QuotaDemand): bigint | null {
  return quota.unit === "seconds" ? BigInt(demand.billedMs) : demand.amountMicros;
}

/** An amount through formatMoney, or billed seconds ("90 s", up to 3 decimals). */
export function formatQuotaValue(quota: Pick<QuotaRule, "unit" | "currency">, value: bigint): string {
  if (quota.unit === "money") return formatMoney(value, quota.currency ?? "");
  const seconds = Number(value) / 1000;
  return `${seconds.toLocaleString("en", { maximumFractionDigits: 3 })} s`;
}

export type QuotaVerdict = { kind: "within" } | { kind: "not_counted" } | { kind: "exceeded"; used: bigint; need: bigint } | { kind: "price_unknown" };

/** The quota's answer for one generation, given what is already used or reserved this month. */
export function quotaVerdict(quota: QuotaRule, used: bigint, demand: QuotaDemand): QuotaVerdict {
  if (!quotaApplies(quota, demand)) return { kind: "not_counted" };
  const need = quotaNeed(quota, demand);
  if (need === null) return { kind: "price_unknown" };
  return used + need > quota.limit ? { kind: "exceeded", used, need } : { kind: "within" };
}

function scopeText(quota: QuotaRule): string {
  return quota.region ? ` in ${quota.region}` : "";
}

/** "Alice's monthly quota is $10.00; $9.20 used or reserved; this generation needs $1.50." */
export function quotaExceededMessage(memberName: string, quota: QuotaRule, used: bigint, need: bigint): string {
  const f = (v: bigint) => formatQuotaValue(quota, v);
  return `${memberName}'s monthly quota${scopeText(quota)} is ${f(quota.limit)}; ${f(used)} used or reserved; this generation needs ${f(need)}.`;
}

export function quotaPriceUnknownMessage(memberName: string, quota: QuotaRule): string {
  return `${memberName}'s monthly quota${scopeText(quota)} is ${formatQuotaValue(quota, quota.limit)}, and this model has no known price, so the generation cannot be counted against it. Ask an admin to set its price in Settings → Budgets & prices.`;
}

/** The field a quota's currency is refused on, or null: a regional money quota must be in the currency that region bills in. */
export function quotaCurrencyIssue(quota: Pick<QuotaRule, "unit" | "currency" | "region">): string | null {
  if (quota.unit !== "money" || quota.region === null || quota.currency === null) return null;
  const billed = regionCurrency(quota.region);
  return billed === quota.currency
    ? null
    : `currency must be ${billed}: ${quota.region} bills in ${billed}, so a ${quota.currency} quota there would never count anything.`;
}

export function percentUsed(used: bigint, limit: bigint): number {
  if (limit <= 0n) return used > 0n ? 100 : 0;
  return Number((used * 1000n) / limit) / 10;
}
