import type { Database } from "../../../db/client";
import type { Locale } from "~/i18n/locale";
import { translator } from "~/i18n/translate";
import { getPublishedPracticePage } from "../practices/published-practices.server";

/**
 * One published practice in the fields the UN Migration Network Hub's repository of
 * practices asks for. Anonymous practices carry no lead organization.
 */
export async function getHubExport(
  db: Database,
  locale: Locale,
  reference: string,
  publicUrl: string,
) {
  const practice = await getPublishedPracticePage(db, locale, reference);
  if (!practice) return null;
  const t = translator(locale);
  return {
    reference: practice.reference,
    url: `${publicUrl}/${locale}/practices/${practice.reference}`,
    language: locale,
    textLanguage: practice.text?.lang ?? null,
    title: practice.text?.title ?? practice.reference,
    type: "practice" as const,
    objectives: practice.objectives,
    guidingPrinciples: practice.principles,
    dates: { start: practice.periodStart, end: practice.periodEnd },
    geography: {
      scope: practice.scope,
      scopeLabel: t(`practice.scope.${practice.scope}`),
      regions: practice.regions,
    },
    summary: practice.text?.summary ?? null,
    collaborators: { leadOrganization: practice.organization, partners: practice.partners },
    benefitAndImpact: practice.text?.resultsAndEvidence ?? null,
    licence: t("repository.licence.name"),
    licenceUrl: t("repository.licence.url"),
  };
}

export type HubExport = NonNullable<Awaited<ReturnType<typeof getHubExport>>>;
