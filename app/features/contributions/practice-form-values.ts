import type { PracticeFormValues } from "./practice-form";

// Runs in the browser too (re-rendering a refused form), so it lives outside *.server.ts.
/** What a refused form showed, exactly as typed (Conform's reply keeps it as initialValue). */
export function valuesFromReply(
  initialValue: Record<string, unknown> | null | undefined,
): PracticeFormValues {
  if (!initialValue) return {};
  const one = (key: string) =>
    typeof initialValue[key] === "string" ? (initialValue[key] as string) : undefined;
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
