import { and, asc, desc, eq, exists, inArray, isNotNull, sql, type SQL } from "drizzle-orm";
import type { PgSelect } from "drizzle-orm/pg-core";
import type { Database } from "../client";
import {
  inputObjectives,
  inputPrinciples,
  inputs,
  inputTexts,
  objectives,
  organizations,
  practiceDetails,
  principles,
  stakeholderCategories,
} from "../schema";

/** What a visitor may narrow the public repository by; every field is optional. */
export interface RepositoryFilters {
  objective?: number | undefined;
  principle?: string | undefined;
  category?: string | undefined;
  /** a province/territory code (ON, QC…): the lead organization's or one of the practice's regions */
  province?: string | undefined;
  /** the year of publication, or a year within the practice's period */
  year?: number | undefined;
  language?: "en" | "fr" | undefined;
  /** full-text search in English and French, accents ignored */
  q?: string | undefined;
}

// The same rule as db/queries/practices.ts: only published practices exist for the public.
const isPublishedPractice = and(eq(inputs.kind, "practice"), isNotNull(inputs.publishedAt));

// Both configurations: a French word typed on the English page still finds the French text.
const tsQuery = (q: string) =>
  sql`(websearch_to_tsquery('rt_english', ${q}) || websearch_to_tsquery('rt_french', ${q}))`;

function filterConditions(db: Database, filters: RepositoryFilters): SQL[] {
  const conditions: SQL[] = [isPublishedPractice!];
  if (filters.objective !== undefined) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(inputObjectives)
          .innerJoin(objectives, eq(objectives.id, inputObjectives.objectiveId))
          .where(
            and(eq(inputObjectives.inputId, inputs.id), eq(objectives.number, filters.objective)),
          ),
      ),
    );
  }
  if (filters.principle !== undefined) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(inputPrinciples)
          .innerJoin(principles, eq(principles.id, inputPrinciples.principleId))
          .where(
            and(eq(inputPrinciples.inputId, inputs.id), eq(principles.key, filters.principle)),
          ),
      ),
    );
  }
  if (filters.category !== undefined)
    conditions.push(eq(stakeholderCategories.key, filters.category));
  if (filters.province !== undefined) {
    conditions.push(
      sql`(${organizations.jurisdiction} = ${filters.province} or ${filters.province} = any(${practiceDetails.regions}))`,
    );
  }
  if (filters.year !== undefined) {
    const year = String(filters.year);
    // Periods are free text starting with a year ("2019", "2019-04"); compare the 4 digits.
    conditions.push(
      sql`(extract(year from ${inputs.publishedAt} at time zone 'America/Toronto') = ${filters.year}
        or (left(${practiceDetails.periodStart}, 4) <= ${year}
          and coalesce(nullif(left(${practiceDetails.periodEnd}, 4), ''), left(${practiceDetails.periodStart}, 4)) >= ${year}))`,
    );
  }
  if (filters.language !== undefined) conditions.push(eq(inputs.language, filters.language));
  if (filters.q) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(inputTexts)
          .where(
            and(
              eq(inputTexts.inputId, inputs.id),
              sql`input_texts.search @@ ${tsQuery(filters.q)}`,
            ),
          ),
      ),
    );
  }
  return conditions;
}

const rowColumns = {
  id: inputs.id,
  reference: inputs.reference,
  language: inputs.language,
  publicationConsent: inputs.publicationConsent,
  publishedAt: inputs.publishedAt,
  organizationNameEn: organizations.nameEn,
  organizationNameFr: organizations.nameFr,
  jurisdiction: organizations.jurisdiction,
  categoryNameEn: stakeholderCategories.nameEn,
  categoryNameFr: stakeholderCategories.nameFr,
  scope: practiceDetails.scope,
  regions: practiceDetails.regions,
  partners: practiceDetails.partners,
  periodStart: practiceDetails.periodStart,
  periodEnd: practiceDetails.periodEnd,
};

// Every public list reads a practice with its lead organization, its category and its details.
function withPracticeJoins<T extends PgSelect>(query: T) {
  return query
    .innerJoin(organizations, eq(organizations.id, inputs.organizationId))
    .innerJoin(
      stakeholderCategories,
      eq(stakeholderCategories.id, organizations.stakeholderCategoryId),
    )
    .innerJoin(practiceDetails, eq(practiceDetails.inputId, inputs.id));
}

function ordering(filters: RepositoryFilters) {
  const newest = [desc(inputs.publishedAt), asc(inputs.id)];
  if (!filters.q) return newest;
  const rank = sql`(select max(ts_rank(input_texts.search, ${tsQuery(filters.q)})) from input_texts where input_texts.input_id = ${inputs.id})`;
  return [sql`${rank} desc nulls last`, ...newest];
}

export type RepositoryText = {
  language: "en" | "fr";
  title: string;
  summary: string | null;
  resultsAndEvidence: string | null;
};

export interface RepositoryRow {
  id: number;
  reference: string;
  language: "en" | "fr";
  publicationConsent: "attributed" | "anonymous" | "private";
  publishedAt: Date | null;
  organizationNameEn: string;
  organizationNameFr: string;
  jurisdiction: string;
  categoryNameEn: string;
  categoryNameFr: string;
  scope: "national" | "provincial" | "municipal" | "international";
  regions: string[];
  partners: string[];
  periodStart: string | null;
  periodEnd: string | null;
  texts: RepositoryText[];
  objectives: Array<{ number: number; titleEn: string; titleFr: string }>;
  principles: Array<{ key: string; titleEn: string; titleFr: string }>;
}

