-- AlterTable
ALTER TABLE "Generation" ADD COLUMN "reviewStatus" TEXT;
ALTER TABLE "Generation" ADD COLUMN "reviewedAt" DATETIME;
ALTER TABLE "Generation" ADD COLUMN "reviewedById" TEXT;
ALTER TABLE "Generation" ADD COLUMN "reviewedByName" TEXT;

-- CreateTable
CREATE TABLE "Favourite" (
    "userId" TEXT NOT NULL,
    "generationId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("userId", "generationId"),
    CONSTRAINT "Favourite_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Favourite_generationId_fkey" FOREIGN KEY ("generationId") REFERENCES "Generation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GenerationTag" (
    "generationId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("generationId", "name"),
    CONSTRAINT "GenerationTag_generationId_fkey" FOREIGN KEY ("generationId") REFERENCES "Generation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Favourite_generationId_idx" ON "Favourite"("generationId");

-- CreateIndex
CREATE INDEX "GenerationTag_teamId_name_idx" ON "GenerationTag"("teamId", "name");

