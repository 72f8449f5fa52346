CREATE TYPE "public"."component_kind" AS ENUM('call-for-practices', 'objective-comments', 'survey', 'review-comments');--> statement-breakpoint
CREATE TABLE "consultation_audience_categories" (
	"consultation_id" integer NOT NULL,
	"stakeholder_category_id" integer NOT NULL,
	CONSTRAINT "consultation_audience_categories_consultation_id_stakeholder_category_id_pk" PRIMARY KEY("consultation_id","stakeholder_category_id")
);
--> statement-breakpoint
CREATE TABLE "consultation_audience_groups" (
	"consultation_id" integer NOT NULL,
	"group_id" integer NOT NULL,
	CONSTRAINT "consultation_audience_groups_consultation_id_group_id_pk" PRIMARY KEY("consultation_id","group_id")
);
--> statement-breakpoint
CREATE TABLE "consultation_audience_organizations" (
	"consultation_id" integer NOT NULL,
	"organization_id" integer NOT NULL,
	CONSTRAINT "consultation_audience_organizations_consultation_id_organization_id_pk" PRIMARY KEY("consultation_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "consultation_components" (
	"consultation_id" integer NOT NULL,
	"kind" "component_kind" NOT NULL,
	CONSTRAINT "consultation_components_consultation_id_kind_pk" PRIMARY KEY("consultation_id","kind")
);
--> statement-breakpoint
CREATE TABLE "consultation_invitees" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "consultation_invitees_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"consultation_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"organization_id" integer NOT NULL,
	"invited_by" integer,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_reminded_at" timestamp with time zone,
	CONSTRAINT "consultation_invitees_consultationId_userId_unique" UNIQUE("consultation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "review_sections" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "review_sections_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"consultation_id" integer NOT NULL,
	"position" integer NOT NULL,
	"title_en" text NOT NULL,
	"title_fr" text NOT NULL,
	"suggested_words" integer,
	"prompts" jsonb NOT NULL,
	CONSTRAINT "review_sections_consultationId_position_unique" UNIQUE("consultation_id","position")
);
--> statement-breakpoint
CREATE TABLE "attachments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "attachments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"input_id" integer NOT NULL,
	"original_name" text NOT NULL,
	"stored_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attachments_storedName_unique" UNIQUE("stored_name")
);
--> statement-breakpoint
CREATE TABLE "input_versions" (
	"input_id" integer NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "input_versions_input_id_version_pk" PRIMARY KEY("input_id","version")
);
--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "audience_public" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "created_by" integer;--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "inputs" ADD COLUMN "author_user_id" integer;--> statement-breakpoint
ALTER TABLE "inputs" ADD COLUMN "last_editor_user_id" integer;--> statement-breakpoint
ALTER TABLE "inputs" ADD COLUMN "submit_key" text;--> statement-breakpoint
ALTER TABLE "inputs" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "consultation_audience_categories" ADD CONSTRAINT "consultation_audience_categories_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_audience_categories" ADD CONSTRAINT "consultation_audience_categories_stakeholder_category_id_stakeholder_categories_id_fk" FOREIGN KEY ("stakeholder_category_id") REFERENCES "public"."stakeholder_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_audience_groups" ADD CONSTRAINT "consultation_audience_groups_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_audience_groups" ADD CONSTRAINT "consultation_audience_groups_group_id_closed_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."closed_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_audience_organizations" ADD CONSTRAINT "consultation_audience_organizations_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_audience_organizations" ADD CONSTRAINT "consultation_audience_organizations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_components" ADD CONSTRAINT "consultation_components_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_invitees" ADD CONSTRAINT "consultation_invitees_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_invitees" ADD CONSTRAINT "consultation_invitees_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_invitees" ADD CONSTRAINT "consultation_invitees_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_invitees" ADD CONSTRAINT "consultation_invitees_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_sections" ADD CONSTRAINT "review_sections_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_input_id_inputs_id_fk" FOREIGN KEY ("input_id") REFERENCES "public"."inputs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "input_versions" ADD CONSTRAINT "input_versions_input_id_inputs_id_fk" FOREIGN KEY ("input_id") REFERENCES "public"."inputs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "input_versions" ADD CONSTRAINT "input_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachments_input_id_index" ON "attachments" USING btree ("input_id");--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inputs" ADD CONSTRAINT "inputs_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inputs" ADD CONSTRAINT "inputs_last_editor_user_id_users_id_fk" FOREIGN KEY ("last_editor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inputs" ADD CONSTRAINT "inputs_submitKey_unique" UNIQUE("submit_key");