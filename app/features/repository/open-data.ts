import type { Locale } from "~/i18n/locale";
import { translator } from "~/i18n/translate";
import { toCsv } from "./csv";
import type { RepositoryFilters } from "../../../db/queries/repository";
import type { PublicPractice } from "./repository.server";

// Pure builders of the open-data files; the routes only add the HTTP headers.

export function licenceOf(locale: Locale) {
  const t = translator(locale);
  return { name: t("repository.licence.name"), url: t("repository.licence.url") };
}

export function openDataFileName(locale: Locale, extension: "csv" | "json") {
  return `${translator(locale)("repository.csv.fileName")}.${extension}`;
}

const practiceUrl = (publicUrl: string, locale: Locale, reference: string) =>
  `${publicUrl}/${locale}/practices/${reference}`;

export function practicesCsv(practices: PublicPractice[], locale: Locale, publicUrl: string) {
  const t = translator(locale);
  const header = [
    t("repository.csv.reference"),
    t("repository.csv.title"),
    t("repository.csv.summary"),
    t("repository.csv.textLanguage"),
    t("repository.csv.inputLanguage"),
    t("repository.csv.organization"),
    t("repository.csv.category"),
    t("repository.csv.objectives"),
    t("repository.csv.principles"),
    t("repository.csv.scope"),
    t("repository.csv.regions"),
    t("repository.csv.partners"),
    t("repository.csv.periodStart"),
    t("repository.csv.periodEnd"),
    t("repository.csv.publishedOn"),
    t("repository.csv.results"),
    t("repository.csv.url"),
  ];
  const rows = practices.map((practice) => [
    practice.reference,
    practice.text?.title ?? "",
    practice.text?.summary ?? "",
    practice.text ? t(`language.${practice.text.lang}`) : "",
    t(`language.${practice.language}`),
    practice.organization ?? t("practice.anonymous"),
    practice.stakeholderCategory ?? "",
    practice.objectives.map((objective) => objective.number).join("; "),
    practice.principles.map((principle) => principle.title).join("; "),
    t(`practice.scope.${practice.scope}`),
    practice.regions.join("; "),
    practice.partners.join("; "),
    practice.periodStart ?? "",
    practice.periodEnd ?? "",
    practice.publishedAt?.slice(0, 10) ?? "",
    practice.text?.results ?? "",
    practiceUrl(publicUrl, locale, practice.reference),
  ]);
  return toCsv([header, ...rows]);
}

export function practicesJson(
  practices: PublicPractice[],
  locale: Locale,
  publicUrl: string,
  filters: RepositoryFilters,
) {
  const licence = licenceOf(locale);
  return {
    title: translator(locale)("repository.title"),
    licence: licence.name,
    licenceUrl: licence.url,
    language: locale,
    filters,
    count: practices.length,
    practices: practices.map((practice) => ({
      reference: practice.reference,
      url: practiceUrl(publicUrl, locale, practice.reference),
      title: practice.text?.title ?? null,
      summary: practice.text?.summary ?? null,
      resultsAndEvidence: practice.text?.results ?? null,
      textLanguage: practice.text?.lang ?? null,
      inputLanguage: practice.language,
      leadOrganization: practice.organization,
      stakeholderCategory: practice.stakeholderCategory,
      objectives: practice.objectives,
      guidingPrinciples: practice.principles,
      scope: practice.scope,
      regions: practice.regions,
      partners: practice.partners,
      period: { start: practice.periodStart, end: practice.periodEnd },
      publishedAt: practice.publishedAt,
    })),
  };
}
