import { integer, jsonb, pgTable, text, unique } from "drizzle-orm/pg-core";

/**
 * The taxonomy a consultation is organised around. The GCM is one framework; the SDGs or
 * the Global Compact on Refugees would be more rows, not more code.
 */
export const frameworks = pgTable("frameworks", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  code: text().notNull().unique(),
  nameEn: text().notNull(),
  nameFr: text().notNull(),
});

export const objectives = pgTable(
  "objectives",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    frameworkId: integer()
      .notNull()
      .references(() => frameworks.id),
    number: integer().notNull(),
    titleEn: text().notNull(),
    titleFr: text().notNull(),
  },
  (t) => [unique().on(t.frameworkId, t.number)],
);

export const principles = pgTable(
  "principles",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    frameworkId: integer()
      .notNull()
      .references(() => frameworks.id),
    key: text().notNull(),
    position: integer().notNull(),
    titleEn: text().notNull(),
    titleFr: text().notNull(),
  },
  (t) => [unique().on(t.frameworkId, t.key)],
);

export const thematicClusters = pgTable(
  "thematic_clusters",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    frameworkId: integer()
      .notNull()
      .references(() => frameworks.id),
    key: text().notNull(),
    position: integer().notNull(),
    titleEn: text().notNull(),
    titleFr: text().notNull(),
  },
  (t) => [unique().on(t.frameworkId, t.key)],
);

export type BilingualText = { en: string; fr: string };

/** The framework's review template: the sections a review starts from. */
export const reviewTemplateSections = pgTable(
  "review_template_sections",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    frameworkId: integer()
      .notNull()
      .references(() => frameworks.id),
    number: integer().notNull(),
    titleEn: text().notNull(),
    titleFr: text().notNull(),
    suggestedWords: integer().notNull(),
    prompts: jsonb().$type<BilingualText[]>().notNull(),
  },
  (t) => [unique().on(t.frameworkId, t.number)],
);

/** Who takes part: shared across frameworks. */
export const stakeholderCategories = pgTable("stakeholder_categories", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  key: text().notNull().unique(),
  position: integer().notNull(),
  nameEn: text().notNull(),
  nameFr: text().notNull(),
});
