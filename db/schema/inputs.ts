import { sql } from "drizzle-orm";
import {
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { consultations } from "./consultations";
import { objectives, principles, thematicClusters } from "./frameworks";
import { organizations } from "./organizations";

/**
 * Every contribution a consultation receives is an input: a practice, a comment, a survey
 * answer, a comment on the draft review. Triage, citation and publication work on inputs;
 * what is particular to a kind lives in its own table (practice_details …).
 */
export const inputKind = pgEnum("input_kind", [
  "practice",
  "comment",
  "survey-answer",
  "review-comment",
]);

export const inputStatus = pgEnum("input_status", [
  "draft",
  "submitted",
  "in-review",
  "accepted",
  "rejected",
  "changes-requested",
  "merged",
  "withdrawn",
]);

export const publicationConsent = pgEnum("publication_consent", [
  "attributed",
  "anonymous",
  "private",
]);

export const language = pgEnum("language", ["en", "fr"]);

export const inputReferenceSeq = pgSequence("input_reference_seq", { startWith: 1 });

export const inputs = pgTable(
  "inputs",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    /** the number people quote: RT-2021-000123 */
    reference: text()
      .notNull()
      .unique()
      .default(
        // At least 6 digits, more past 999,999 (lpad alone cut the 1,000,000th to 100000: a duplicate).
        sql`'RT-' || to_char(now(), 'YYYY') || '-' || regexp_replace(lpad(nextval('input_reference_seq')::text, 12, '0'), '^0{1,6}', '')`,
      ),
    /** stable key of an input brought in from elsewhere (demo seed, a legacy Word submission) */
    importKey: text().unique(),
    consultationId: integer()
      .notNull()
      .references(() => consultations.id),
    organizationId: integer()
      .notNull()
      .references(() => organizations.id),
    kind: inputKind().notNull(),
    status: inputStatus().notNull().default("draft"),
    /** the language the contributor wrote in */
    language: language().notNull(),
    publicationConsent: publicationConsent().notNull().default("private"),
    /** set when an accepted input with consent is published; the public sees only these */
    publishedAt: timestamp({ withTimezone: true }),
    submittedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** optimistic concurrency: every save bumps it */
    version: integer().notNull().default(1),
    authorUserId: integer().references(() => users.id),
    lastEditorUserId: integer().references(() => users.id),
    /** the submit form's one-time key: a double click or a retried POST finds the same input (QUALITY R1, R2) */
    submitKey: text().unique(),
    withdrawnAt: timestamp({ withTimezone: true }),
    /** the staff member who should look at it next */
    assigneeUserId: integer().references(() => users.id),
  },
  (t) => [
    index().on(t.consultationId, t.status),
    // The triage queue by status (the status filter newest first, and "sort by status"):
    // docs/decisions/017.
    index("inputs_queue_status_idx")
      .on(t.status, t.id.desc())
      .where(sql`${t.status} not in ('draft', 'withdrawn')`),
    // The staff CSV export reads a consultation's inputs in id order, a batch at a time.
    index("inputs_consultation_id_idx").on(t.consultationId, t.id),
    index("inputs_published_idx")
      .on(t.kind, t.publishedAt)
      .where(sql`${t.publishedAt} is not null`),
    // Counting the published practices of an objective reads only indexes (docs/performance.md).
    index("inputs_published_practice_idx")
      .on(t.id)
      .where(sql`${t.kind} = 'practice' and ${t.publishedAt} is not null`),
    // An input's other-language neighbours from the same organization and consultation
    // (translation pairing, read for every row of the triage queue): nearest ids first.
    index("inputs_pairing_idx")
      .on(t.consultationId, t.organizationId, t.language, t.id)
      .where(sql`${t.status} not in ('draft', 'withdrawn')`),
  ],
);

/**
 * The words of an input, per language: the original, and a translation when one exists.
 * Public pages show the reader's language when it exists and the original otherwise.
 */
export const inputTexts = pgTable(
  "input_texts",
  {
    inputId: integer()
      .notNull()
      .references(() => inputs.id, { onDelete: "cascade" }),
    language: language().notNull(),
    title: text().notNull(),
    summary: text(),
    body: text(),
    genderConsiderations: text(),
    resultsAndEvidence: text(),
    lessonsLearned: text(),
  },
  (t) => [primaryKey({ columns: [t.inputId, t.language] })],
);

export const tagSource = pgEnum("tag_source", ["contributor", "staff"]);

export const inputObjectives = pgTable(
  "input_objectives",
  {
    inputId: integer()
      .notNull()
      .references(() => inputs.id, { onDelete: "cascade" }),
    objectiveId: integer()
      .notNull()
      .references(() => objectives.id),
    source: tagSource().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.inputId, t.objectiveId, t.source] }),
    // (objective, input): an objective's inputs without reading the table.
    index("input_objectives_objective_input_idx").on(t.objectiveId, t.inputId),
  ],
);

export const inputPrinciples = pgTable(
  "input_principles",
  {
    inputId: integer()
      .notNull()
      .references(() => inputs.id, { onDelete: "cascade" }),
    principleId: integer()
      .notNull()
      .references(() => principles.id),
    source: tagSource().notNull(),
  },
  (t) => [primaryKey({ columns: [t.inputId, t.principleId, t.source] })],
);

export const practiceScope = pgEnum("practice_scope", [
  "national",
  "provincial",
  "municipal",
  "international",
]);

/** What only a practice has, beside its input row. */
export const practiceDetails = pgTable("practice_details", {
  inputId: integer()
    .primaryKey()
    .references(() => inputs.id, { onDelete: "cascade" }),
  thematicClusterId: integer().references(() => thematicClusters.id),
  partners: text()
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  scope: practiceScope().notNull(),
  regions: text()
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  periodStart: text(),
  periodEnd: text(),
  fundingAmount: numeric({ precision: 16, scale: 2 }),
  fundingCurrency: text(),
  fundingSource: text(),
  groupsServed: text()
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  links: text()
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
});

/** Every submitted or edited state of an input, kept (the contributor can edit until the deadline). */
export const inputVersions = pgTable(
  "input_versions",
  {
    inputId: integer()
      .notNull()
      .references(() => inputs.id, { onDelete: "cascade" }),
    version: integer().notNull(),
    snapshot: jsonb().$type<Record<string, unknown>>().notNull(),
    createdBy: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.inputId, t.version] })],
);

/** Files attached to an input: stored outside the web root under generated names. */
export const attachments = pgTable(
  "attachments",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    inputId: integer()
      .notNull()
      .references(() => inputs.id, { onDelete: "cascade" }),
    originalName: text().notNull(),
    storedName: text().notNull().unique(),
    mediaType: text().notNull(),
    sizeBytes: integer().notNull(),
    sha256: text().notNull(),
    uploadedBy: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.inputId)],
);
