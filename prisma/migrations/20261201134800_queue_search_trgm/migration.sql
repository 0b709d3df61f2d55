-- The review queue's search (a substring of the product's model name or the manufacturer's name, ILIKE) uses
-- trigram indexes, so it does not scan every product and organisation. pg_trgm is a trusted extension (PostgreSQL
-- 13+); the embedded PGlite loads it in lib/db/connect.ts.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Product_modelName_trgm_idx" ON "Product" USING GIN ("modelName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Organization_name_trgm_idx" ON "Organization" USING GIN ("name" gin_trgm_ops);
