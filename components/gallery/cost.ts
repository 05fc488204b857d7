// What a generation costs, for display: the actual amount once it succeeded, the estimate before.
import { formatMoney, toMicros } from "@/lib/billing/money";
import type { GenerationItem } from "./types";

export interface CostLabel {
  /** "$0.75", or null when no price is known. */
  amount: string | null;
  kind: "actual" | "estimate" | "none";
  /** Short text for cards: "$0.75", "est. $0.75", "no charge", "price unknown". */
  text: string;
}

export function money(amount: string | null | undefined, currency: string | null | undefined, fullPrecision = false): string | null {
  if (amount === null || amount === undefined || !currency) return null;
  try {
    return formatMoney(toMicros(amount), currency, { fullPrecision });
  } catch {
    return null;
  }
}

export function costLabel(g: Pick<GenerationItem, "status" | "estimate" | "actual">): CostLabel {
  if (g.status === "succeeded" && g.actual) {
    const amount = money(g.actual.amount, g.actual.currency ?? g.estimate?.currency);
    return { amount, kind: "actual", text: amount ?? "price unknown" };
  }
  if (g.status !== "succeeded" && g.actual && g.actual.billedSeconds === 0 && !["queued", "pending", "running"].includes(g.status)) {
    return { amount: null, kind: "none", text: "no charge" };
  }
  const amount = money(g.estimate?.amount, g.estimate?.currency);
  return { amount, kind: amount ? "estimate" : "none", text: amount ? `est. ${amount}` : "price unknown" };
}

/** 5 → "5 s", 8.25 → "8.25 s". */
export function formatSeconds(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return "—";
  return `${Number(seconds.toFixed(2))} s`;
}

/** 1234567 → "1.18 MB". */
export function formatBytes(bytes: number | null | undefined): string {
  if (!bytes || !Number.isFinite(bytes)) return "—";
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}
