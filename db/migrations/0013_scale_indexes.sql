DROP INDEX "input_objectives_objective_id_index";--> statement-breakpoint
CREATE INDEX "input_objectives_objective_input_idx" ON "input_objectives" USING btree ("objective_id","input_id");--> statement-breakpoint
CREATE INDEX "inputs_consultation_id_idx" ON "inputs" USING btree ("consultation_id","id");--> statement-breakpoint
CREATE INDEX "inputs_published_practice_idx" ON "inputs" USING btree ("id") WHERE "inputs"."kind" = 'practice' and "inputs"."published_at" is not null;