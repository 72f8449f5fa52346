CREATE INDEX "inputs_queue_status_idx" ON "inputs" USING btree ("status","id" DESC NULLS LAST) WHERE "inputs"."status" not in ('draft', 'withdrawn');--> statement-breakpoint
-- The per-submit duplicate check reads this index inside the submit transaction; with the
-- default fastupdate every lookup also scans the pending list of recent submits (up to
-- 4 MB), so updates go straight into the index instead (docs/decisions/017).
ALTER INDEX "input_similarity_keys_gin" SET (fastupdate = off);
