CREATE INDEX "inputs_pairing_idx" ON "inputs" USING btree ("consultation_id","organization_id","language","id") WHERE "inputs"."status" not in ('draft', 'withdrawn');--> statement-breakpoint
CREATE INDEX "duplicate_group_members_group_input_idx" ON "duplicate_group_members" USING btree ("group_id","input_id");--> statement-breakpoint
DROP INDEX "duplicate_group_members_group_id_index";