CREATE TABLE "duplicate_group_members" (
	"input_id" integer PRIMARY KEY NOT NULL,
	"group_id" integer NOT NULL,
	"similarity" real NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "duplicate_groups" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "duplicate_groups_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"consultation_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "input_merge_members" (
	"merge_id" integer NOT NULL,
	"input_id" integer NOT NULL,
	"previous_status" "input_status" NOT NULL,
	"previous_published_at" timestamp with time zone,
	CONSTRAINT "input_merge_members_merge_id_input_id_pk" PRIMARY KEY("merge_id","input_id")
);
--> statement-breakpoint
CREATE TABLE "input_merges" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "input_merges_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"survivor_input_id" integer NOT NULL,
	"merged_by" integer NOT NULL,
	"merged_at" timestamp with time zone DEFAULT now() NOT NULL,
	"undone_by" integer,
	"undone_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "input_similarity_keys" (
	"input_id" integer PRIMARY KEY NOT NULL,
	"consultation_id" integer NOT NULL,
	"keys" integer[] NOT NULL
);
--> statement-breakpoint
ALTER TABLE "duplicate_group_members" ADD CONSTRAINT "duplicate_group_members_input_id_inputs_id_fk" FOREIGN KEY ("input_id") REFERENCES "public"."inputs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duplicate_group_members" ADD CONSTRAINT "duplicate_group_members_group_id_duplicate_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."duplicate_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duplicate_groups" ADD CONSTRAINT "duplicate_groups_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "input_merge_members" ADD CONSTRAINT "input_merge_members_merge_id_input_merges_id_fk" FOREIGN KEY ("merge_id") REFERENCES "public"."input_merges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "input_merge_members" ADD CONSTRAINT "input_merge_members_input_id_inputs_id_fk" FOREIGN KEY ("input_id") REFERENCES "public"."inputs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "input_merges" ADD CONSTRAINT "input_merges_survivor_input_id_inputs_id_fk" FOREIGN KEY ("survivor_input_id") REFERENCES "public"."inputs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "input_merges" ADD CONSTRAINT "input_merges_merged_by_users_id_fk" FOREIGN KEY ("merged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "input_merges" ADD CONSTRAINT "input_merges_undone_by_users_id_fk" FOREIGN KEY ("undone_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "input_similarity_keys" ADD CONSTRAINT "input_similarity_keys_input_id_inputs_id_fk" FOREIGN KEY ("input_id") REFERENCES "public"."inputs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "input_similarity_keys" ADD CONSTRAINT "input_similarity_keys_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "duplicate_group_members_group_id_index" ON "duplicate_group_members" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "input_merge_members_input_id_index" ON "input_merge_members" USING btree ("input_id");--> statement-breakpoint
CREATE INDEX "input_merges_survivor_input_id_index" ON "input_merges" USING btree ("survivor_input_id") WHERE "input_merges"."undone_at" is null;--> statement-breakpoint
CREATE INDEX "input_similarity_keys_gin" ON "input_similarity_keys" USING gin ("keys");