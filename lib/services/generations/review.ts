// The team's review of a video: the caller's favourite, the team's tags and a review status (who
// and when, on the timeline and in the audit trail). Another team's generation is a 404.
import "server-only";
import { assertCan, type Actor } from "@/lib/platform/auth/actor";
import { db } from "@/lib/adapters/db/client";
import { AppError } from "@/lib/contracts/errors";
import type { Data } from "@/lib/contracts/common";
import type { ReviewBody, TagList, TagsBody } from "@/lib/contracts/review";
import { recordAudit } from "@/lib/services/audit/record";
import { addEvent } from "@/lib/services/generations/events";
import { getGeneration, getGenerationRow } from "@/lib/services/generations/queries";
import { STATUS } from "@/lib/rules/generation-status";
import { REVIEW_LABELS } from "@/lib/rules/review";

const isUniqueViolation = (error: unknown) => (error as { code?: unknown })?.code === "P2002";

export async function setFavourite(actor: Actor, generationId: string, favourite: boolean): Promise<{ favourite: boolean }> {
  assertCan(actor, "generation.favourite");
  const g = await getGenerationRow(actor, generationId);
  const key = { userId: actor.user.id, generationId: g.id };
  if (!favourite) {
    await db().favourite.deleteMany({ where: key });
    return { favourite };
  }
  try {
    await db().favourite.create({ data: key });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error; // already a favourite (or a concurrent PUT won)
  }
  return { favourite };
}

export async function setReview(actor: Actor, generationId: string, body: Data<typeof ReviewBody>) {
  assertCan(actor, "generation.review");
  const g = await getGenerationRow(actor, generationId);
  if (g.status !== STATUS.succeeded) throw new AppError("conflict", "Only archived videos can be reviewed; this one has not succeeded.");
  const reviewed = body.status !== null;
  await db().$transaction(async (tx) => {
    await tx.generation.update({
      where: { id: g.id },
      data: {
        reviewStatus: body.status,
        reviewedById: reviewed ? actor.user.id : null,
        reviewedByName: reviewed ? actor.user.name : null,
        reviewedAt: reviewed ? new Date() : null,
      },
    });
    const message = body.status ? `${REVIEW_LABELS[body.status]} by ${actor.user.name}` : `Review cleared by ${actor.user.name}`;
    await addEvent(tx, g.id, "reviewed", { actorId: actor.user.id, message, data: { status: body.status, previous: g.reviewStatus } });
    await recordAudit(
      { teamId: actor.teamId, actorId: actor.user.id, action: "generation.reviewed", targetType: "generation", targetId: g.id, data: { status: body.status } },
      tx,
    );
  });
  return getGeneration(actor, g.id);
}

/** Replaces the generation's tags with `body.tags` (already normalized and without repeats). */
export async function setTags(actor: Actor, generationId: string, body: Data<typeof TagsBody>) {
  assertCan(actor, "generation.tag");
  const g = await getGenerationRow(actor, generationId);
  const write = () =>
    db().$transaction(async (tx) => {
      await tx.generationTag.deleteMany({ where: { generationId: g.id, name: { notIn: body.tags } } });
      const kept = await tx.generationTag.findMany({ where: { generationId: g.id }, select: { name: true } });
      const added = body.tags.filter((name) => !kept.some((k) => k.name === name));
      if (added.length) await tx.generationTag.createMany({ data: added.map((name) => ({ generationId: g.id, teamId: g.teamId, name })) });
      await recordAudit(
        { teamId: actor.teamId, actorId: actor.user.id, action: "generation.tagged", targetType: "generation", targetId: g.id, data: { tags: body.tags } },
        tx,
      );
    });
  try {
    await write();
  } catch (error) {
    // A concurrent change added one of the same tags first: the second try sees it.
    if (!isUniqueViolation(error)) throw error;
    await write();
  }
  return getGeneration(actor, g.id);
}

export async function listTags(actor: Actor): Promise<Data<typeof TagList>> {
  assertCan(actor, "generation.view");
  const groups = await db().generationTag.groupBy({ by: ["name"], where: { teamId: actor.teamId }, _count: { _all: true }, orderBy: { name: "asc" } });
  return { items: groups.map((g) => ({ name: g.name, count: g._count._all })) };
}
