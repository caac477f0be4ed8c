-- CreateTable
CREATE TABLE "AuthoredExercise" (
    "id" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "document" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AuthoredExercise_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExerciseAssignment" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "exerciseId" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExerciseAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuthoredExercise_authorId_idx" ON "AuthoredExercise"("authorId");

-- CreateIndex
CREATE INDEX "ExerciseAssignment_exerciseId_idx" ON "ExerciseAssignment"("exerciseId");

-- CreateIndex
CREATE UNIQUE INDEX "ExerciseAssignment_cohortId_exerciseId_key" ON "ExerciseAssignment"("cohortId", "exerciseId");

-- AddForeignKey
ALTER TABLE "AuthoredExercise" ADD CONSTRAINT "AuthoredExercise_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExerciseAssignment" ADD CONSTRAINT "ExerciseAssignment_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExerciseAssignment" ADD CONSTRAINT "ExerciseAssignment_exerciseId_fkey" FOREIGN KEY ("exerciseId") REFERENCES "AuthoredExercise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

