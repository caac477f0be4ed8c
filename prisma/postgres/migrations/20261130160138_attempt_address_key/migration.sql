-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "addressKey" TEXT;

-- CreateIndex
CREATE INDEX "Attempt_addressKey_createdAt_idx" ON "Attempt"("addressKey", "createdAt");

