// Share-link expiry: what the days field accepts, and how a link's expiry reads (pure).
import type { ShareLinkJson as ShareLink } from "@/lib/contracts/generation";

/** "" → never expires; 1..365 → days; anything else → an error message. */
export function parseExpiryDays(text: string): { days: number | null; error?: string } {
  const value = text.trim();
  if (!value) return { days: null };
  const days = Number(value);
  if (!Number.isInteger(days) || days < 1 || days > 365) return { days: null, error: "Enter whole days from 1 to 365, or leave empty." };
  return { days };
}

export function expiryText(link: Pick<ShareLink, "expiresAt" | "expired">, now = Date.now()): string {
  if (!link.expiresAt) return "Never expires";
  const date = new Date(link.expiresAt).toLocaleDateString("en", { month: "short", day: "numeric", year: "numeric" });
  return link.expired || Date.parse(link.expiresAt) < now ? `Expired ${date}` : `Expires ${date}`;
}
