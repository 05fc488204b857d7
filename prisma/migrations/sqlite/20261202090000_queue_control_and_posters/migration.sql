-- Queue control (fair share, quotas, approvals, notifications, cancel, reconciliation) and posters.

-- from generation_poster_key
-- AlterTable
ALTER TABLE "Generation" ADD COLUMN "posterKey" TEXT;


-- from project_priority_dispatch_backoff
-- CreateTable
CREATE TABLE "DispatchBackoff" (
    "account" TEXT NOT NULL PRIMARY KEY,
    "until" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Project" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "priority" TEXT NOT NULL DEFAULT 'normal',
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Project_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Project" ("archivedAt", "createdAt", "id", "name", "teamId", "updatedAt") SELECT "archivedAt", "createdAt", "id", "name", "teamId", "updatedAt" FROM "Project";
DROP TABLE "Project";
ALTER TABLE "new_Project" RENAME TO "Project";
CREATE INDEX "Project_teamId_archivedAt_idx" ON "Project"("teamId", "archivedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- from quotas_and_approvals

-- AlterTable
ALTER TABLE "Generation" ADD COLUMN "approvalDecidedAt" DATETIME;
ALTER TABLE "Generation" ADD COLUMN "approvalDecidedById" TEXT;
ALTER TABLE "Generation" ADD COLUMN "approvalDecidedByName" TEXT;
ALTER TABLE "Generation" ADD COLUMN "approvalDecision" TEXT;
ALTER TABLE "Generation" ADD COLUMN "approvalNote" TEXT;
ALTER TABLE "Generation" ADD COLUMN "approvalReasons" JSONB;

-- CreateTable
CREATE TABLE "MemberQuota" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "currency" TEXT,
    "limit" BIGINT NOT NULL,
    "region" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MemberQuota_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApprovalPolicy" (
    "teamId" TEXT NOT NULL PRIMARY KEY,
    "overUsdMicros" BIGINT,
    "overCnyMicros" BIGINT,
    "overQuota" BOOLEAN NOT NULL DEFAULT false,
    "allowSelfApproval" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ApprovalPolicy_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "MemberQuota_teamId_userId_key" ON "MemberQuota"("teamId", "userId");

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
    "posterKey" TEXT,
    "approvalReasons" JSONB,
    "approvalDecision" TEXT,
    "approvalDecidedById" TEXT,
    "approvalDecidedByName" TEXT,
    "approvalDecidedAt" DATETIME,
    "approvalNote" TEXT,
    CONSTRAINT "Generation_status_check" CHECK ("status" IN ('queued', 'dispatching', 'pending', 'running', 'archiving', 'succeeded', 'failed', 'canceled', 'expired', 'awaiting_approval', 'rejected')),
    CONSTRAINT "Generation_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Generation_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Generation_creatorId_fkey" FOREIGN KEY ("creatorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Generation" ("id", "teamId", "projectId", "creatorId", "mode", "model", "region", "prompt", "request", "warnings", "status", "keySource", "credentialId", "idempotencyKey", "requestHash", "providerTaskId", "providerRequestId", "providerVideoUrl", "errorCode", "errorMessage", "usage", "estimate", "currency", "unitPriceMicros", "estimatedBilledMs", "estimatedAmountMicros", "actualBilledMs", "actualAmountMicros", "costMismatch", "videoKey", "videoBytes", "videoSha256", "videoContentType", "nextAttemptAt", "leaseOwner", "leaseUntil", "attempts", "createdAt", "updatedAt", "dispatchedAt", "dispatchSlot", "submittedAt", "finishedAt", "archivedAt", "posterKey", "approvalReasons", "approvalDecision", "approvalDecidedById", "approvalDecidedByName", "approvalDecidedAt", "approvalNote") SELECT "id", "teamId", "projectId", "creatorId", "mode", "model", "region", "prompt", "request", "warnings", "status", "keySource", "credentialId", "idempotencyKey", "requestHash", "providerTaskId", "providerRequestId", "providerVideoUrl", "errorCode", "errorMessage", "usage", "estimate", "currency", "unitPriceMicros", "estimatedBilledMs", "estimatedAmountMicros", "actualBilledMs", "actualAmountMicros", "costMismatch", "videoKey", "videoBytes", "videoSha256", "videoContentType", "nextAttemptAt", "leaseOwner", "leaseUntil", "attempts", "createdAt", "updatedAt", "dispatchedAt", "dispatchSlot", "submittedAt", "finishedAt", "archivedAt", "posterKey", "approvalReasons", "approvalDecision", "approvalDecidedById", "approvalDecidedByName", "approvalDecidedAt", "approvalNote" FROM "Generation";
DROP TABLE "Generation";
ALTER TABLE "new_Generation" RENAME TO "Generation";
CREATE INDEX "Generation_teamId_createdAt_id_idx" ON "Generation"("teamId", "createdAt", "id");
CREATE INDEX "Generation_projectId_createdAt_id_idx" ON "Generation"("projectId", "createdAt", "id");
CREATE INDEX "Generation_status_nextAttemptAt_idx" ON "Generation"("status", "nextAttemptAt");
CREATE INDEX "Generation_credentialId_status_idx" ON "Generation"("credentialId", "status");
CREATE UNIQUE INDEX "Generation_creatorId_idempotencyKey_key" ON "Generation"("creatorId", "idempotencyKey");
CREATE UNIQUE INDEX "Generation_providerTaskId_key" ON "Generation"("providerTaskId");
CREATE UNIQUE INDEX "Generation_dispatchSlot_key" ON "Generation"("dispatchSlot");

-- from notification_outbox
-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "emailEvents" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "TeamNotificationChannel" (
    "teamId" TEXT NOT NULL PRIMARY KEY,
    "slackUrlBox" TEXT NOT NULL,
    "slackUrlHint" TEXT NOT NULL,
    "slackEvents" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "NotificationOutbox" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT,
    "channel" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "recipient" TEXT,
    "messageBox" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseOwner" TEXT,
    "leaseUntil" DATETIME,
    "lastError" TEXT,
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "NotificationOutbox_dedupeKey_key" ON "NotificationOutbox"("dedupeKey");

-- CreateIndex
CREATE INDEX "NotificationOutbox_status_nextAttemptAt_idx" ON "NotificationOutbox"("status", "nextAttemptAt");

-- from generation_cancel_request
-- AlterTable
ALTER TABLE "Generation" ADD COLUMN "cancelRequestedAt" DATETIME;
ALTER TABLE "Generation" ADD COLUMN "cancelRequestedById" TEXT;

-- from reconciliation
-- CreateTable
CREATE TABLE "ProviderReconciliation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "account" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "keySource" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'never',
    "error" TEXT,
    "checkedAt" DATETIME,
    "nextCheckAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseUntil" DATETIME,
    "windowStart" DATETIME,
    "windowEnd" DATETIME,
    "complete" BOOLEAN NOT NULL DEFAULT true,
    "providerTasks" INTEGER NOT NULL DEFAULT 0,
    "findings" JSONB,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "ProviderReconciliation_nextCheckAt_idx" ON "ProviderReconciliation"("nextCheckAt");

-- CreateIndex
CREATE UNIQUE INDEX "ProviderReconciliation_teamId_account_region_key" ON "ProviderReconciliation"("teamId", "account", "region");


-- CreateTable
CREATE TABLE "OutsideProviderTask" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "account" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "model" TEXT,
    "status" TEXT NOT NULL,
    "submittedAt" DATETIME,
    "firstSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "OutsideProviderTask_teamId_submittedAt_idx" ON "OutsideProviderTask"("teamId", "submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "OutsideProviderTask_account_taskId_key" ON "OutsideProviderTask"("account", "taskId");

