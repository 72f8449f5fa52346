import type { Database } from "../../../db/client";
import {
  listPublishedPracticesForExport,
  listRepositoryFilterOptions,
  searchPublishedPractices,
  type RepositoryRow,
} from "../../../db/queries/repository";
import type { Locale } from "~/i18n/locale";
import { bilingual, pickLocalized } from "../practices/localized-text";
import { PAGE_SIZE, type PracticeFilters } from "./practice-filters.schema";

const PROVINCES = ["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"];

/** A published practice as the public sees it, in the reader's language where it exists. */
function presentPractice(row: RepositoryRow, locale: Locale) {
  const text = pickLocalized(row.texts, locale, row.language);
  // Anonymous publication shows no organization (PRODUCT.md: consent decides).
  const organization =
    row.publicationConsent === "attributed"
      ? bilingual(
          { nameEn: row.organizationNameEn, nameFr: row.organizationNameFr },
          "name",
          locale,
        )
      : null;
  return {
    reference: row.reference,
    language: row.language,
    text: text
      ? {
          title: text.title,
          summary: text.summary,
          lang: text.lang,
          results: text.resultsAndEvidence,
        }
      : null,
    organization,
    stakeholderCategory: organization
      ? bilingual({ nameEn: row.categoryNameEn, nameFr: row.categoryNameFr }, "name", locale)
      : null,
    scope: row.scope,
    regions: row.regions,
    partners: row.partners,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    objectives: row.objectives.map((objective) => ({
      number: objective.number,
      title: bilingual(objective, "title", locale),
    })),
    principles: row.principles.map((principle) => ({
      key: principle.key,
      title: bilingual(principle, "title", locale),
    })),
  };
}

export type PublicPractice = ReturnType<typeof presentPractice>;

/** The list page: one page of results, their count and the choices of the filter form. */
export async function searchPracticeRepository(
  db: Database,
  locale: Locale,
  filters: PracticeFilters,
) {
  const { page, ...criteria } = filters;
  const [results, options] = await Promise.all([
    searchPublishedPractices(db, criteria, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    listRepositoryFilterOptions(db),
  ]);
  const provinces = PROVINCES.filter((code) => options.places.includes(code));
  return {
    total: results.total,
    page,
    pageCount: Math.max(1, Math.ceil(results.total / PAGE_SIZE)),
    practices: results.practices.map((row) => presentPractice(row, locale)),
    options: {
      objectives: options.objectives.map((o) => ({
        value: String(o.number),
        number: o.number,
        title: bilingual(o, "title", locale),
      })),
      principles: options.principles.map((p) => ({
        value: p.key,
        title: bilingual(p, "title", locale),
      })),
      categories: options.categories.map((c) => ({
        value: c.key,
        title: bilingual(c, "name", locale),
      })),
      provinces,
      years: options.years,
    },
  };
}

/** Every matching practice, for the CSV and JSON downloads. */
export async function exportPracticeRepository(
  db: Database,
  locale: Locale,
  filters: PracticeFilters,
) {
  const { page: _page, ...criteria } = filters;
  const rows = await listPublishedPracticesForExport(db, criteria);
  return rows.map((row) => presentPractice(row, locale));
}
