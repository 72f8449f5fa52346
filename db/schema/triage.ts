import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { inputs, inputStatus } from "./inputs";

/** Every decision on an input: who moved it from what to what, why, and what the contributor was told. */
export const inputDecisions = pgTable(
  "input_decisions",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    inputId: integer()
      .notNull()
      .references(() => inputs.id, { onDelete: "cascade" }),
    fromStatus: inputStatus().notNull(),
    toStatus: inputStatus().notNull(),
    /** for rejections: one of a fixed list (duplicate, out-of-scope, …) */
    reasonCode: text(),
    /** the message the contributor reads (reason, or the changes asked for) */
    message: text(),
    decidedBy: integer()
      .notNull()
      .references(() => users.id),
    decidedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.inputId, t.decidedAt)],
);
