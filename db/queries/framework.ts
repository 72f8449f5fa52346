import { and, asc, countDistinct, eq, isNotNull, sql } from "drizzle-orm";
import type { Database } from "../client";
import { frameworks, inputObjectives, inputs, objectives } from "../schema";

export async function findFrameworkByCode(db: Database, code: string) {
  const [framework] = await db
    .select({
      id: frameworks.id,
      code: frameworks.code,
      nameEn: frameworks.nameEn,
      nameFr: frameworks.nameFr,
    })
    .from(frameworks)
    .where(eq(frameworks.code, code));
  return framework ?? null;
}

/** The objectives of a framework, in order (the rows of an objective matrix). */
export async function listFrameworkObjectives(db: Database, frameworkId: number) {
  return db
    .select({
      id: objectives.id,
      number: objectives.number,
      titleEn: objectives.titleEn,
      titleFr: objectives.titleFr,
    })
    .from(objectives)
    .where(eq(objectives.frameworkId, frameworkId))
    .orderBy(asc(objectives.number));
}

/** Every objective of a framework with how many published practices address it. */
export async function listObjectivesWithPublishedPracticeCounts(db: Database, frameworkId: number) {
  return db
    .select({
      id: objectives.id,
      number: objectives.number,
      titleEn: objectives.titleEn,
      titleFr: objectives.titleFr,
      publishedPractices: countDistinct(inputs.id),
    })
    .from(objectives)
    .leftJoin(inputObjectives, eq(inputObjectives.objectiveId, objectives.id))
    .leftJoin(
      inputs,
      and(
        eq(inputs.id, inputObjectives.inputId),
        eq(inputs.kind, "practice"),
        isNotNull(inputs.publishedAt),
      ),
    )
    .where(eq(objectives.frameworkId, frameworkId))
    .groupBy(objectives.id)
    .orderBy(asc(objectives.number));
}

export async function findObjective(db: Database, frameworkId: number, number: number) {
  const [objective] = await db
    .select({
      id: objectives.id,
      number: objectives.number,
      titleEn: objectives.titleEn,
      titleFr: objectives.titleFr,
    })
    .from(objectives)
    .where(and(eq(objectives.frameworkId, frameworkId), eq(objectives.number, number)));
  return objective ?? null;
}

/** Counts used to compare databases and to check seeds: objectives and principles per framework. */
export async function countTaxonomy(db: Database, frameworkId: number) {
  const [row] = await db
    .execute<{ objectives: number; principles: number; clusters: number }>(
      sql`
    select
      (select count(*)::int from objectives where framework_id = ${frameworkId}) as objectives,
      (select count(*)::int from principles where framework_id = ${frameworkId}) as principles,
      (select count(*)::int from thematic_clusters where framework_id = ${frameworkId}) as clusters
  `,
    )
    .then(rowsOf);
  return row!;
}

/** postgres.js returns an array, PGlite a `{ rows }` object: one shape for callers. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
