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
    objectives: choices.objectives.map((o) => ({
      number: o.number,
      title: bilingual(o, "title", locale),
    })),
    principles: choices.principles.map((p) => ({
      key: p.key,
      title: bilingual(p, "title", locale),
    })),
    clusters: choices.clusters.map((c) => ({ key: c.key, title: bilingual(c, "title", locale) })),
  };
}

/** The saved practice as form values. */
export function valuesFromInput(
  input: NonNullable<Awaited<ReturnType<typeof getOwnInput>>>,
): PracticeFormValues {
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
