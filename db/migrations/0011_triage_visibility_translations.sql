CREATE TYPE "public"."input_visibility" AS ENUM('public', 'internal');--> statement-breakpoint
CREATE TABLE "input_translation_pairs" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "input_translation_pairs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"english_input_id" integer NOT NULL,
	"french_input_id" integer NOT NULL,
	"declared_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "input_staff_tags" ADD COLUMN "visibility" "input_visibility" DEFAULT 'public' NOT NULL;--> statement-breakpoint
ALTER TABLE "input_translation_pairs" ADD CONSTRAINT "input_translation_pairs_english_input_id_inputs_id_fk" FOREIGN KEY ("english_input_id") REFERENCES "public"."inputs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "input_translation_pairs" ADD CONSTRAINT "input_translation_pairs_french_input_id_inputs_id_fk" FOREIGN KEY ("french_input_id") REFERENCES "public"."inputs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "input_translation_pairs" ADD CONSTRAINT "input_translation_pairs_declared_by_users_id_fk" FOREIGN KEY ("declared_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "input_translation_pairs_english_input_id_index" ON "input_translation_pairs" USING btree ("english_input_id");--> statement-breakpoint
CREATE UNIQUE INDEX "input_translation_pairs_french_input_id_index" ON "input_translation_pairs" USING btree ("french_input_id");