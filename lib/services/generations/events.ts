import "server-only";
import type { Db, Prisma } from "@/lib/adapters/db/client";

type Tx = Pick<Db, "generationEvent">;

/** One row per transition: the generation's timeline (who, what, when, provider ids). */
export async function addEvent(
  tx: Tx,
  generationId: string,
  type: string,
  fields: { actorId?: string | null; message?: string; data?: Prisma.InputJsonValue } = {},
): Promise<void> {
  await tx.generationEvent.create({ data: { generationId, type, actorId: fields.actorId ?? null, message: fields.message, data: fields.data } });
}
