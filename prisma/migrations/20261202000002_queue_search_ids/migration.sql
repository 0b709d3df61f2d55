-- The review queue's search resolves a term to product and manufacturer ids through the trigram indexes
-- (20261201134800_queue_search_trgm). Two things kept it from doing so at 100,000 assessments (issue 13):
--
-- 1. With GIN's default fastupdate, every row written since the last VACUUM sits in the index's unsorted pending
--    list, which each search reads from end to end; the embedded PGlite never vacuums, so that list only empties
--    when it passes gin_pending_list_limit (4 MB). Products and organisations are written rarely and searched on
--    every queue view: written straight into the index instead, and what is pending now moved into it.
ALTER INDEX "Product_modelName_trgm_idx" SET (fastupdate = off);
ALTER INDEX "Organization_name_trgm_idx" SET (fastupdate = off);
SELECT gin_clean_pending_list('"Product_modelName_trgm_idx"'::regclass);
SELECT gin_clean_pending_list('"Organization_name_trgm_idx"'::regclass);

-- 2. The planner prices ILIKE like a cheap operator, so for a few thousand products it reads every product and
--    matches each name (case-folding both sides) rather than ask the index: at 2,000 products that one lookup cost
--    more than the rest of the search. This function runs the lookup with sequential scans switched off, so the
--    trigram index answers it; the rest of the queue's statement is planned as usual. The queue calls it for terms
--    of three characters or more (shorter ones have no trigram, and the index would be read whole).
--    At most max_ids ids of each kind; the caller passes its limit + 1 to tell "more than the limit".
CREATE FUNCTION queue_search_ids(pattern text, max_ids integer, OUT product_ids text[], OUT maker_ids text[])
  LANGUAGE sql STABLE PARALLEL SAFE
  SET enable_seqscan = off
AS $$
  SELECT ARRAY(SELECT "id" FROM "Product" WHERE "modelName" ILIKE pattern LIMIT max_ids),
         ARRAY(SELECT "id" FROM "Organization" WHERE "kind" = 'MANUFACTURER' AND "name" ILIKE pattern LIMIT max_ids)
$$;
