-- DropIndex
DROP INDEX "Generation_providerTaskId_idx";

-- AlterTable
ALTER TABLE "Generation" ADD COLUMN     "dispatchSlot" TEXT;

-- Before this constraint one provider task could end up linked to several generations. Keep it on
-- the earliest one; a later one still in flight goes back to `dispatching`, where recovery looks for
-- its own task (or queues it again); a finished one is unlinked.
UPDATE "Generation" SET
    "status" = CASE WHEN "status" IN ('pending', 'running', 'archiving') THEN 'dispatching' ELSE "status" END,
    "providerVideoUrl" = CASE WHEN "status" IN ('pending', 'running', 'archiving') THEN NULL ELSE "providerVideoUrl" END,
    "leaseOwner" = NULL,
    "leaseUntil" = NULL,
    "providerTaskId" = NULL
WHERE "providerTaskId" IS NOT NULL AND EXISTS (
    SELECT 1 FROM "Generation" AS "earlier"
    WHERE "earlier"."providerTaskId" = "Generation"."providerTaskId"
      AND ("earlier"."createdAt" < "Generation"."createdAt" OR ("earlier"."createdAt" = "Generation"."createdAt" AND "earlier"."id" < "Generation"."id"))
);

-- CreateIndex
CREATE UNIQUE INDEX "Generation_providerTaskId_key" ON "Generation"("providerTaskId");

-- CreateIndex
CREATE UNIQUE INDEX "Generation_dispatchSlot_key" ON "Generation"("dispatchSlot");

