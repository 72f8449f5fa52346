import {
  boolean,
  date,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
} from "drizzle-orm/pg-core";
import { closedGroups, invitations, users } from "./accounts";
import { frameworks, stakeholderCategories, type BilingualText } from "./frameworks";
import { organizations } from "./organizations";

export const consultationStatus = pgEnum("consultation_status", [
  "draft",
  "open",
  "closed",
  "in-review",
  "published",
]);

export const consultationType = pgEnum("consultation_type", [
  "regional-review",
  "annual-update",
  "un-report-input",
]);

export const consultations = pgTable("consultations", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  slug: text().notNull().unique(),
  frameworkId: integer()
    .notNull()
    .references(() => frameworks.id),
  type: consultationType().notNull(),
  status: consultationStatus().notNull().default("draft"),
  titleEn: text().notNull(),
  titleFr: text().notNull(),
  descriptionEn: text().notNull(),
  descriptionFr: text().notNull(),
  coversFrom: date({ mode: "string" }).notNull(),
  coversTo: date({ mode: "string" }).notNull(),
  opensAt: timestamp({ withTimezone: true }).notNull(),
  closesAt: timestamp({ withTimezone: true }).notNull(),
  /** open to anyone with an account, beyond the invited audience */
  audiencePublic: boolean().notNull().default(false),
  createdBy: integer().references(() => users.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const componentKind = pgEnum("component_kind", [
  "call-for-practices",
  "objective-comments",
  "survey",
  "review-comments",
]);

/** What a consultation asks for: practices, comments on objectives, a survey, comments on the draft review. */
export const consultationComponents = pgTable(
  "consultation_components",
  {
    consultationId: integer()
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    kind: componentKind().notNull(),
  },
  (t) => [primaryKey({ columns: [t.consultationId, t.kind] })],
);

/** The invited audience: organizations, whole stakeholder categories, closed groups. */
export const consultationAudienceOrganizations = pgTable(
  "consultation_audience_organizations",
  {
    consultationId: integer()
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    organizationId: integer()
      .notNull()
      .references(() => organizations.id),
  },
  (t) => [primaryKey({ columns: [t.consultationId, t.organizationId] })],
);

export const consultationAudienceCategories = pgTable(
  "consultation_audience_categories",
  {
    consultationId: integer()
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    stakeholderCategoryId: integer()
      .notNull()
      .references(() => stakeholderCategories.id),
  },
  (t) => [primaryKey({ columns: [t.consultationId, t.stakeholderCategoryId] })],
);

export const consultationAudienceGroups = pgTable(
  "consultation_audience_groups",
  {
    consultationId: integer()
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    groupId: integer()
      .notNull()
      .references(() => closedGroups.id),
  },
  (t) => [primaryKey({ columns: [t.consultationId, t.groupId] })],
);

/** A person invited to a consultation (from the CSV import): the denominator of uptake. */
export const consultationInvitees = pgTable(
  "consultation_invitees",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    consultationId: integer()
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    /** null until the person accepts their account invitation */
    userId: integer().references(() => users.id),
    /** the account invitation sent to someone who had no account when imported */
    invitationId: integer().references(() => invitations.id),
    organizationId: integer()
      .notNull()
      .references(() => organizations.id),
    invitedBy: integer().references(() => users.id),
    invitedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastRemindedAt: timestamp({ withTimezone: true }),
  },
  (t) => [unique().on(t.consultationId, t.userId)],
);

/** The review's sections for this consultation, created from the framework's template. */
export const reviewSections = pgTable(
  "review_sections",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    consultationId: integer()
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    titleEn: text().notNull(),
    titleFr: text().notNull(),
    suggestedWords: integer(),
    prompts: jsonb().$type<BilingualText[]>().notNull(),
    /** the live text, in Markdown (rendered and sanitised on the server) */
    bodyEn: text().notNull().default(""),
    bodyFr: text().notNull().default(""),
    /** the latest revision in review_section_revisions (0: never saved) */
    revision: integer().notNull().default(0),
    /** the revision at which each language last changed: parity when neither lags */
    enRevision: integer().notNull().default(0),
    frRevision: integer().notNull().default(0),
    updatedBy: integer().references(() => users.id),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.consultationId, t.position)],
);
