import { sql } from "drizzle-orm";
import {
  index,
  integer,
  pgEnum,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { objectives, thematicClusters } from "./frameworks";
import { inputs } from "./inputs";

export const suggestionDecision = pgEnum("suggestion_decision", ["accepted", "dismissed"]);

/** Staff's say on publication: public (when the contributor consented) or internal only. */
export const inputVisibility = pgEnum("input_visibility", ["public", "internal"]);

/**
 * What staff did with an objective suggested for an input: accepted (the objective becomes a
 * staff tag) or dismissed. The acceptance rate per objective is read from here.
 */
export const objectiveSuggestionDecisions = pgTable(
  "objective_suggestion_decisions",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    inputId: integer()
      .notNull()
      .references(() => inputs.id, { onDelete: "cascade" }),
    objectiveId: integer()
      .notNull()
      .references(() => objectives.id),
    decision: suggestionDecision().notNull(),
    /** the model's score when staff decided */
    score: real().notNull(),
    decidedBy: integer()
      .notNull()
      .references(() => users.id),
    decidedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.inputId, t.objectiveId), index().on(t.objectiveId, t.decision)],
);

/** Staff's own classification of an input, kept apart from the contributor's. */
export const inputStaffTags = pgTable(
  "input_staff_tags",
  {
    inputId: integer()
      .primaryKey()
      .references(() => inputs.id, { onDelete: "cascade" }),
    thematicClusterId: integer().references(() => thematicClusters.id),
    /** free tags, lower case, as staff typed them */
    tags: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** internal: never published, and cited in the public review only as "not published" */
    visibility: inputVisibility().notNull().default("public"),
    updatedBy: integer()
      .notNull()
      .references(() => users.id),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.thematicClusterId), index("input_staff_tags_tags_gin").using("gin", t.tags)],
);

/** Internal notes on an input: staff only, never shown to the contributor or the public. */
export const inputNotes = pgTable(
  "input_notes",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    inputId: integer()
      .notNull()
      .references(() => inputs.id, { onDelete: "cascade" }),
    authorUserId: integer()
      .notNull()
      .references(() => users.id),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.inputId, t.createdAt)],
);

/** A moderator's named queue filters (the query string of the queue's URL). */
export const triageSavedViews = pgTable(
  "triage_saved_views",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text().notNull(),
    /** the queue's query string, without the leading "?" */
    query: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.userId, t.name)],
);
