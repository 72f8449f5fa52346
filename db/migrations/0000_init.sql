CREATE TYPE "public"."consultation_status" AS ENUM('draft', 'open', 'closed', 'in-review', 'published');--> statement-breakpoint
CREATE TYPE "public"."consultation_type" AS ENUM('regional-review', 'annual-update', 'un-report-input');--> statement-breakpoint
CREATE TYPE "public"."input_kind" AS ENUM('practice', 'comment', 'survey-answer', 'review-comment');--> statement-breakpoint
CREATE TYPE "public"."input_status" AS ENUM('draft', 'submitted', 'in-review', 'accepted', 'rejected', 'changes-requested', 'merged', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."language" AS ENUM('en', 'fr');--> statement-breakpoint
CREATE TYPE "public"."practice_scope" AS ENUM('national', 'provincial', 'municipal', 'international');--> statement-breakpoint
CREATE TYPE "public"."publication_consent" AS ENUM('attributed', 'anonymous', 'private');--> statement-breakpoint
CREATE TYPE "public"."tag_source" AS ENUM('contributor', 'staff');--> statement-breakpoint
CREATE SEQUENCE "public"."input_reference_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "frameworks" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "frameworks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name_en" text NOT NULL,
	"name_fr" text NOT NULL,
	CONSTRAINT "frameworks_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "objectives" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "objectives_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"framework_id" integer NOT NULL,
	"number" integer NOT NULL,
	"title_en" text NOT NULL,
	"title_fr" text NOT NULL,
	CONSTRAINT "objectives_frameworkId_number_unique" UNIQUE("framework_id","number")
);
--> statement-breakpoint
CREATE TABLE "principles" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "principles_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"framework_id" integer NOT NULL,
	"key" text NOT NULL,
	"position" integer NOT NULL,
	"title_en" text NOT NULL,
	"title_fr" text NOT NULL,
	CONSTRAINT "principles_frameworkId_key_unique" UNIQUE("framework_id","key")
);
--> statement-breakpoint
CREATE TABLE "review_template_sections" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "review_template_sections_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"framework_id" integer NOT NULL,
	"number" integer NOT NULL,
	"title_en" text NOT NULL,
	"title_fr" text NOT NULL,
	"suggested_words" integer NOT NULL,
	"prompts" jsonb NOT NULL,
	CONSTRAINT "review_template_sections_frameworkId_number_unique" UNIQUE("framework_id","number")
);
--> statement-breakpoint
CREATE TABLE "stakeholder_categories" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "stakeholder_categories_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"key" text NOT NULL,
	"position" integer NOT NULL,
	"name_en" text NOT NULL,
	"name_fr" text NOT NULL,
	CONSTRAINT "stakeholder_categories_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "thematic_clusters" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "thematic_clusters_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"framework_id" integer NOT NULL,
	"key" text NOT NULL,
	"position" integer NOT NULL,
	"title_en" text NOT NULL,
	"title_fr" text NOT NULL,
	CONSTRAINT "thematic_clusters_frameworkId_key_unique" UNIQUE("framework_id","key")
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "organizations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"name_en" text NOT NULL,
	"name_fr" text NOT NULL,
	"stakeholder_category_id" integer NOT NULL,
	"jurisdiction" text NOT NULL,
	"website" text,
	"contact_email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organizations_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "consultations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "consultations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"framework_id" integer NOT NULL,
	"type" "consultation_type" NOT NULL,
	"status" "consultation_status" DEFAULT 'draft' NOT NULL,
	"title_en" text NOT NULL,
	"title_fr" text NOT NULL,
	"description_en" text NOT NULL,
	"description_fr" text NOT NULL,
	"covers_from" date NOT NULL,
	"covers_to" date NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultations_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "input_objectives" (
	"input_id" integer NOT NULL,
	"objective_id" integer NOT NULL,
	"source" "tag_source" NOT NULL,
	CONSTRAINT "input_objectives_input_id_objective_id_source_pk" PRIMARY KEY("input_id","objective_id","source")
);
--> statement-breakpoint
CREATE TABLE "input_principles" (
	"input_id" integer NOT NULL,
	"principle_id" integer NOT NULL,
	"source" "tag_source" NOT NULL,
	CONSTRAINT "input_principles_input_id_principle_id_source_pk" PRIMARY KEY("input_id","principle_id","source")
);
--> statement-breakpoint
CREATE TABLE "input_texts" (
	"input_id" integer NOT NULL,
	"language" "language" NOT NULL,
	"title" text NOT NULL,
	"summary" text,
	"body" text,
	"gender_considerations" text,
	"results_and_evidence" text,
	"lessons_learned" text,
	CONSTRAINT "input_texts_input_id_language_pk" PRIMARY KEY("input_id","language")
);
--> statement-breakpoint
CREATE TABLE "inputs" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "inputs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"reference" text DEFAULT 'RT-' || to_char(now(), 'YYYY') || '-' || lpad(nextval('input_reference_seq')::text, 6, '0') NOT NULL,
	"import_key" text,
	"consultation_id" integer NOT NULL,
	"organization_id" integer NOT NULL,
	"kind" "input_kind" NOT NULL,
	"status" "input_status" DEFAULT 'draft' NOT NULL,
	"language" "language" NOT NULL,
	"publication_consent" "publication_consent" DEFAULT 'private' NOT NULL,
	"published_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "inputs_reference_unique" UNIQUE("reference"),
	CONSTRAINT "inputs_importKey_unique" UNIQUE("import_key")
);
--> statement-breakpoint
CREATE TABLE "practice_details" (
	"input_id" integer PRIMARY KEY NOT NULL,
	"thematic_cluster_id" integer,
	"partners" text[] DEFAULT '{}'::text[] NOT NULL,
	"scope" "practice_scope" NOT NULL,
	"regions" text[] DEFAULT '{}'::text[] NOT NULL,
	"period_start" text,
	"period_end" text,
	"funding_amount" numeric(16, 2),
	"funding_currency" text,
	"funding_source" text,
	"groups_served" text[] DEFAULT '{}'::text[] NOT NULL,
	"links" text[] DEFAULT '{}'::text[] NOT NULL
);
--> statement-breakpoint
ALTER TABLE "objectives" ADD CONSTRAINT "objectives_framework_id_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."frameworks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "principles" ADD CONSTRAINT "principles_framework_id_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."frameworks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_template_sections" ADD CONSTRAINT "review_template_sections_framework_id_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."frameworks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thematic_clusters" ADD CONSTRAINT "thematic_clusters_framework_id_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."frameworks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_stakeholder_category_id_stakeholder_categories_id_fk" FOREIGN KEY ("stakeholder_category_id") REFERENCES "public"."stakeholder_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_framework_id_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."frameworks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "input_objectives" ADD CONSTRAINT "input_objectives_input_id_inputs_id_fk" FOREIGN KEY ("input_id") REFERENCES "public"."inputs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "input_objectives" ADD CONSTRAINT "input_objectives_objective_id_objectives_id_fk" FOREIGN KEY ("objective_id") REFERENCES "public"."objectives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "input_principles" ADD CONSTRAINT "input_principles_input_id_inputs_id_fk" FOREIGN KEY ("input_id") REFERENCES "public"."inputs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "input_principles" ADD CONSTRAINT "input_principles_principle_id_principles_id_fk" FOREIGN KEY ("principle_id") REFERENCES "public"."principles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "input_texts" ADD CONSTRAINT "input_texts_input_id_inputs_id_fk" FOREIGN KEY ("input_id") REFERENCES "public"."inputs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inputs" ADD CONSTRAINT "inputs_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inputs" ADD CONSTRAINT "inputs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_details" ADD CONSTRAINT "practice_details_input_id_inputs_id_fk" FOREIGN KEY ("input_id") REFERENCES "public"."inputs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_details" ADD CONSTRAINT "practice_details_thematic_cluster_id_thematic_clusters_id_fk" FOREIGN KEY ("thematic_cluster_id") REFERENCES "public"."thematic_clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "input_objectives_objective_id_index" ON "input_objectives" USING btree ("objective_id");--> statement-breakpoint
CREATE INDEX "inputs_consultation_id_status_index" ON "inputs" USING btree ("consultation_id","status");--> statement-breakpoint
CREATE INDEX "inputs_published_idx" ON "inputs" USING btree ("kind","published_at") WHERE "inputs"."published_at" is not null;