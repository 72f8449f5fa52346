import type { Database } from "../../../db/client";
import {
  findFrameworkByCode,
  findObjective,
  listObjectivesWithPublishedPracticeCounts,
} from "../../../db/queries/framework";
import { listOpenCommentCalls } from "../../../db/queries/contributions";
import { listPublishedPracticesForObjective } from "../../../db/queries/practices";
import type { Locale } from "~/i18n/locale";
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

/** An objective and its published practices, or null when the framework has no such number. */
export async function getObjectivePage(db: Database, locale: Locale, number: number) {
  const framework = await requireFramework(db, GCM);
  const objective = await findObjective(db, framework.id, number);
  if (!objective) return null;
  const [practices, commentCalls] = await Promise.all([
    listPublishedPracticesForObjective(db, objective.id),
    listOpenCommentCalls(db),
  ]);
  return {
    number: objective.number,
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
