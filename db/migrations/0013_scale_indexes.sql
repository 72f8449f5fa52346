DROP INDEX "input_objectives_objective_id_index";--> statement-breakpoint
ALTER TABLE "inputs" ALTER COLUMN "reference" SET DEFAULT 'RT-' || to_char(now(), 'YYYY') || '-' || regexp_replace(lpad(nextval('input_reference_seq')::text, 12, '0'), '^0{1,6}', '');--> statement-breakpoint
CREATE INDEX "input_objectives_objective_input_idx" ON "input_objectives" USING btree ("objective_id","input_id");--> statement-breakpoint
CREATE INDEX "inputs_consultation_id_idx" ON "inputs" USING btree ("consultation_id","id");--> statement-breakpoint
CREATE INDEX "inputs_published_practice_idx" ON "inputs" USING btree ("id") WHERE "inputs"."kind" = 'practice' and "inputs"."published_at" is not null;