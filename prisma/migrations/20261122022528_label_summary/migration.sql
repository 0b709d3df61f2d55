-- AlterTable
ALTER TABLE "Label" ADD COLUMN     "cnStars" INTEGER,
ADD COLUMN     "schemes" "Scheme"[],
ADD COLUMN     "usEligible" BOOLEAN;
