-- AlterTable
ALTER TABLE "Answer" ADD COLUMN     "carriedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "basedOnAssessmentId" TEXT,
ADD COLUMN     "productVersionId" TEXT;

-- AlterTable
ALTER TABLE "EvidenceFile" ADD COLUMN     "sharedFromId" TEXT;

-- CreateTable
CREATE TABLE "ProductVersion" (
    "id" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "firmwareVersion" TEXT NOT NULL,
    "hardwareVersion" TEXT NOT NULL,
    "releasedOn" DATE,
    "notes" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProductVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProductModel" (
    "id" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "modelName" TEXT NOT NULL,
    "sku" TEXT,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProductModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentModel" (
    "assessmentId" TEXT NOT NULL,
    "modelId" TEXT NOT NULL,

    CONSTRAINT "AssessmentModel_pkey" PRIMARY KEY ("assessmentId","modelId")
);

-- CreateIndex
CREATE INDEX "ProductVersion_productId_createdAt_idx" ON "ProductVersion"("productId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ProductVersion_productId_hardwareVersion_firmwareVersion_key" ON "ProductVersion"("productId", "hardwareVersion", "firmwareVersion");

-- CreateIndex
CREATE UNIQUE INDEX "ProductModel_productId_modelName_key" ON "ProductModel"("productId", "modelName");

-- CreateIndex
CREATE INDEX "AssessmentModel_modelId_idx" ON "AssessmentModel"("modelId");

-- CreateIndex
CREATE INDEX "Assessment_productVersionId_idx" ON "Assessment"("productVersionId");

-- CreateIndex
CREATE INDEX "Assessment_basedOnAssessmentId_idx" ON "Assessment"("basedOnAssessmentId");

-- CreateIndex
CREATE INDEX "EvidenceFile_sha256_idx" ON "EvidenceFile"("sha256");

-- CreateIndex
CREATE INDEX "EvidenceFile_sharedFromId_idx" ON "EvidenceFile"("sharedFromId");

-- AddForeignKey
ALTER TABLE "ProductVersion" ADD CONSTRAINT "ProductVersion_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductVersion" ADD CONSTRAINT "ProductVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductModel" ADD CONSTRAINT "ProductModel_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentModel" ADD CONSTRAINT "AssessmentModel_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentModel" ADD CONSTRAINT "AssessmentModel_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "ProductModel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_productVersionId_fkey" FOREIGN KEY ("productVersionId") REFERENCES "ProductVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_basedOnAssessmentId_fkey" FOREIGN KEY ("basedOnAssessmentId") REFERENCES "Assessment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_sharedFromId_fkey" FOREIGN KEY ("sharedFromId") REFERENCES "EvidenceFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Backfill (docs/versions.md). Every product gets a version for its current firmware/hardware and one for each
-- distinct firmware/hardware its issued labels name (read from the signed snapshots, never changed); every
-- product gets one family model from its model name and number. Each assessment is placed on the version (and
-- model) its label names, or, without a label, on the product's current version. Ids are derived (md5) so the
-- backfill is deterministic.
INSERT INTO "ProductVersion" ("id", "productId", "firmwareVersion", "hardwareVersion", "createdAt")
SELECT 'pv' || md5(v."productId" || chr(31) || v.hw || chr(31) || v.fw), v."productId", v.fw, v.hw, min(v.at)
FROM (
  SELECT p."id" AS "productId", p."hardwareVersion" AS hw, p."firmwareVersion" AS fw, p."updatedAt" AS at
  FROM "Product" p
  UNION ALL
  SELECT a."productId", l."snapshot"->'product'->>'hardwareVersion', l."snapshot"->'product'->>'firmwareVersion',
         l."issuedAt"
  FROM "Label" l JOIN "Assessment" a ON a."id" = l."assessmentId"
  WHERE l."snapshot"->'product'->>'hardwareVersion' IS NOT NULL
    AND l."snapshot"->'product'->>'firmwareVersion' IS NOT NULL
) v
GROUP BY v."productId", v.hw, v.fw;

INSERT INTO "ProductModel" ("id", "productId", "modelName", "sku", "createdAt")
SELECT 'pm' || md5(p."id" || chr(31) || p."modelName"), p."id", p."modelName", NULLIF(btrim(p."modelNumber"), ''),
       p."createdAt"
FROM "Product" p;

UPDATE "Assessment" a SET "productVersionId" = 'pv' || md5(a."productId" || chr(31) ||
  (l."snapshot"->'product'->>'hardwareVersion') || chr(31) || (l."snapshot"->'product'->>'firmwareVersion'))
FROM "Label" l
WHERE l."assessmentId" = a."id"
  AND l."snapshot"->'product'->>'hardwareVersion' IS NOT NULL
  AND l."snapshot"->'product'->>'firmwareVersion' IS NOT NULL;

UPDATE "Assessment" a SET "productVersionId" = 'pv' || md5(p."id" || chr(31) || p."hardwareVersion" || chr(31) || p."firmwareVersion")
FROM "Product" p
WHERE p."id" = a."productId" AND a."productVersionId" IS NULL;

INSERT INTO "AssessmentModel" ("assessmentId", "modelId")
SELECT a."id", 'pm' || md5(p."id" || chr(31) || p."modelName")
FROM "Assessment" a JOIN "Product" p ON p."id" = a."productId";
