import type { Database } from "../../../db/client";
import { findPublishedPractice } from "../../../db/queries/practices";
import type { Locale } from "~/i18n/locale";
import { bilingual, pickLocalized } from "./localized-text";

export async function getPublishedPracticePage(db: Database, locale: Locale, reference: string) {
  const practice = await findPublishedPractice(db, reference);
  if (!practice) return null;
  const text = pickLocalized(practice.texts, locale, practice.language);
  return {
    reference: practice.reference,
    text,
    organization:
      practice.publicationConsent === "attributed"
        ? bilingual(
            { nameEn: practice.organizationNameEn, nameFr: practice.organizationNameFr },
            "name",
            locale,
          )
        : null,
    consultation: {
      slug: practice.consultationSlug,
      title: bilingual(
        { titleEn: practice.consultationTitleEn, titleFr: practice.consultationTitleFr },
        "title",
        locale,
      ),
    },
    objectives: practice.objectives.map((objective) => ({
      number: objective.number,
      title: bilingual(objective, "title", locale),
    })),
    principles: practice.principles.map((principle) => ({
      key: principle.key,
      title: bilingual(principle, "title", locale),
    })),
    thematicCluster: practice.clusterTitleEn
      ? bilingual(
          { titleEn: practice.clusterTitleEn, titleFr: practice.clusterTitleFr },
          "title",
          locale,
        )
      : null,
    scope: practice.scope,
    regions: practice.regions,
    partners: practice.partners,
    periodStart: practice.periodStart,
    periodEnd: practice.periodEnd,
    funding:
      practice.fundingAmount && practice.fundingCurrency
        ? {
            amount: Number(practice.fundingAmount),
            currency: practice.fundingCurrency,
            source: practice.fundingSource,
          }
        : null,
    groupsServed: practice.groupsServed,
    links: practice.links,
    publishedAt: practice.publishedAt?.toISOString() ?? null,
  };
}
