import { authed } from "@/lib/platform/http/handler";
import { db } from "@/lib/adapters/db/client";
import { getGenerationRow } from "@/lib/services/generations/queries";

export const GET = authed({ action: "generation.view" }, async ({ actor, params }) => {
  const g = await getGenerationRow(actor, params.id);
  const events = await db().generationEvent.findMany({ where: { generationId: g.id }, orderBy: { createdAt: "asc" } });
  return { events: events.map(({ generationId: _g, ...e }) => e) };
});
