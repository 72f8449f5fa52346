CREATE TYPE "public"."suggestion_decision" AS ENUM('accepted', 'dismissed');--> statement-breakpoint
CREATE TABLE "input_notes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "input_notes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"input_id" integer NOT NULL,
	"author_user_id" integer NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "input_staff_tags" (
	"input_id" integer PRIMARY KEY NOT NULL,
	"thematic_cluster_id" integer,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"updated_by" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "objective_suggestion_decisions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "objective_suggestion_decisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"input_id" integer NOT NULL,
	"objective_id" integer NOT NULL,
	"decision" "suggestion_decision" NOT NULL,
	"score" real NOT NULL,
	"decided_by" integer NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "triage_saved_views" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "triage_saved_views_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" integer NOT NULL,
	"name" text NOT NULL,
	"query" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "input_notes" ADD CONSTRAINT "input_notes_input_id_inputs_id_fk" FOREIGN KEY ("input_id") REFERENCES "public"."inputs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "input_notes" ADD CONSTRAINT "input_notes_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "input_staff_tags" ADD CONSTRAINT "input_staff_tags_input_id_inputs_id_fk" FOREIGN KEY ("input_id") REFERENCES "public"."inputs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "input_staff_tags" ADD CONSTRAINT "input_staff_tags_thematic_cluster_id_thematic_clusters_id_fk" FOREIGN KEY ("thematic_cluster_id") REFERENCES "public"."thematic_clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "input_staff_tags" ADD CONSTRAINT "input_staff_tags_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objective_suggestion_decisions" ADD CONSTRAINT "objective_suggestion_decisions_input_id_inputs_id_fk" FOREIGN KEY ("input_id") REFERENCES "public"."inputs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objective_suggestion_decisions" ADD CONSTRAINT "objective_suggestion_decisions_objective_id_objectives_id_fk" FOREIGN KEY ("objective_id") REFERENCES "public"."objectives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objective_suggestion_decisions" ADD CONSTRAINT "objective_suggestion_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "triage_saved_views" ADD CONSTRAINT "triage_saved_views_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "input_notes_input_id_created_at_index" ON "input_notes" USING btree ("input_id","created_at");--> statement-breakpoint
CREATE INDEX "input_staff_tags_thematic_cluster_id_index" ON "input_staff_tags" USING btree ("thematic_cluster_id");--> statement-breakpoint
CREATE INDEX "input_staff_tags_tags_gin" ON "input_staff_tags" USING gin ("tags");--> statement-breakpoint
CREATE UNIQUE INDEX "objective_suggestion_decisions_input_id_objective_id_index" ON "objective_suggestion_decisions" USING btree ("input_id","objective_id");--> statement-breakpoint
CREATE INDEX "objective_suggestion_decisions_objective_id_decision_index" ON "objective_suggestion_decisions" USING btree ("objective_id","decision");--> statement-breakpoint
CREATE UNIQUE INDEX "triage_saved_views_user_id_name_index" ON "triage_saved_views" USING btree ("user_id","name");