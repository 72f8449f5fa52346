import { sql } from "drizzle-orm";
import { index, integer, pgTable, primaryKey, real, timestamp } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { consultations } from "./consultations";
import { inputs, inputStatus } from "./inputs";

/**
 * The LSH band keys of an input's text (MinHash, docs/decisions/008 and 014): the per-submit
 * check asks the GIN index for inputs sharing any key, then verifies each by Jaccard.
 */
export const inputSimilarityKeys = pgTable(
  "input_similarity_keys",
  {
    inputId: integer()
      .primaryKey()
      .references(() => inputs.id, { onDelete: "cascade" }),
    consultationId: integer()
      .notNull()
      .references(() => consultations.id),
    /** one 32-bit key per band (stored signed); band-seeded, so one array serves every band */
    keys: integer().array().notNull(),
  },
  (t) => [index("input_similarity_keys_gin").using("gin", t.keys)],
);

/** A set of near-duplicate inputs of one consultation (verified pairs, joined transitively). */
export const duplicateGroups = pgTable("duplicate_groups", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  consultationId: integer()
    .notNull()
    .references(() => consultations.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const duplicateGroupMembers = pgTable(
  "duplicate_group_members",
  {
    /** an input belongs to at most one group */
    inputId: integer()
      .primaryKey()
      .references(() => inputs.id, { onDelete: "cascade" }),
    groupId: integer()
      .notNull()
      .references(() => duplicateGroups.id, { onDelete: "cascade" }),
    /** the best Jaccard similarity found to another member when it joined */
    similarity: real().notNull(),
    addedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  // A group's members in input order: a queue row counts at most GROUP_SIZE_COUNTED of them
  // through this index alone (db/queries/triage.ts).
  (t) => [index("duplicate_group_members_group_input_idx").on(t.groupId, t.inputId)],
);

/** One merge: some inputs folded into a survivor. Undoing it sets undoneAt. */
export const inputMerges = pgTable(
  "input_merges",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    survivorInputId: integer()
      .notNull()
      .references(() => inputs.id, { onDelete: "cascade" }),
    mergedBy: integer()
      .notNull()
      .references(() => users.id),
    mergedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    undoneBy: integer().references(() => users.id),
    undoneAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index()
      .on(t.survivorInputId)
      .where(sql`${t.undoneAt} is null`),
  ],
);

/** The inputs a merge folded in, with the status each had (restored by undo). */
export const inputMergeMembers = pgTable(
  "input_merge_members",
  {
    mergeId: integer()
      .notNull()
      .references(() => inputMerges.id, { onDelete: "cascade" }),
    inputId: integer()
      .notNull()
      .references(() => inputs.id, { onDelete: "cascade" }),
    previousStatus: inputStatus().notNull(),
    /** a merged practice leaves the public pages; undo publishes it again as it was */
    previousPublishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.mergeId, t.inputId] }), index().on(t.inputId)],
);
