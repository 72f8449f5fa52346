import { date, integer, pgEnum, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { frameworks } from "./frameworks";

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
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
