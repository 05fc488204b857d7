// What a generation costs, for display: the actual amount once it succeeded (or once the provider
// billed it even though the video was lost), the estimate before.
import { formatDecimalMoney } from "@/lib/rules/billing/money";
import { isUnsuccessful, PUBLIC_STATUS } from "@/lib/rules/generation-status";
import { isInFlight } from "./live";
import type { GenerationJson as GenerationItem } from "@/lib/contracts/generation";

export interface CostLabel {
  /** "$0.75", or null when no price is known. */
  amount: string | null;
  /** "lost": the provider finished and billed the task, but its video could not be stored. */
  kind: "actual" | "lost" | "estimate" | "none";
  /** Short text for cards: "$0.75", "est. $0.75", "Billed, video lost · $0.75", "no charge", "price unknown". */
  text: string;
}

/** "$0.415", "$0.50"; null when there is no amount (see formatMoney). */
export function money(amount: string | null | undefined, currency: string | null | undefined): string | null {
  return formatDecimalMoney(amount, currency);
}

export const VIDEO_LOST_TEXT = "Billed, video lost";

/** The provider finished (and billed) the task, but the generation ended without a video. */
export function billedWithoutVideo(g: Pick<GenerationItem, "status" | "actual">): boolean {
  return isUnsuccessful(g.status) && (g.actual?.billedSeconds ?? 0) > 0;
}

export function costLabel(g: Pick<GenerationItem, "status" | "estimate" | "actual">): CostLabel {
  if (g.status === PUBLIC_STATUS.succeeded && g.actual) {
    const amount = money(g.actual.amount, g.actual.currency ?? g.estimate?.currency);
    return { amount, kind: "actual", text: amount ?? "price unknown" };
  }
  if (billedWithoutVideo(g)) {
    const amount = money(g.actual!.amount, g.actual!.currency ?? g.estimate?.currency);
    return { amount, kind: "lost", text: amount ? `${VIDEO_LOST_TEXT} · ${amount}` : VIDEO_LOST_TEXT };
  }
  if (g.status !== PUBLIC_STATUS.succeeded && g.actual && g.actual.billedSeconds === 0 && !isInFlight(g.status)) {
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