async function withTagsAndTexts(
  db: Database,
  rows: Array<Omit<RepositoryRow, "texts" | "objectives" | "principles">>,
): Promise<RepositoryRow[]> {
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) return [];
  const [texts, objectiveRows, principleRows] = await Promise.all([
    db
      .select({
        inputId: inputTexts.inputId,
        language: inputTexts.language,
        title: inputTexts.title,
        summary: inputTexts.summary,
        resultsAndEvidence: inputTexts.resultsAndEvidence,
      })
      .from(inputTexts)
      .where(inArray(inputTexts.inputId, ids)),
    db
      .selectDistinct({
        inputId: inputObjectives.inputId,
        number: objectives.number,
        titleEn: objectives.titleEn,
        titleFr: objectives.titleFr,
      })
      .from(inputObjectives)
      .innerJoin(objectives, eq(objectives.id, inputObjectives.objectiveId))
      .where(inArray(inputObjectives.inputId, ids))
      .orderBy(asc(objectives.number)),
    db
      .selectDistinct({
        inputId: inputPrinciples.inputId,
        key: principles.key,
        titleEn: principles.titleEn,
        titleFr: principles.titleFr,
        position: principles.position,
      })
      .from(inputPrinciples)
      .innerJoin(principles, eq(principles.id, inputPrinciples.principleId))
      .where(inArray(inputPrinciples.inputId, ids))
      .orderBy(asc(principles.position)),
  ]);
  const group = <T extends { inputId: number }>(items: T[]) => {
    const byInput = new Map<number, Array<Omit<T, "inputId">>>();
    for (const { inputId, ...item } of items)
      byInput.set(inputId, [...(byInput.get(inputId) ?? []), item]);
    return byInput;
  };
  const textsBy = group(texts);
  const objectivesBy = group(objectiveRows);
  const principlesBy = group(principleRows.map(({ position: _position, ...rest }) => rest));
  return rows.map((row) => ({
    ...row,
    texts: textsBy.get(row.id) ?? [],
    objectives: objectivesBy.get(row.id) ?? [],
    principles: principlesBy.get(row.id) ?? [],
  }));
}

/** One page of published practices matching the filters, best match (or newest) first. */
export async function searchPublishedPractices(
  db: Database,
  filters: RepositoryFilters,
  page: { limit: number; offset: number },
) {
  const where = and(...filterConditions(db, filters));
  const [countRow] = await withPracticeJoins(
    db
      .select({ count: sql<number>`count(*)::int` })
      .from(inputs)
      .$dynamic(),
  ).where(where);
  const rows = await withPracticeJoins(db.select(rowColumns).from(inputs).$dynamic())
    .where(where)
    .orderBy(...ordering(filters))
    .limit(page.limit)
    .offset(page.offset);
  return {
    total: Number(countRow?.count ?? 0),
    practices: await withTagsAndTexts(db, rows),
  };
}

/** Every published practice matching the filters, for the open-data exports. */
export async function listPublishedPracticesForExport(db: Database, filters: RepositoryFilters) {
  const rows = await withPracticeJoins(db.select(rowColumns).from(inputs).$dynamic())
    .where(and(...filterConditions(db, filters)))
    .orderBy(...ordering(filters));
  return withTagsAndTexts(db, rows);
}

/** The choices of the filter form: the taxonomy, and the years and places that have practices. */
export async function listRepositoryFilterOptions(db: Database) {
  const [objectiveRows, principleRows, categoryRows, placeRows, yearRows] = await Promise.all([
    db
      .select({
        number: objectives.number,
        titleEn: objectives.titleEn,
        titleFr: objectives.titleFr,
      })
      .from(objectives)
      .orderBy(asc(objectives.number)),
    db
      .select({ key: principles.key, titleEn: principles.titleEn, titleFr: principles.titleFr })
      .from(principles)
      .orderBy(asc(principles.position)),
    db
      .select({
        key: stakeholderCategories.key,
        nameEn: stakeholderCategories.nameEn,
        nameFr: stakeholderCategories.nameFr,
      })
      .from(stakeholderCategories)
      .orderBy(asc(stakeholderCategories.position)),
    withPracticeJoins(
      db
        .select({
          jurisdiction: organizations.jurisdiction,
          regions: practiceDetails.regions,
        })
        .from(inputs)
        .$dynamic(),
    ).where(isPublishedPractice),
    withPracticeJoins(
      db
        .select({
          published: sql<number>`extract(year from ${inputs.publishedAt} at time zone 'America/Toronto')::int`,
          periodStart: practiceDetails.periodStart,
          periodEnd: practiceDetails.periodEnd,
        })
        .from(inputs)
        .$dynamic(),
    ).where(isPublishedPractice),
  ]);
  const places = new Set<string>();
  for (const row of placeRows) {
    places.add(row.jurisdiction);
    for (const region of row.regions) places.add(region);
  }
  const years = new Set<number>();
  for (const row of yearRows) {
    years.add(Number(row.published));
    const start = Number(row.periodStart?.slice(0, 4));
    const end = Number(row.periodEnd?.slice(0, 4) || start);
    if (Number.isInteger(start) && Number.isInteger(end) && end >= start && end - start < 50)
      for (let year = start; year <= end; year += 1) years.add(year);
  }
  return {
    objectives: objectiveRows,
    principles: principleRows,
    categories: categoryRows,
    places: [...places],
    years: [...years].sort((a, b) => b - a),
  };
}
