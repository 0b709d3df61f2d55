-- CreateTable
CREATE TABLE "Sbom" (
    "id" TEXT NOT NULL,
    "productVersionId" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "encoding" TEXT NOT NULL,
    "specVersion" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,
    "componentCount" INTEGER NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Sbom_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SbomComponent" (
    "id" TEXT NOT NULL,
    "sbomId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "version" TEXT,
    "purl" TEXT,
    "licence" TEXT,
    "type" TEXT,
    "supplier" TEXT,

    CONSTRAINT "SbomComponent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vulnerability" (
    "id" TEXT NOT NULL,
    "productVersionId" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "aliases" TEXT[],
    "title" TEXT,
    "severity" TEXT NOT NULL,
    "cvssScore" DOUBLE PRECISION,
    "activelyExploited" BOOLEAN NOT NULL DEFAULT false,
    "fixedInVersion" TEXT,
    "notAffected" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMP(3),
    "awareAt" TIMESTAMP(3),
    "correctiveMeasureAt" TIMESTAMP(3),
    "source" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "noticeClearedAt" TIMESTAMP(3),
    "noticeClearedById" TEXT,
    "noticeClearedReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Vulnerability_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CraReport" (
    "id" TEXT NOT NULL,
    "vulnerabilityId" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "filedAt" TIMESTAMP(3) NOT NULL,
    "filedById" TEXT NOT NULL,
    "reference" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CraReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Sbom_productVersionId_createdAt_idx" ON "Sbom"("productVersionId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SbomComponent_sbomId_position_key" ON "SbomComponent"("sbomId", "position");

-- CreateIndex
CREATE INDEX "Vulnerability_activelyExploited_idx" ON "Vulnerability"("activelyExploited");

-- CreateIndex
CREATE UNIQUE INDEX "Vulnerability_productVersionId_identifier_key" ON "Vulnerability"("productVersionId", "identifier");

-- CreateIndex
CREATE UNIQUE INDEX "CraReport_vulnerabilityId_stage_key" ON "CraReport"("vulnerabilityId", "stage");

-- AddForeignKey
ALTER TABLE "Sbom" ADD CONSTRAINT "Sbom_productVersionId_fkey" FOREIGN KEY ("productVersionId") REFERENCES "ProductVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SbomComponent" ADD CONSTRAINT "SbomComponent_sbomId_fkey" FOREIGN KEY ("sbomId") REFERENCES "Sbom"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vulnerability" ADD CONSTRAINT "Vulnerability_productVersionId_fkey" FOREIGN KEY ("productVersionId") REFERENCES "ProductVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CraReport" ADD CONSTRAINT "CraReport_vulnerabilityId_fkey" FOREIGN KEY ("vulnerabilityId") REFERENCES "Vulnerability"("id") ON DELETE CASCADE ON UPDATE CASCADE;
