-- The status column admits exactly the statuses of the state machine (lib/rules/generation-status.ts;
-- tests/unit/generations/status-check.test.ts keeps this list equal to it). SQLite cannot add a
-- constraint to a table, so the table is rebuilt: the migration runner turns foreign keys off
-- around it (the drop would otherwise cascade into events and share links) and checks them after.

-- RedefineTables
CREATE TABLE "new_Generation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "creatorId" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "request" JSONB NOT NULL,
    "warnings" JSONB,
    "status" TEXT NOT NULL,
    "keySource" TEXT NOT NULL,
    "credentialId" TEXT,
    "idempotencyKey" TEXT,
    "requestHash" TEXT NOT NULL,
    "providerTaskId" TEXT,
    "providerRequestId" TEXT,
    "providerVideoUrl" TEXT,
    "errorCode" TEXT,
    "errorMessage" TEXT,
    "usage" JSONB,
    "estimate" JSONB,
    "currency" TEXT,
    "unitPriceMicros" BIGINT,
    "estimatedBilledMs" INTEGER,
    "estimatedAmountMicros" BIGINT,
    "actualBilledMs" INTEGER,
    "actualAmountMicros" BIGINT,
    "costMismatch" BOOLEAN NOT NULL DEFAULT false,
    "videoKey" TEXT,
    "videoBytes" BIGINT,
    "videoSha256" TEXT,
    "videoContentType" TEXT,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseOwner" TEXT,
    "leaseUntil" DATETIME,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "dispatchedAt" DATETIME,
    "dispatchSlot" TEXT,
    "submittedAt" DATETIME,
    "finishedAt" DATETIME,
    "archivedAt" DATETIME,
    CONSTRAINT "Generation_status_check" CHECK ("status" IN ('queued', 'dispatching', 'pending', 'running', 'archiving', 'succeeded', 'failed', 'canceled', 'expired')),
    CONSTRAINT "Generation_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Generation_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Generation_creatorId_fkey" FOREIGN KEY ("creatorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Generation" ("id", "teamId", "projectId", "creatorId", "mode", "model", "region", "prompt", "request", "warnings", "status", "keySource", "credentialId", "idempotencyKey", "requestHash", "providerTaskId", "providerRequestId", "providerVideoUrl", "errorCode", "errorMessage", "usage", "estimate", "currency", "unitPriceMicros", "estimatedBilledMs", "estimatedAmountMicros", "actualBilledMs", "actualAmountMicros", "costMismatch", "videoKey", "videoBytes", "videoSha256", "videoContentType", "nextAttemptAt", "leaseOwner", "leaseUntil", "attempts", "createdAt", "updatedAt", "dispatchedAt", "dispatchSlot", "submittedAt", "finishedAt", "archivedAt") SELECT "id", "teamId", "projectId", "creatorId", "mode", "model", "region", "prompt", "request", "warnings", "status", "keySource", "credentialId", "idempotencyKey", "requestHash", "providerTaskId", "providerRequestId", "providerVideoUrl", "errorCode", "errorMessage", "usage", "estimate", "currency", "unitPriceMicros", "estimatedBilledMs", "estimatedAmountMicros", "actualBilledMs", "actualAmountMicros", "costMismatch", "videoKey", "videoBytes", "videoSha256", "videoContentType", "nextAttemptAt", "leaseOwner", "leaseUntil", "attempts", "createdAt", "updatedAt", "dispatchedAt", "dispatchSlot", "submittedAt", "finishedAt", "archivedAt" FROM "Generation";
DROP TABLE "Generation";
ALTER TABLE "new_Generation" RENAME TO "Generation";
CREATE INDEX "Generation_teamId_createdAt_id_idx" ON "Generation"("teamId", "createdAt", "id");
CREATE INDEX "Generation_projectId_createdAt_id_idx" ON "Generation"("projectId", "createdAt", "id");
CREATE INDEX "Generation_status_nextAttemptAt_idx" ON "Generation"("status", "nextAttemptAt");
CREATE INDEX "Generation_credentialId_status_idx" ON "Generation"("credentialId", "status");
CREATE UNIQUE INDEX "Generation_creatorId_idempotencyKey_key" ON "Generation"("creatorId", "idempotencyKey");
CREATE UNIQUE INDEX "Generation_providerTaskId_key" ON "Generation"("providerTaskId");
CREATE UNIQUE INDEX "Generation_dispatchSlot_key" ON "Generation"("dispatchSlot");
