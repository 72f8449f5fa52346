import {
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
} from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { consultations, reviewSections } from "./consultations";
import { inputs } from "./inputs";

/**
 * The country's review written from a consultation's accepted inputs. Sections live in
 * review_sections (created from the framework template); every save is a revision.
 */
export const reviewStatus = pgEnum("review_status", [
  "drafting",
  "in-approval",
  "returned",
  "approved",
  "published",
]);

export const reviews = pgTable("reviews", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  consultationId: integer()
    .notNull()
    .unique()
    .references(() => consultations.id, { onDelete: "cascade" }),
  status: reviewStatus().notNull().default("drafting"),
  /** invited groups may read the draft and comment on it */
  commentsOpen: boolean().notNull().default(false),
  /** the revision of each section that was approved: exports and publication use these */
  approvedRevisions: jsonb().$type<{ sectionId: number; revision: number }[]>(),
  approvedBy: integer().references(() => users.id),
  approvedAt: timestamp({ withTimezone: true }),
  publishedBy: integer().references(() => users.id),
  publishedAt: timestamp({ withTimezone: true }),
  version: integer().notNull().default(1),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * Every saved state of a section. The live text is on review_sections (body_en/body_fr,
 * revision); a save that does not start from the latest revision is refused.
 */
export const reviewSectionRevisions = pgTable(
  "review_section_revisions",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    sectionId: integer()
      .notNull()
      .references(() => reviewSections.id, { onDelete: "cascade" }),
    revision: integer().notNull(),
    titleEn: text().notNull(),
    titleFr: text().notNull(),
    bodyEn: text().notNull(),
    bodyFr: text().notNull(),
    /** set when this revision restored an earlier one */
    restoredFrom: integer(),
    createdBy: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.sectionId, t.revision)],
);

/**
 * The inputs a section cites now, kept in step with its text on every save. Citations are
 * written in the Markdown as `[@RT-2026-000123]` and numbered when rendered.
 */
export const reviewCitations = pgTable(
  "review_citations",
  {
    sectionId: integer()
      .notNull()
      .references(() => reviewSections.id, { onDelete: "cascade" }),
    inputId: integer()
      .notNull()
      .references(() => inputs.id),
  },
  (t) => [primaryKey({ columns: [t.sectionId, t.inputId] }), index().on(t.inputId)],
);

export const reviewEventKind = pgEnum("review_event_kind", [
  "submitted",
  "returned",
  "approved",
  "reopened",
  "published",
  "parity-override",
]);

/** The approval cycle: who submitted, returned (with comments), approved, published. */
export const reviewEvents = pgTable(
  "review_events",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    reviewId: integer()
      .notNull()
      .references(() => reviews.id, { onDelete: "cascade" }),
    kind: reviewEventKind().notNull(),
    comment: text(),
    actorUserId: integer()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.reviewId, t.createdAt)],
);

export const reviewCommentResolution = pgEnum("review_comment_resolution", [
  "accepted",
  "declined",
  "deferred",
]);

/**
 * A comment on the draft is an input (kind review-comment) so it reaches triage; this row
 * says where it points (a section, optionally one paragraph) and how the drafters resolved it.
 */
export const reviewCommentDetails = pgTable("review_comment_details", {
  inputId: integer()
    .primaryKey()
    .references(() => inputs.id, { onDelete: "cascade" }),
  sectionId: integer()
    .notNull()
    .references(() => reviewSections.id, { onDelete: "cascade" }),
  /** 1-based paragraph of the section's text in the commenter's language; null = whole section */
  paragraph: integer(),
  resolution: reviewCommentResolution(),
  reply: text(),
  resolvedBy: integer().references(() => users.id),
  resolvedAt: timestamp({ withTimezone: true }),
});
