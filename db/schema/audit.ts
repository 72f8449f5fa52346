import { bigint, index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./accounts";

/**
 * Who did what to what, when, from where. Append-only: a trigger in the migration refuses
 * UPDATE and DELETE, so the application cannot rewrite history.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorUserId: integer().references(() => users.id),
    /** domain.past-tense, e.g. "session.signed-in", "input.decided" */
    action: text().notNull(),
    subjectType: text(),
    subjectId: text(),
    ip: text(),
    details: jsonb().$type<Record<string, unknown>>(),
  },
  (t) => [index().on(t.actorUserId, t.at), index().on(t.subjectType, t.subjectId)],
);
