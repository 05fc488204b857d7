-- Queue control (fair share, quotas, approvals, notifications, cancel, reconciliation) and posters.

-- from generation_poster_key
-- AlterTable
ALTER TABLE "Generation" ADD COLUMN     "posterKey" TEXT;


-- from project_priority_dispatch_backoff
-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "priority" TEXT NOT NULL DEFAULT 'normal';

-- CreateTable
CREATE TABLE "DispatchBackoff" (
    "account" TEXT NOT NULL,
    "until" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DispatchBackoff_pkey" PRIMARY KEY ("account")
);

-- from quotas_and_approvals

-- AlterTable
ALTER TABLE "Generation" ADD COLUMN     "approvalDecidedAt" TIMESTAMP(3),
ADD COLUMN     "approvalDecidedById" TEXT,
ADD COLUMN     "approvalDecidedByName" TEXT,
ADD COLUMN     "approvalDecision" TEXT,
ADD COLUMN     "approvalNote" TEXT,
ADD COLUMN     "approvalReasons" JSONB;

-- CreateTable
CREATE TABLE "MemberQuota" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "currency" TEXT,
    "limit" BIGINT NOT NULL,
    "region" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MemberQuota_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApprovalPolicy" (
    "teamId" TEXT NOT NULL,
    "overUsdMicros" BIGINT,
    "overCnyMicros" BIGINT,
    "overQuota" BOOLEAN NOT NULL DEFAULT false,
    "allowSelfApproval" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ApprovalPolicy_pkey" PRIMARY KEY ("teamId")
);

-- CreateIndex
CREATE UNIQUE INDEX "MemberQuota_teamId_userId_key" ON "MemberQuota"("teamId", "userId");

-- AddForeignKey
ALTER TABLE "MemberQuota" ADD CONSTRAINT "MemberQuota_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprovalPolicy" ADD CONSTRAINT "ApprovalPolicy_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "Generation" DROP CONSTRAINT "Generation_status_check";
ALTER TABLE "Generation" ADD CONSTRAINT "Generation_status_check" CHECK ("status" IN ('queued', 'dispatching', 'pending', 'running', 'archiving', 'succeeded', 'failed', 'canceled', 'expired', 'awaiting_approval', 'rejected'));

-- from notification_outbox
-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" TEXT NOT NULL,
    "emailEvents" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "TeamNotificationChannel" (
    "teamId" TEXT NOT NULL,
    "slackUrlBox" TEXT NOT NULL,
    "slackUrlHint" TEXT NOT NULL,
    "slackEvents" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TeamNotificationChannel_pkey" PRIMARY KEY ("teamId")
);

-- CreateTable
CREATE TABLE "NotificationOutbox" (
    "id" TEXT NOT NULL,
    "teamId" TEXT,
    "channel" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "recipient" TEXT,
    "messageBox" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseOwner" TEXT,
    "leaseUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NotificationOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "NotificationOutbox_dedupeKey_key" ON "NotificationOutbox"("dedupeKey");

-- CreateIndex
CREATE INDEX "NotificationOutbox_status_nextAttemptAt_idx" ON "NotificationOutbox"("status", "nextAttemptAt");

-- from generation_cancel_request
-- AlterTable
ALTER TABLE "Generation" ADD COLUMN     "cancelRequestedAt" TIMESTAMP(3),
ADD COLUMN     "cancelRequestedById" TEXT;

-- from reconciliation
-- CreateTable
CREATE TABLE "ProviderReconciliation" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "account" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "keySource" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'never',
    "error" TEXT,
    "checkedAt" TIMESTAMP(3),
    "nextCheckAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseUntil" TIMESTAMP(3),
    "windowStart" TIMESTAMP(3),
    "windowEnd" TIMESTAMP(3),
    "complete" BOOLEAN NOT NULL DEFAULT true,
    "providerTasks" INTEGER NOT NULL DEFAULT 0,
    "findings" JSONB,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProviderReconciliation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProviderReconciliation_nextCheckAt_idx" ON "ProviderReconciliation"("nextCheckAt");

-- CreateIndex
CREATE UNIQUE INDEX "ProviderReconciliation_teamId_account_region_key" ON "ProviderReconciliation"("teamId", "account", "region");


-- CreateTable
CREATE TABLE "OutsideProviderTask" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "account" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "model" TEXT,
    "status" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OutsideProviderTask_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OutsideProviderTask_teamId_submittedAt_idx" ON "OutsideProviderTask"("teamId", "submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "OutsideProviderTask_account_taskId_key" ON "OutsideProviderTask"("account", "taskId");

