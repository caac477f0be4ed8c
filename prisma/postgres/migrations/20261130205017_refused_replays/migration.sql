-- CreateTable
CREATE TABLE "RefusedReplay" (
    "id" TEXT NOT NULL,
    "userId" TEXT,
    "addressKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RefusedReplay_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RefusedReplay_userId_createdAt_idx" ON "RefusedReplay"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "RefusedReplay_addressKey_createdAt_idx" ON "RefusedReplay"("addressKey", "createdAt");

-- CreateIndex
CREATE INDEX "RefusedReplay_createdAt_idx" ON "RefusedReplay"("createdAt");

-- AddForeignKey
ALTER TABLE "RefusedReplay" ADD CONSTRAINT "RefusedReplay_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

