import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { stakeholderCategories } from "./frameworks";

export const organizations = pgTable("organizations", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  /** stable, URL-safe key; also what seeds and imports match on */
  slug: text().notNull().unique(),
  nameEn: text().notNull(),
  nameFr: text().notNull(),
  stakeholderCategoryId: integer()
    .notNull()
    .references(() => stakeholderCategories.id),
  /** a province/territory code (ON, QC…), "national" or "international" */
  jurisdiction: text().notNull(),
  website: text(),
  contactEmail: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
