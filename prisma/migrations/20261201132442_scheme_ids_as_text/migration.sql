-- Scheme ids become text validated against lib/schemes/registry.ts (a new scheme is a module, not an enum change).
-- The columns change type in place, so every stored assessment and label keeps its schemes.
ALTER TABLE "Assessment" ALTER COLUMN "targetSchemes" TYPE TEXT[] USING "targetSchemes"::TEXT[];

ALTER TABLE "Label" ALTER COLUMN "schemes" TYPE TEXT[] USING "schemes"::TEXT[];

DROP TYPE "Scheme";
