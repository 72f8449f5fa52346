import type { Database } from "../../../db/client";
import {
  findFrameworkByCode,
  findObjective,
  listObjectivesWithPublishedPracticeCounts,
} from "../../../db/queries/framework";
import { listOpenCommentCalls } from "../../../db/queries/contributions";
import {
  countPublishedPracticesForObjective,
  listPublishedPracticesForObjective,
} from "../../../db/queries/practices";
import type { Locale } from "~/i18n/locale";
import { cachedCount } from "../repository/count-cache.server";
import { bilingual, pickLocalized } from "../practices/localized-text";

export const GCM = "GCM";

async function requireFramework(db: Database, code: string) {
  const framework = await findFrameworkByCode(db, code);
  if (!framework) throw new Error(`Framework ${code} is not seeded`);
  return framework;
}

export async function listObjectiveSummaries(db: Database, locale: Locale) {
  const framework = await requireFramework(db, GCM);
  const rows = await listObjectivesWithPublishedPracticeCounts(db, framework.id);
  return {
    frameworkName: bilingual(framework, "name", locale),
    objectives: rows.map((row) => ({
      number: row.number,
      title: bilingual(row, "title", locale),
      publishedPractices: Number(row.publishedPractices),
    })),
  };
}

/** Practices per page on an objective's page. */
export const OBJECTIVE_PAGE_SIZE = 20;

/**
 * An objective and one page of its published practices (newest first), or null when the
 * framework has no such number.
 */
export async function getObjectivePage(db: Database, locale: Locale, number: number, page = 1) {
  const framework = await requireFramework(db, GCM);
  const objective = await findObjective(db, framework.id, number);
  if (!objective) return null;
  const [practices, total, commentCalls] = await Promise.all([
    listPublishedPracticesForObjective(db, objective.id, {
      limit: OBJECTIVE_PAGE_SIZE,
      offset: (page - 1) * OBJECTIVE_PAGE_SIZE,
    }),
    cachedCount(`objective:${objective.id}`, () =>
      countPublishedPracticesForObjective(db, objective.id),
    ),
    listOpenCommentCalls(db),
  ]);
  return {
    number: objective.number,
    page,
    pageCount: Math.max(1, Math.ceil(total / OBJECTIVE_PAGE_SIZE)),
    totalPractices: total,
    title: bilingual(objective, "title", locale),
    commentCalls: commentCalls.map((call) => ({
      slug: call.slug,
      title: bilingual(call, "title", locale),
    })),
    practices: practices.map((practice) => ({
      reference: practice.reference,
      text: pickLocalized(practice.texts, locale, practice.language),
      // Anonymous publication shows no organization (PRODUCT.md: consent decides).
      organization:
        practice.publicationConsent === "attributed"
          ? bilingual(
              { nameEn: practice.organizationNameEn, nameFr: practice.organizationNameFr },
              "name",
              locale,
            )
          : null,
      principles: practice.principles.map((principle) => ({
        key: principle.key,
        title: bilingual(principle, "title", locale),
      })),
    })),
  };
}
