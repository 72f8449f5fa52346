import { integer, pgTable, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { inputs } from "./inputs";

/**
 * An English and a French input the contributor declared to be translations of each other.
 * Pairs found by comparing the texts are computed when read, not stored
 * (docs/decisions/016-bulk-triage-visibility-and-translation-pairs.md).
 */
export const inputTranslationPairs = pgTable(
  "input_translation_pairs",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    englishInputId: integer()
      .notNull()
      .references(() => inputs.id, { onDelete: "cascade" }),
    frenchInputId: integer()
      .notNull()
      .references(() => inputs.id, { onDelete: "cascade" }),
    declaredBy: integer()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  // An input has at most one other-language version.
  (t) => [uniqueIndex().on(t.englishInputId), uniqueIndex().on(t.frenchInputId)],
);
