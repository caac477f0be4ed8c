-- CreateTable
CREATE TABLE "RefusedReplay" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT,
    "addressKey" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RefusedReplay_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "RefusedReplay_userId_createdAt_idx" ON "RefusedReplay"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "RefusedReplay_addressKey_createdAt_idx" ON "RefusedReplay"("addressKey", "createdAt");

-- CreateIndex
CREATE INDEX "RefusedReplay_createdAt_idx" ON "RefusedReplay"("createdAt");

