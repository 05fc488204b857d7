// Price administration for one team: the effective list, a team override per model, region,
// tier and audio option (set again = replaced), and removing it to fall back to the default.
// Past generations keep the unit price stored when they were submitted.
import "server-only";
import { assertCan, type Actor } from "@/lib/platform/auth/actor";
import { recordActorAudit } from "@/lib/services/audit/record";
import { defaultPriceRows } from "@/lib/rules/billing/default-prices";
import { microsToDecimal, regionCurrency, toMicros } from "@/lib/rules/billing/money";
import type { PriceRow } from "@/lib/rules/billing/prices";
import { db } from "@/lib/adapters/db/client";
import { notFound } from "@/lib/contracts/errors";
import type { Tier } from "@/lib/rules/models/types";
import { priceSlots } from "@/lib/services/prices/catalog-options";
import { effectivePrices, type PriceView } from "@/lib/services/prices/effective";
import type { PutPriceBody } from "@/lib/services/prices/schemas";

export const OVERRIDE_SOURCE = "team price";

/** The team's rows plus the instance rows, with the seeded public list where none are stored. */
async function rowsFor(teamId: string): Promise<PriceRow[]> {
  const stored = (await db().priceEntry.findMany({ where: { OR: [{ teamId }, { teamId: null }] } })).map(
    (r): PriceRow => ({ ...r, tier: r.tier as Tier, audio: r.audio as PriceRow["audio"] }),
  );
  const storedInstance = new Set(stored.filter((r) => r.teamId === null).map((r) => `${r.model}|${r.region}`));
  return [...stored, ...defaultPriceRows().filter((r) => !storedInstance.has(`${r.model}|${r.region}`))];
}

export async function listPrices(actor: Actor, at = new Date()): Promise<{ prices: PriceView[] }> {
  assertCan(actor, "team.view");
  return { prices: effectivePrices(await rowsFor(actor.teamId), priceSlots(), at) };
}

function viewFor(prices: PriceView[], key: Pick<PutPriceBody, "model" | "region" | "tier" | "audio">): PriceView {
  const view = prices.find((p) => p.model === key.model && p.region === key.region && p.tier === key.tier && p.audio === key.audio);
  if (!view) throw new Error("price view missing after save");
  return view;
}

const figureOf = (r: { currency: string; pricePerSecondMicros: bigint; effectiveFrom: Date }) => ({
  currency: r.currency,
  pricePerSecond: microsToDecimal(r.pricePerSecondMicros),
  effectiveFrom: r.effectiveFrom.toISOString(),
});

export async function putPrice(actor: Actor, body: PutPriceBody): Promise<{ price: PriceView; created: boolean }> {
  assertCan(actor, "price.manage");
  const key = { teamId: actor.teamId, model: body.model, region: body.region, tier: body.tier, audio: body.audio };
  const next = {
    currency: body.currency ?? regionCurrency(body.region),
    pricePerSecondMicros: toMicros(body.pricePerSecond),
    effectiveFrom: body.effectiveFrom ? new Date(body.effectiveFrom) : new Date(),
  };
  const created = await db().$transaction(async (tx) => {
    const existing = await tx.priceEntry.findMany({ where: key, orderBy: { effectiveFrom: "desc" } });
    if (existing.length) await tx.priceEntry.deleteMany({ where: { id: { in: existing.map((r) => r.id) } } });
    const row = await tx.priceEntry.create({ data: { ...key, ...next, source: OVERRIDE_SOURCE, createdById: actor.user.id } });
    await recordActorAudit(
      actor,
      {
        action: "price.changed",
        targetType: "price",
        targetId: row.id,
        data: {
          model: body.model,
          region: body.region,
          tier: body.tier,
          audio: body.audio,
          old: existing[0] ? figureOf(existing[0]) : null,
          new: figureOf(row),
        },
      },
      tx,
    );
    return existing.length === 0;
  });
  return { price: viewFor((await listPrices(actor)).prices, body), created };
}

export async function deletePrice(actor: Actor, id: string): Promise<{ ok: true }> {
  assertCan(actor, "price.manage");
  const row = await db().priceEntry.findFirst({ where: { id, teamId: actor.teamId } });
  if (!row) throw notFound("Team price");
  await db().$transaction(async (tx) => {
    await tx.priceEntry.delete({ where: { id: row.id } });
    await recordActorAudit(
      actor,
      {
        action: "price.deleted",
        targetType: "price",
        targetId: row.id,
        data: { model: row.model, region: row.region, tier: row.tier, audio: row.audio, old: figureOf(row) },
      },
      tx,
    );
  });
  return { ok: true };
}
