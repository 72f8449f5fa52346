import {
  type AnyPgColumn,
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
} from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { consultations } from "./consultations";
import { objectives } from "./frameworks";
import { inputs, language } from "./inputs";
import { organizations } from "./organizations";

/**
 * A questionnaire of a consultation (e.g. asking provinces and territories how far their
 * practices are consistent with the Compact). Every text is bilingual.
 */
export const surveys = pgTable(
  "surveys",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    consultationId: integer()
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    titleEn: text().notNull(),
    titleFr: text().notNull(),
    introEn: text().notNull().default(""),
    introFr: text().notNull().default(""),
    /** null while the coordinator builds it (preview only); set when organizations may answer */
    openedAt: timestamp({ withTimezone: true }),
    /** after this, responses can no longer be edited or submitted */
    closesAt: timestamp({ withTimezone: true }).notNull(),
    /** optimistic concurrency for the builder */
    version: integer().notNull().default(1),
    createdBy: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.consultationId)],
);

export const surveySections = pgTable(
  "survey_sections",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    surveyId: integer()
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    titleEn: text().notNull(),
    titleFr: text().notNull(),
    descriptionEn: text().notNull().default(""),
    descriptionFr: text().notNull().default(""),
  },
  (t) => [index().on(t.surveyId, t.position)],
);

export const surveyQuestionKind = pgEnum("survey_question_kind", [
  "short-text",
  "long-text",
  "single-choice",
  "multiple-choice",
  "yes-no",
  "scale",
  "number",
  "date",
  "objective-matrix",
]);

/** What a question kind needs beyond its prompt; unused keys are absent. */
export type SurveyQuestionSettings = {
  /** number: bounds */
  min?: number;
  max?: number;
  /** scale (1–5): the labels of its ends */
  lowLabelEn?: string;
  lowLabelFr?: string;
  highLabelEn?: string;
  highLabelFr?: string;
  /** multiple choice: offer "other, please specify" */
  allowOther?: boolean;
  /** objective matrix: offer a comment per objective row */
  rowComments?: boolean;
};

export const surveyQuestions = pgTable(
  "survey_questions",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    surveyId: integer()
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    sectionId: integer()
      .notNull()
      .references(() => surveySections.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    kind: surveyQuestionKind().notNull(),
    promptEn: text().notNull(),
    promptFr: text().notNull(),
    helpEn: text().notNull().default(""),
    helpFr: text().notNull().default(""),
    required: boolean().notNull().default(false),
    settings: jsonb().$type<SurveyQuestionSettings>().notNull().default({}),
    /** shown only when this earlier single-choice or yes/no question … */
    conditionQuestionId: integer().references((): AnyPgColumn => surveyQuestions.id, {
      onDelete: "set null",
    }),
    /** … has this answer (an option key, or "yes" / "no") */
    conditionValue: text(),
  },
  (t) => [index().on(t.surveyId, t.sectionId, t.position)],
);

/**
 * The choices of a single- or multiple-choice question, and the columns (scale) of an
 * objective matrix. `key` is stable: answers store keys, so wording can change freely.
 */
export const surveyOptions = pgTable(
  "survey_options",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    questionId: integer()
      .notNull()
      .references(() => surveyQuestions.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    key: text().notNull(),
    labelEn: text().notNull(),
    labelFr: text().notNull(),
  },
  (t) => [unique().on(t.questionId, t.key)],
);

export const surveyResponseStatus = pgEnum("survey_response_status", ["draft", "submitted"]);

/** One response per organization per survey, shared by all its members. */
export const surveyResponses = pgTable(
  "survey_responses",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    surveyId: integer()
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    organizationId: integer()
      .notNull()
      .references(() => organizations.id),
    status: surveyResponseStatus().notNull().default("draft"),
    /** the language the organization answered in (its inputs carry it) */
    language: language().notNull(),
    /** optimistic concurrency: two members saving at once never overwrite silently */
    version: integer().notNull().default(1),
    createdBy: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedBy: integer().references(() => users.id),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    submittedBy: integer().references(() => users.id),
    submittedAt: timestamp({ withTimezone: true }),
  },
  (t) => [unique().on(t.surveyId, t.organizationId)],
);

/**
 * One answer: to a question, or to one objective row of a matrix question. Who wrote it
 * and when is kept per answer. Free-text answers and matrix comments become inputs
 * (kind survey-answer) when the response is submitted; `inputId` links them.
 */
export const surveyAnswers = pgTable(
  "survey_answers",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    responseId: integer()
      .notNull()
      .references(() => surveyResponses.id, { onDelete: "cascade" }),
    questionId: integer()
      .notNull()
      .references(() => surveyQuestions.id, { onDelete: "cascade" }),
    /** objective matrix only: the row */
    objectiveId: integer().references(() => objectives.id),
    textValue: text(),
    /** single choice (one key), multiple choice, matrix column (one key), yes/no ("yes"/"no") */
    optionKeys: text().array(),
    numberValue: numeric({ precision: 16, scale: 4 }),
    dateValue: date({ mode: "string" }),
    /** multiple choice: the "other, please specify" text */
    otherText: text(),
    /** objective matrix: the optional comment on the row */
    comment: text(),
    answeredBy: integer().references(() => users.id),
    answeredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    inputId: integer().references(() => inputs.id, { onDelete: "set null" }),
  },
  (t) => [
    unique().on(t.responseId, t.questionId, t.objectiveId).nullsNotDistinct(),
    index().on(t.questionId),
  ],
);
