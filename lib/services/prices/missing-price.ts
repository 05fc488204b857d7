// What the form shows beside "Price unknown": the price that is missing, where to set it, and who
// may — the viewer themself (a "Set a price" link), or the team's owners and admins by name.
import "server-only";
import type { Actor } from "@/lib/platform/auth/actor";
import { can } from "@/lib/rules/permissions";
import { db } from "@/lib/adapters/db/client";
import { describePriceKey, priceSettingsHref, type MissingPrice, type PriceKey } from "@/lib/rules/billing/price-key";

const MAX_NAMES = 3;

export async function missingPrice(actor: Actor, key: PriceKey): Promise<MissingPrice> {
  const canSet = can(actor.role, "price.manage");
  const setters = canSet
    ? []
    : await db().membership.findMany({
        where: { teamId: actor.teamId, role: { in: ["owner", "admin"] } },
        select: { role: true, user: { select: { name: true, email: true } } },
        orderBy: { createdAt: "asc" },
      });
  const setBy = setters
    .sort((a, b) => (a.role === b.role ? 0 : a.role === "owner" ? -1 : 1))
    .map((m) => m.user.name || m.user.email)
    .slice(0, MAX_NAMES);
  return { ...key, description: describePriceKey(key), settingsUrl: priceSettingsHref(key), canSet, setBy };
}
