// GET /api/v1/generations/{id}/events: the generation's timeline, oldest first.
import "server-only";
import { db } from "@/lib/adapters/db/client";
import type { Actor } from "@/lib/platform/auth/actor";
import type { Data } from "@/lib/contracts/common";
import type { GenerationEvent } from "@/lib/contracts/generation";
import { getGenerationRow } from "@/lib/services/generations/queries";

export async function listEvents(actor: Actor, generationId: string): Promise<Data<typeof GenerationEvent>[]> {
  const g = await getGenerationRow(actor, generationId);
  const events = await db().generationEvent.findMany({ where: { generationId: g.id }, orderBy: { createdAt: "asc" } });
  return events.map(({ generationId: _g, data, ...e }) => ({ ...e, data: data as Record<string, unknown> | null }));
}
