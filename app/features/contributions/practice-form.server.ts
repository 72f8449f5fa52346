import type { Database } from "../../../db/client";
import { listFrameworkChoices } from "../../../db/queries/contributions";
import type { Locale } from "~/i18n/locale";
import { bilingual } from "../practices/localized-text";
import type { PracticeFormValues } from "./practice-form";
import type { getOwnInput } from "./practices.server";

/** The objectives, principles and clusters to choose from, in the page's language. */
export async function getFrameworkChoices(db: Database, frameworkId: number, locale: Locale) {
  const choices = await listFrameworkChoices(db, frameworkId);
  return {
    objectives: choices.objectives.map((o) => ({ number: o.number, title: bilingual(o, "title", locale) })),
    principles: choices.principles.map((p) => ({ key: p.key, title: bilingual(p, "title", locale) })),
    clusters: choices.clusters.map((c) => ({ key: c.key, title: bilingual(c, "title", locale) })),
  };
}

/** What a refused form showed, exactly as typed (Conform's reply keeps it as initialValue). */
export function valuesFromReply(initialValue: Record<string, unknown> | null | undefined): PracticeFormValues {
  if (!initialValue) return {};
  const one = (key: string) => (typeof initialValue[key] === "string" ? (initialValue[key] as string) : undefined);
  const many = (key: string) => {
    const value = initialValue[key];
    return Array.isArray(value) ? value.map(String) : typeof value === "string" ? [value] : [];
  };
  return {
    language: one("language"),
    title: one("title"),
    summary: one("summary"),
    description: one("description"),
    objectives: many("objectives"),
    principles: many("principles"),
    thematicCluster: one("thematicCluster"),
    partners: one("partners"),
    scope: one("scope"),
    regions: one("regions"),
    periodStart: one("periodStart"),
    periodEnd: one("periodEnd"),
    fundingAmount: one("fundingAmount"),
    fundingCurrency: one("fundingCurrency"),
    fundingSource: one("fundingSource"),
    groupsServed: many("groupsServed"),
    genderConsiderations: one("genderConsiderations"),
    resultsAndEvidence: one("resultsAndEvidence"),
    lessonsLearned: one("lessonsLearned"),
    links: one("links"),
    consent: one("consent"),
  };
}

/** The saved practice as form values. */
export function valuesFromInput(input: NonNullable<Awaited<ReturnType<typeof getOwnInput>>>): PracticeFormValues {
  const d = input.details;
  return {
    language: input.language,
    title: input.text?.title ?? "",
    summary: input.text?.summary ?? "",
    description: input.text?.body ?? "",
    objectives: input.objectiveNumbers.map(String),
    principles: input.principleKeys,
    thematicCluster: input.clusterKey ?? "",
    partners: (d?.partners ?? []).join("\n"),
    scope: d?.scope ?? "",
    regions: (d?.regions ?? []).join("\n"),
    periodStart: d?.periodStart ?? "",
    periodEnd: d?.periodEnd ?? "",
    fundingAmount: d?.fundingAmount ?? "",
    fundingCurrency: d?.fundingCurrency ?? "CAD",
    fundingSource: d?.fundingSource ?? "",
    groupsServed: d?.groupsServed ?? [],
    genderConsiderations: input.text?.genderConsiderations ?? "",
    resultsAndEvidence: input.text?.resultsAndEvidence ?? "",
    lessonsLearned: input.text?.lessonsLearned ?? "",
    links: (d?.links ?? []).join("\n"),
    consent: input.consent,
  };
}
