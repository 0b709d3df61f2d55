-- CreateIndex
CREATE INDEX "Assessment_labId_submittedAt_id_idx" ON "Assessment"("labId", "submittedAt", "id");
