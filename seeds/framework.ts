import { sql } from "drizzle-orm";
import type { Database } from "../db/client";
import {
  frameworks,
  objectives,
  principles,
  reviewTemplateSections,
  stakeholderCategories,
  thematicClusters,
} from "../db/schema";
import type { SeedFramework, SeedStakeholderCategory } from "./data/types";

/** Writes a framework and its taxonomy; running it again changes only what changed. */
export async function seedFramework(db: Database, framework: SeedFramework): Promise<number> {
  const [row] = await db
    .insert(frameworks)
    .values({ code: framework.code, nameEn: framework.name.en, nameFr: framework.name.fr })
    .onConflictDoUpdate({
      target: frameworks.code,
      set: { nameEn: sql`excluded.name_en`, nameFr: sql`excluded.name_fr` },
    })
    .returning({ id: frameworks.id });
  const frameworkId = row!.id;

  await db
    .insert(objectives)
    .values(
      framework.objectives.map((o) => ({
        frameworkId,
        number: o.number,
        titleEn: o.title.en,
        titleFr: o.title.fr,
      })),
    )
    .onConflictDoUpdate({
      target: [objectives.frameworkId, objectives.number],
      set: { titleEn: sql`excluded.title_en`, titleFr: sql`excluded.title_fr` },
    });
  await db
    .insert(principles)
    .values(
      framework.principles.map((p, i) => ({
        frameworkId,
        key: p.key,
        position: i + 1,
        titleEn: p.title.en,
        titleFr: p.title.fr,
      })),
    )
    .onConflictDoUpdate({
      target: [principles.frameworkId, principles.key],
      set: {
        position: sql`excluded.position`,
        titleEn: sql`excluded.title_en`,
        titleFr: sql`excluded.title_fr`,
      },
    });
  await db
    .insert(thematicClusters)
    .values(
      framework.thematicClusters.map((c, i) => ({
        frameworkId,
        key: c.key,
        position: i + 1,
        titleEn: c.title.en,
        titleFr: c.title.fr,
      })),
    )
    .onConflictDoUpdate({
      target: [thematicClusters.frameworkId, thematicClusters.key],
      set: {
        position: sql`excluded.position`,
        titleEn: sql`excluded.title_en`,
        titleFr: sql`excluded.title_fr`,
      },
    });
  await db
    .insert(reviewTemplateSections)
    .values(
      framework.reviewTemplate.map((s) => ({
        frameworkId,
        number: s.number,
        titleEn: s.title.en,
        titleFr: s.title.fr,
        suggestedWords: s.suggestedWords,
        prompts: s.prompts,
      })),
    )
    .onConflictDoUpdate({
      target: [reviewTemplateSections.frameworkId, reviewTemplateSections.number],
      set: {
        titleEn: sql`excluded.title_en`,
        titleFr: sql`excluded.title_fr`,
        suggestedWords: sql`excluded.suggested_words`,
        prompts: sql`excluded.prompts`,
      },
    });
  return frameworkId;
}

export async function seedStakeholderCategories(
  db: Database,
  categories: SeedStakeholderCategory[],
) {
  await db
    .insert(stakeholderCategories)
    .values(
      categories.map((c, i) => ({
        key: c.key,
        position: i + 1,
        nameEn: c.name.en,
        nameFr: c.name.fr,
      })),
    )
    .onConflictDoUpdate({
      target: stakeholderCategories.key,
      set: {
        position: sql`excluded.position`,
        nameEn: sql`excluded.name_en`,
        nameFr: sql`excluded.name_fr`,
      },
    });
}
