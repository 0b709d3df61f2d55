-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "accreditation" TEXT;
